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

describe('연습 패널 페이지의 세부 (page shell details)', () => {
  // Built inside each test (not when the file loads), so that a mutant of the page code is active.
  const build = (): string => practicePage({
    nonce: 'n0nce',
    cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
    scriptUri: 'https://x/practice.js?a=1&b=2',
    styleUri: 'https://x/practice.css?v="2"',
    lang: 'ko',
    title: '복습 & 연습',
  });

  it('CSP 전문: 이미지는 웹뷰 자원·https·data, 스타일과 글꼴은 웹뷰 자원만, 스크립트는 nonce 하나만', () => {
    const page = build();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)?.[1];
    assert.equal(
      csp,
      "default-src 'none'; img-src https://file+.vscode-resource.vscode-cdn.net https: data:; style-src https://file+.vscode-resource.vscode-cdn.net; font-src https://file+.vscode-resource.vscode-cdn.net; script-src 'nonce-n0nce'",
    );
  });

  it('속성 값과 제목의 &, ", <, >는 이스케이프한다: 스타일시트, 스크립트 주소, 언어, 제목', () => {
    const page = build();
    assert.match(page, /^<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="UTF-8">\n/);
    assert.ok(page.includes('<link rel="stylesheet" href="https://x/practice.css?v=&quot;2&quot;">'), page);
    assert.ok(page.includes('<script nonce="n0nce" src="https://x/practice.js?a=1&amp;b=2"></script>'), page);
    assert.ok(page.includes('<title>복습 &amp; 연습</title>'), page);
    assert.ok(page.includes('<main id="app" aria-label="복습 &amp; 연습"></main>'), page);
    assert.ok(page.endsWith('</body>\n</html>\n'));
    const odd = practicePage({ nonce: 'a"b', cspSource: 's', scriptUri: 'u', styleUri: 'v', lang: 'en"x', title: '<제목>' });
    assert.ok(odd.includes('<html lang="en&quot;x">'));
    assert.ok(odd.includes('<script nonce="a&quot;b" src="u"></script>'));
    assert.ok(odd.includes('<title>&lt;제목&gt;</title>'));
    assert.ok(odd.includes('aria-label="&lt;제목&gt;"'));
  });
});

describe('카드 글 렌더링과 패널 카드 (cardHtml, toViewCard)', () => {
  it('밑줄 셋 이상만 빈칸이고 (__는 글자 그대로), 빈칸 이름은 속성으로 이스케이프한다', () => {
    assert.equal(cardHtml('__ 두 개'), '__ 두 개');
    assert.equal(cardHtml('____와 ___', '빈 "칸"'), '<span class="blank" role="img" aria-label="빈 &quot;칸&quot;">&nbsp;</span>와 <span class="blank" role="img" aria-label="빈 &quot;칸&quot;">&nbsp;</span>');
    assert.equal(cardHtml('___'), '<span class="blank" role="img" aria-label="빈칸">&nbsp;</span>');
  });
  it('링크는 http·https·mailto로 시작할 때만 (대소문자 무관), 주소만 써도 링크, 이미지는 그림이 아니라 링크로', () => {
    assert.equal(cardHtml('[메일](mailto:prof@example.ac.kr)'), '<a href="mailto:prof@example.ac.kr">메일</a>');
    assert.equal(cardHtml('[대문자](HTTPS://EXAMPLE.COM)'), '<a href="HTTPS://EXAMPLE.COM">대문자</a>');
    assert.equal(cardHtml('[파일](file:///etc/passwd)'), '[파일](file:///etc/passwd)');
    assert.equal(cardHtml('[노트](notes/1장.md)'), '[노트](notes/1장.md)');
    assert.equal(cardHtml('https://example.com 참고'), '<a href="https://example.com">https://example.com</a> 참고');
    assert.equal(cardHtml('![로고](https://example.com/a.png)'), '!<a href="https://example.com/a.png">로고</a>');
    assert.equal(cardHtml('[b](http://example.com)'), '<a href="http://example.com">b</a>');
    // A scheme must lead the link: a web address later in a javascript: link does not make it one.
    assert.equal(cardHtml("[클릭](javascript:location='https://evil.example')"), '[클릭](javascript:location=\'<a href="https://evil.example">https://evil.example</a>\')');
  });
  it('따옴표와 대시는 바꾸지 않는다 (typographer 꺼짐), &와 <는 글자로', () => {
    assert.equal(cardHtml('"고객" -- 가치 & <가격>'), '&quot;고객&quot; -- 가치 &amp; &lt;가격&gt;');
  });

  const base: Card = { id: 'v1', type: 'reverse', front: '고객이 다시 찾는 깊은 관여는 ___', back: '로열티', answers: ['로열티'], source: { file: 'notes/1장.md', line: 3 }, context: ['1장', '로열티'], terms: [], chapter: undefined };
  const options = { intervals: LABELS, sourceLabel: 'notes/1장.md:4' };

  it('입력 카드: 앞·뒤 HTML, 맥락, 출처, 간격, 힌트를 그대로 싣고 보기·단계·개수는 없다', () => {
    const view = toViewCard({ ...base, hint: 'ㄹㅇㅌ' }, { ...options, blankLabel: '빈 곳' });
    assert.deepEqual(view, {
      id: 'v1',
      type: 'reverse',
      frontHtml: '고객이 다시 찾는 깊은 관여는 <span class="blank" role="img" aria-label="빈 곳">&nbsp;</span>',
      backHtml: '로열티',
      typeable: true,
      context: ['1장', '로열티'],
      sourceLabel: 'notes/1장.md:4',
      intervals: LABELS,
      hint: 'ㄹㅇㅌ',
    });
    assert.equal(Object.hasOwn(toViewCard(base, options), 'hint'), false, 'no hint key without a hint');
  });
  it('객관식은 입력하지 않고 보기를 렌더링해 싣는다; 보기가 없는 객관식에는 choicesHtml이 없다', () => {
    const choice: Card = { ...base, type: 'choice', choices: ['**고객만족**', '로열티'], answerIndex: 1 };
    const view = toViewCard(choice, options);
    assert.equal(view.typeable, false);
    assert.deepEqual(view.choicesHtml, ['<strong>고객만족</strong>', '로열티']);
    assert.equal(Object.hasOwn(toViewCard({ ...base, type: 'choice' }, options), 'choicesHtml'), false);
    assert.equal(Object.hasOwn(toViewCard({ ...base, choices: ['가', '나'] }, options), 'choicesHtml'), false, 'only a choice card shows options');
  });
  it('나열 카드는 몇 개를 쓸지(required, 없으면 전부)를 싣는다; 다른 카드에는 need가 없다', () => {
    const list: Card = { ...base, type: 'list', answers: ['신뢰', '몰입', '만족', '의사소통'] };
    assert.equal(toViewCard(list, options).need, 4);
    assert.equal(toViewCard({ ...list, required: 2 }, options).need, 2);
    assert.equal(Object.hasOwn(toViewCard({ ...base, required: 2 }, options), 'need'), false);
    assert.equal(toViewCard({ ...list, answers: ['고객과 장기적인 관계를 맺고 유지하면서 고객의 평생 가치를 높이는 모든 활동', '몰입'] }, options).typeable, false, 'a long item is not typed');
  });
  it('순서 카드: 두 단계 이상이면 섞인 단계를 싣되 절대 맞는 순서로는 주지 않는다 (두 단계면 늘 뒤바뀐다)', () => {
    for (let n = 0; n < 20; n++) {
      const two: Card = { ...base, id: `seq-${n}`, type: 'sequence', answers: ['잠재고객', '**신규고객**'] };
      const view = toViewCard(two, options);
      assert.equal(view.typeable, false);
      assert.deepEqual(view.steps, [
        { index: 1, html: '<strong>신규고객</strong>' },
        { index: 0, html: '잠재고객' },
      ], two.id);
    }
    const one = toViewCard({ ...base, type: 'sequence', answers: ['잠재고객'] }, options);
    assert.equal(Object.hasOwn(one, 'steps'), false, 'one step is nothing to order');
    assert.equal(Object.hasOwn(toViewCard({ ...base, answers: ['가', '나'] }, options), 'steps'), false, 'only a sequence has steps');
  });
  it('몇 단계가 제자리에 있어도 전부가 아니면 섞인 그대로 보여 준다', () => {
    const card: Card = { ...base, id: 'stage-18', type: 'sequence', answers: ['잠재고객', '신규고객', '반복구매고객', '단골고객'] };
    assert.deepEqual(toViewCard(card, options).steps?.map((s) => s.index), [0, 2, 1, 3]);
  });
  it('단계 섞기는 카드마다 늘 같다, 세 단계 이상에서도 맞는 순서는 없다', () => {
    const stages = ['잠재고객', '신규고객', '반복구매고객', '단골고객'];
    const orders = new Set<string>();
    for (let n = 0; n < 30; n++) {
      const card: Card = { ...base, id: `stage-${n}`, type: 'sequence', answers: stages };
      const first = toViewCard(card, options).steps?.map((s) => s.index);
      assert.deepEqual(toViewCard(card, options).steps?.map((s) => s.index), first);
      assert.notDeepEqual(first, [0, 1, 2, 3]);
      assert.deepEqual([...(first ?? [])].sort(), [0, 1, 2, 3]);
      orders.add(JSON.stringify(first));
    }
    assert.ok(orders.size > 3, 'different cards get different orders');
  });
});

describe('통계 페이지의 막대 (stats page bars)', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const D0 = Date.parse('2026-12-01T00:00:00Z');
  const labels = {
    title: '학습 "통계"',
    perDay: '하루 복습',
    forecast: '복습 예정',
    retention: '기억',
    noGrades: '아직 없음',
    cards: '카드',
    count: (n: number) => `${n}장`,
    day: (ms: number) => `${new Date(ms).getUTCMonth() + 1}/${new Date(ms).getUTCDate()}`,
  };
  const options = { cspSource: 'vscode-resource:', styleUri: 'x.css', lang: 'ko' };
  const days = (counts: readonly number[]): Array<{ day: number; count: number }> => counts.map((count, k) => ({ day: D0 + k * DAY, count }));
  /** Each bar of one chart as [x, y, width, height, tooltip]. */
  function bars(html: string, kind: 'past' | 'future'): Array<[number, number, number, number, string]> {
    return [...html.matchAll(new RegExp(`<rect class="bar ${kind}" x="(\\d+)" y="(\\d+)" width="(\\d+)" height="(\\d+)"><title>([^<]*)</title>`, 'g'))].map((m) => [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), m[5] as string]);
  }

  it('두 날짜의 차트 전문: 0건은 높이 0에 숫자 없음, 최대는 높이 124, 첫날과 마지막 날에 날짜 눈금', () => {
    const html = statsPage({ perDay: days([0, 4]), retention: 0.5, forecast: [], total: 2 }, labels, options);
    const svg = /<h2>하루 복습<\/h2>\n(<svg[^\n]*<\/svg>)/.exec(html)?.[1];
    assert.equal(
      svg,
      '<svg class="chart" viewBox="0 0 600 160" role="img" aria-label="12/1 0, 12/2 4"><line class="baseline" x1="0" y1="138" x2="600" y2="138"/>' +
        '<g><rect class="bar past" x="1" y="138" width="298" height="0"><title>12/1: 0장</title></rect><text class="axis" x="150" y="154" text-anchor="middle">12/1</text></g>' +
        '<g><rect class="bar past" x="301" y="14" width="298" height="124"><title>12/2: 4장</title></rect><text class="value" x="450" y="11" text-anchor="middle">4</text><text class="axis" x="450" y="154" text-anchor="middle">12/2</text></g>' +
        '</svg>',
    );
  });

  it('막대 높이는 건수에 비례하고, 날짜 눈금은 5일마다와 마지막 날에만 (그 사이 막대에는 글이 없다)', () => {
    const html = statsPage({ perDay: [], retention: undefined, forecast: days([6, 0, 3, 0, 0, 0, 1]), total: 0 }, labels, options);
    assert.deepEqual(bars(html, 'future').map(([, , , h]) => h), [124, 0, 62, 0, 0, 0, 21]);
    assert.deepEqual(bars(html, 'future').map(([x, y]) => [x, y]), [[1, 14], [87, 138], [172, 76], [258, 138], [344, 138], [430, 138], [515, 117]]);
    assert.deepEqual(bars(html, 'future').map(([, , w]) => w), [84, 84, 84, 84, 84, 84, 84]);
    assert.deepEqual([...html.matchAll(/<text class="axis"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]), ['12/1', '12/6', '12/7']);
    assert.deepEqual([...html.matchAll(/<text class="value" x="(\d+)" y="(\d+)"[^>]*>(\d+)<\/text>/g)].map((m) => [m[1], m[2], m[3]]), [['43', '11', '6'], ['214', '73', '3'], ['557', '114', '1']]);
    assert.deepEqual(bars(html, 'future').map((b) => b[4]), ['12/1: 6장', '12/2: 0장', '12/3: 3장', '12/4: 0장', '12/5: 0장', '12/6: 0장', '12/7: 1장']);
    assert.ok(html.includes('<g><rect class="bar future" x="87" y="138" width="84" height="0"><title>12/2: 0장</title></rect></g>'), 'a bar between ticks has no label at all');
  });

  it('채점이 하나도 없으면 막대는 모두 높이 0 (0으로 나누지 않는다), 기억률 대신 "아직 없음"', () => {
    const html = statsPage({ perDay: days([0, 0, 0]), retention: undefined, forecast: days([0]), total: 0 }, labels, options);
    assert.deepEqual(bars(html, 'past').map(([, y, , h]) => [y, h]), [[138, 0], [138, 0], [138, 0]]);
    assert.deepEqual(bars(html, 'future').map(([x, , w]) => [x, w]), [[1, 598]]);
    assert.doesNotMatch(html, /class="value"|NaN/);
    assert.match(html, /<p class="figures"><span>기억: <strong>아직 없음<\/strong><\/span> <span>카드: <strong>0장<\/strong><\/span><\/p>/);
  });

  it('기억률은 소수 첫째 자리까지 백분율로, 제목은 h1과 title에 이스케이프되어 들어간다', () => {
    const page = (retention: number): string => statsPage({ perDay: [], retention, forecast: [], total: 12 }, labels, options);
    assert.match(page(0.8765), /기억: <strong>87\.7%<\/strong>/);
    assert.match(page(1), /기억: <strong>100%<\/strong>/);
    assert.match(page(0), /기억: <strong>0%<\/strong>/);
    assert.match(page(0.8765), /카드: <strong>12장<\/strong>/);
    assert.match(page(1), /<h1>학습 &quot;통계&quot;<\/h1>/);
    assert.match(page(1), /<title>학습 "통계"<\/title>/);
    assert.match(page(1), /<h2>하루 복습<\/h2>\n<svg[^\n]*<\/svg>\n<h2>복습 예정<\/h2>\n<svg/);
    assert.match(page(1), /<svg class="chart" viewBox="0 0 600 160" role="img" aria-label=""><line class="baseline" x1="0" y1="138" x2="600" y2="138"\/><\/svg>/);
  });
});
