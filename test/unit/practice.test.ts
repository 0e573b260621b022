import * as assert from 'node:assert/strict';
import { Note } from '../../src/core/notes/note';
import { practicePage } from '../../src/core/practice/page';
import { cardHtml, toViewCard } from '../../src/core/practice/view';
import { type Card, generateCards } from '../../src/core/quiz';
import { type ReviewData, type ReviewLogEntry, type StoredReview, Scheduler, chapterProgress, isHostMessage, practiceStrings, reviewStats } from '../../src/core/review';
import { statsPage } from '../../src/core/practice/stats';
import { bundledSnapshot } from './helpers';

const LABELS = ['1분', '10분', '1일', '3일'] as const;

function cardsOf(text: string): Card[] {
  const { glossary, index } = bundledSnapshot();
  return generateCards(new Note(text, index), 'file:///notes/a.md', glossary);
}

describe('연습 패널: 페이지와 카드 (practice panel page and cards)', () => {
  it('CSP: default-src none, 새 nonce가 붙은 스크립트 하나, inline 스타일·스크립트 없음', () => {
    const page = practicePage({ nonce: 'abc123', cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://x/practice.js', styleUri: 'https://x/practice.css', lang: 'ko', title: '연습 "<b>"' });
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1] ?? '';
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123'$/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    assert.equal([...page.matchAll(/<script/g)].length, 1);
    assert.match(page, /<script nonce="abc123" src="https:\/\/x\/practice\.js"><\/script>/);
    assert.doesNotMatch(page, /style=/);
    assert.match(page, /<title>연습 "&lt;b&gt;"<\/title>/);
  });

  it('카드 글은 HTML이 꺼진 마크다운: 태그는 글자로, javascript: 링크는 링크가 아니다', () => {
    const html = cardHtml('<img src=x onerror=alert(1)> **로열티** [a](javascript:alert(1)) [b](https://example.com)');
    assert.doesNotMatch(html, /<img|href="javascript/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
    assert.match(html, /<strong>로열티<\/strong>/);
    assert.match(html, /<a href="https:\/\/example\.com">b<\/a>/);
  });

  it('빈칸 ___은 표시된 빈칸으로, 줄바꿈은 <br>로', () => {
    assert.equal(cardHtml('___ = 편익 - 가격', '빈칸'), '<span class="blank" role="img" aria-label="빈칸">&nbsp;</span> = 편익 - 가격');
    assert.match(cardHtml('첫 줄\n둘째 줄'), /첫 줄<br>\n?둘째 줄/);
  });

  it('카드 종류마다 패널이 받는 모양: 객관식 보기, 섞인 순서 단계, 나열 개수, 입력 여부', () => {
    const cards = cardsOf('# 복습\n\n고객관계의 발전: 잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자\n\n가치 = 편익 - 가격\n\n로열티는 고객이 다시 찾는 깊은 관여를 말한다.\n');
    const view = (type: string): ReturnType<typeof toViewCard> => {
      const card = cards.find((c) => c.type === type);
      assert.ok(card, `a ${type} card`);
      return toViewCard(card, { intervals: LABELS, sourceLabel: 'a.md:3' });
    };
    const sequence = view('sequence');
    assert.equal(sequence.typeable, false);
    assert.deepEqual(sequence.steps?.map((s) => s.index).sort(), [0, 1, 2, 3, 4]);
    assert.notDeepEqual(sequence.steps?.map((s) => s.index), [0, 1, 2, 3, 4], 'never shown in the right order');
    assert.equal(view('choice').choicesHtml?.length, 4);
    assert.equal(view('formula').typeable, true);
    assert.equal(view('definition').typeable, false);
    // What the host sends passes the view's own check of the protocol, for every card type.
    const init = { type: 'init', cards: cards.map((card) => toViewCard(card, { intervals: LABELS, sourceLabel: 'a.md:1' })), strings: practiceStrings('ko'), mode: 'due', settings: { locale: 'ko', showHints: true, typeAnswers: true } };
    assert.equal(isHostMessage(init), true);
    assert.equal(isHostMessage({ ...init, cards: [{ ...init.cards[0], frontHtml: 3 }] }), false);
  });
});

describe('진도와 통계 (progress per chapter, statistics)', () => {
  const scheduler = new Scheduler({ utcOffsetMinutes: 540 });
  const day = 24 * 60 * 60 * 1000;
  const start = new Date('2026-12-01T01:00:00Z');
  /** Two cards of 4.1 graded, one of 4.2; one of them is then due on the 4th. */
  function history(): ReviewData {
    const cards = new Map<string, StoredReview>();
    const log: ReviewLogEntry[] = [];
    const grade = (id: string, chapter: string, rating: 1 | 2 | 3 | 4, at: Date): void => {
      const { state } = scheduler.grade(cards.get(id), rating, at);
      cards.set(id, { ...state, chapter });
      log.push({ card: id, rating, at: at.toISOString() });
    };
    grade('a', 'ch04.s1', 3, start);
    grade('b', 'ch04.s1', 1, start);
    grade('c', 'ch04.s2', 4, new Date(start.getTime() + day));
    return { cards, log };
  }
  const parentOf = (id: string): string | undefined => (id.includes('.') ? id.split('.')[0] : undefined);

  it('장의 숙련도는 그 절들 카드의 기억 확률 평균, 복습할 카드 수는 오늘 기준', () => {
    const now = new Date(start.getTime() + 2 * day);
    const progress = chapterProgress(history(), scheduler, now, parentOf);
    assert.equal(progress.get('ch04')?.studied, 3);
    assert.equal(progress.get('ch04.s1')?.studied, 2);
    assert.equal(progress.get('ch04.s2')?.studied, 1);
    const mastery = progress.get('ch04')?.mastery ?? -1;
    assert.ok(mastery > 0 && mastery < 1, String(mastery));
    const s1 = progress.get('ch04.s1');
    assert.ok(s1 !== undefined && s1.due >= 1, 'the card graded 다시 is due again');
    assert.equal(progress.get('ch05'), undefined);
  });

  it('통계: 날마다 채점 수(오늘이 끝), 다시가 아닌 비율, 앞으로 30일 복습 예정', () => {
    const now = new Date(start.getTime() + day);
    const stats = reviewStats(history(), scheduler, now);
    assert.equal(stats.perDay.length, 30);
    assert.deepEqual(stats.perDay.slice(-2).map((d) => d.count), [2, 1]);
    assert.equal(stats.retention, 2 / 3);
    assert.equal(stats.forecast.reduce((n, d) => n + d.count, 0), 3);
    assert.equal(stats.total, 3);
  });

  it('통계 페이지: 스크립트 없는 CSP, 막대마다 제목, 테마 색은 스타일시트에서', () => {
    const stats = reviewStats(history(), scheduler, new Date(start.getTime() + day));
    const html = statsPage(stats, { title: '학습 통계', perDay: '하루 복습', forecast: '복습 예정', retention: '기억', noGrades: '없음', cards: '카드', count: (n) => `${n}장`, day: (ms) => new Date(ms).toISOString().slice(5, 10) }, { cspSource: 'vscode-resource:', styleUri: 'x.css', lang: 'ko' });
    assert.match(html, /content="default-src 'none'; style-src vscode-resource:; img-src vscode-resource:"/);
    assert.doesNotMatch(html, /<script|style=/);
    assert.equal([...html.matchAll(/<rect class="bar past"/g)].length, 30);
    assert.equal([...html.matchAll(/<rect class="bar future"/g)].length, 30);
    assert.match(html, /<title>12-01: 2장<\/title>/);
    assert.match(html, /기억: <strong>66\.7%<\/strong>/);
  });
});
