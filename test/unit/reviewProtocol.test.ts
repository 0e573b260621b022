import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  type HostMessage,
  PROTOCOL_LIMITS,
  VIEW_STRING_CODES,
  type ViewCard,
  type ViewMessage,
  isHostMessage,
  isSafeHref,
  isViewMessage,
  practiceStrings,
} from '../../src/core/review/protocol';

const VIEW_MESSAGES: ViewMessage[] = [
  { type: 'ready' },
  { type: 'reveal', cardId: 'abc-1' },
  { type: 'answer', cardId: 'abc-1', typed: '로열티는' },
  { type: 'answer', cardId: 'abc-1', order: [2, 0, 1] },
  { type: 'answer', cardId: 'abc-1', choice: 3 },
  { type: 'grade', cardId: 'abc-1', rating: 3, elapsedMs: 5200 },
  { type: 'openSource', cardId: 'abc-1' },
  { type: 'openLink', href: 'https://ko.wikipedia.org/wiki/고객관계관리' },
];

const CARD: ViewCard = {
  id: 'abc-1',
  type: 'sequence',
  frontHtml: '<p>고객관계의 발전을 순서대로 쓰시오.</p>',
  backHtml: '<p>잠재고객 → 신규고객</p>',
  hint: 'ㅈㅈㄱㄱ',
  steps: [
    { index: 1, html: '신규고객' },
    { index: 0, html: '잠재고객' },
  ],
  typeable: true,
  context: ['2장', '고객의 구분'],
  sourceLabel: 'notes/2장.md:12',
  intervals: ['1분', '6분', '10분', '8일'],
};

const HOST_MESSAGES: HostMessage[] = [
  { type: 'init', cards: [CARD], strings: practiceStrings('ko'), mode: 'due', settings: { locale: 'ko', showHints: true, typeAnswers: true } },
  { type: 'checked', cardId: 'abc-1', verdict: 'almost', expected: '로열티', items: [{ expected: '로열티', verdict: 'almost', typed: '로얄티' }], missing: [] },
  { type: 'graded', cardId: 'abc-1', due: '2025-03-05T00:10:00.000Z', dueLabel: '2일', intervals: ['10분', '1일', '2일', '4일'] },
  { type: 'notice', text: '저장되지 않았습니다', cardId: 'abc-1' },
  { type: 'summary', reviewed: 12, ratings: [1, 2, 8, 1], nextDue: '2025-03-04T00:00:00.000Z', text: '12장 복습' },
];

/** A copy of `message` with `patch` applied; `undefined` values delete the key. */
function patched<T extends object>(message: T, patch: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...message } as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) {
      delete copy[key];
    } else {
      copy[key] = value;
    }
  }
  return copy;
}

describe('웹뷰 메시지 규약: 웹뷰 → 호스트 (isViewMessage)', () => {
  it('올바른 메시지는 모두 통과한다', () => {
    for (const message of VIEW_MESSAGES) {
      assert.ok(isViewMessage(message), JSON.stringify(message));
      assert.ok(isViewMessage(JSON.parse(JSON.stringify(message))), 'after a JSON round trip');
    }
  });
  it('메시지가 아닌 값: null, 문자열, 배열, 숫자, type 없는 객체, 모르는 type', () => {
    for (const value of [null, undefined, 'ready', ['ready'], 3, {}, { type: 'nope' }, { type: 3 }, { type: 'init' }]) {
      assert.equal(isViewMessage(value), false, JSON.stringify(value));
    }
  });
  it('필드가 빠지거나 더 있거나 형식이 틀리면 거부한다', () => {
    const bad: Record<string, unknown>[] = [
      patched(VIEW_MESSAGES[1] as object, { cardId: undefined }),
      patched(VIEW_MESSAGES[1] as object, { cardId: 42 }),
      patched(VIEW_MESSAGES[1] as object, { extra: true }),
      patched(VIEW_MESSAGES[0] as object, { cardId: 'x' }),
      patched(VIEW_MESSAGES[2] as object, { typed: 5 }),
      patched(VIEW_MESSAGES[2] as object, { order: [0] }),
      patched(VIEW_MESSAGES[3] as object, { order: [0, 1.5] }),
      patched(VIEW_MESSAGES[3] as object, { order: [-1] }),
      patched(VIEW_MESSAGES[3] as object, { order: '0,1' }),
      patched(VIEW_MESSAGES[4] as object, { choice: '3' }),
      patched(VIEW_MESSAGES[4] as object, { choice: Number.NaN }),
      { type: 'answer', cardId: 'abc-1' },
      patched(VIEW_MESSAGES[5] as object, { rating: 5 }),
      patched(VIEW_MESSAGES[5] as object, { rating: 0 }),
      patched(VIEW_MESSAGES[5] as object, { rating: '3' }),
      patched(VIEW_MESSAGES[5] as object, { elapsedMs: -1 }),
      patched(VIEW_MESSAGES[5] as object, { elapsedMs: Number.POSITIVE_INFINITY }),
      patched(VIEW_MESSAGES[5] as object, { elapsedMs: undefined }),
      patched(VIEW_MESSAGES[7] as object, { href: 42 }),
    ];
    for (const message of bad) {
      assert.equal(isViewMessage(message), false, JSON.stringify(message));
    }
  });
  it('너무 긴 문자열과 빈 카드 id, 제어 문자가 든 id는 거부한다', () => {
    assert.equal(isViewMessage({ type: 'reveal', cardId: '' }), false);
    assert.equal(isViewMessage({ type: 'reveal', cardId: 'x'.repeat(PROTOCOL_LIMITS.id + 1) }), false);
    assert.equal(isViewMessage({ type: 'reveal', cardId: 'a\nb' }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', typed: '가'.repeat(PROTOCOL_LIMITS.typed + 1) }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', order: Array.from({ length: PROTOCOL_LIMITS.steps + 1 }, (_, i) => i) }), false);
  });
  it('__proto__ 키, 클래스 인스턴스, 심볼 키는 메시지가 아니다', () => {
    assert.equal(isViewMessage(JSON.parse('{"type":"ready","__proto__":{"polluted":true}}')), false);
    assert.equal(isViewMessage(JSON.parse('{"type":"reveal","cardId":"a","__proto__":null}')), false);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
    class Ready {
      type = 'ready';
    }
    assert.equal(isViewMessage(new Ready()), false);
    assert.equal(isViewMessage({ type: 'ready', [Symbol('x')]: 1 }), false);
    assert.equal(isViewMessage(Object.assign(Object.create(null), { type: 'ready' })), true, 'a null-prototype object is fine');
  });
  it('openLink는 http, https, mailto만: command:, vscode:, javascript:, data:, file:은 대소문자와 상관없이 거부', () => {
    for (const href of ['https://example.com/a?b=1#c', 'http://example.com', 'mailto:prof@example.ac.kr']) {
      assert.ok(isSafeHref(href), href);
      assert.ok(isViewMessage({ type: 'openLink', href }), href);
    }
    const unsafe = [
      'command:workbench.action.terminal.new',
      'vscode://file/etc/passwd',
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//evil.example.com',
      '#section',
      'https://',
      'mailto:',
      'https://example.com/' + 'x'.repeat(PROTOCOL_LIMITS.href),
    ];
    for (const href of unsafe) {
      assert.equal(isSafeHref(href), false, href);
      assert.equal(isViewMessage({ type: 'openLink', href }), false, href);
    }
  });
  it('무작위 값과 무작위 JSON에도 예외 없이 true/false만 (속성 시험)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = isViewMessage(value);
        assert.equal(typeof result, 'boolean');
        assert.equal(typeof isHostMessage(value), 'boolean');
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...VIEW_MESSAGES), fc.string(), fc.anything(), (message, key, value) => {
        // Adding any unknown field, or replacing a field with a random value of another shape, is caught.
        if (!(key in message)) {
          assert.equal(isViewMessage({ ...message, [key]: value }), false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('웹뷰 메시지 규약: 호스트 → 웹뷰 (isHostMessage)', () => {
  it('올바른 메시지는 모두 통과한다', () => {
    for (const message of HOST_MESSAGES) {
      assert.ok(isHostMessage(message), JSON.stringify(message).slice(0, 200));
    }
  });
  it('카드 필드가 틀리면 init 전체를 거부한다', () => {
    const init = HOST_MESSAGES[0] as Extract<HostMessage, { type: 'init' }>;
    const badCards: Record<string, unknown>[] = [
      patched(CARD, { type: 'essay' }),
      patched(CARD, { frontHtml: undefined }),
      patched(CARD, { intervals: ['1분', '6분', '10분'] }),
      patched(CARD, { steps: [{ index: -1, html: 'x' }] }),
      patched(CARD, { steps: [{ index: 0, html: 'x', onclick: 'alert(1)' }] }),
      patched(CARD, { need: 0 }),
      patched(CARD, { typeable: 'yes' }),
      patched(CARD, { context: '2장' }),
      patched(CARD, { backHtml: 'x'.repeat(PROTOCOL_LIMITS.html + 1) }),
    ];
    for (const card of badCards) {
      assert.equal(isHostMessage({ ...init, cards: [card] }), false, JSON.stringify(card).slice(0, 120));
    }
    assert.equal(isHostMessage({ ...init, mode: 'learn' }), false);
    assert.equal(isHostMessage({ ...init, settings: { ...init.settings, locale: 'ja' } }), false);
    assert.equal(isHostMessage({ ...init, strings: { ...init.strings, 'practice.reveal': 3 } }), false);
    const { ['practice.reveal']: _dropped, ...fewer } = init.strings;
    assert.equal(isHostMessage({ ...init, strings: fewer }), false);
  });
  it('graded의 기한은 ISO 시각이어야 하고, summary의 평가 수는 네 개의 정수', () => {
    assert.equal(isHostMessage(patched(HOST_MESSAGES[2] as object, { due: '내일' })), false);
    assert.equal(isHostMessage(patched(HOST_MESSAGES[4] as object, { ratings: [1, 2, 3] })), false);
    assert.equal(isHostMessage(patched(HOST_MESSAGES[4] as object, { ratings: [1, 2, 3, -4] })), false);
    assert.equal(isHostMessage(patched(HOST_MESSAGES[4] as object, { nextDue: undefined })), true);
    assert.equal(isHostMessage(patched(HOST_MESSAGES[1] as object, { verdict: 'maybe' })), false);
  });
});

describe('연습 패널 문구 (practiceStrings)', () => {
  it('한국어와 영어 모두 모든 키가 채워져 있고 서로 다르다', () => {
    const ko = practiceStrings('ko');
    const en = practiceStrings('en');
    assert.deepEqual(Object.keys(ko).sort(), [...VIEW_STRING_CODES].sort());
    for (const code of VIEW_STRING_CODES) {
      assert.ok(ko[code].length > 0 && en[code].length > 0 && ko[code] !== en[code], code);
    }
    assert.equal(ko['practice.reveal'], '정답 보기');
    assert.equal(ko['practice.again'], '다시');
  });
});

describe('웹뷰 메시지 규약: 경계값 (protocol limits, view → host)', () => {
  const id = (n: number): string => 'k'.repeat(n);
  it('카드 id는 256자까지, 입력은 4000자까지, 단계는 100개까지 (번호는 0–99), 보기 번호도 0–99', () => {
    assert.equal(isViewMessage({ type: 'reveal', cardId: id(PROTOCOL_LIMITS.id) }), true);
    assert.equal(isViewMessage({ type: 'openSource', cardId: id(PROTOCOL_LIMITS.id + 1) }), false);
    assert.equal(isViewMessage({ type: 'reveal', cardId: 'a\u007fb' }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', typed: '가'.repeat(PROTOCOL_LIMITS.typed) }), true);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', typed: '' }), true, 'an empty answer is an answer');
    const hundred = Array.from({ length: PROTOCOL_LIMITS.steps }, (_, i) => i);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', order: hundred }), true);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', order: [PROTOCOL_LIMITS.steps] }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', order: [] }), true);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', choice: 0 }), true);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', choice: 99 }), true);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', choice: 100 }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', choice: -1 }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', choice: 1.5 }), false);
  });
  it('답 메시지는 typed, order, choice 중 정확히 하나만; 카드 id가 틀리면 어느 것이든 거부', () => {
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', typed: '로열티', order: [0] }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', order: [0], choice: 0 }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', typed: '로열티', extra: 1 }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: '', typed: '로열티' }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 3, choice: 0 }), false);
    assert.equal(isViewMessage({ type: 'answer', cardId: 'a', order: [0, '1'] }), false);
  });
  it('채점 메시지: 평가 1–4, 걸린 시간 0ms–24시간 (경계 포함), 필드는 정확히 넷', () => {
    const grade = { type: 'grade', cardId: 'abc-1', rating: 3, elapsedMs: 5200 };
    for (const rating of [1, 2, 3, 4]) {
      assert.equal(isViewMessage({ ...grade, rating }), true, String(rating));
    }
    assert.equal(isViewMessage({ ...grade, elapsedMs: 0 }), true);
    assert.equal(isViewMessage({ ...grade, elapsedMs: PROTOCOL_LIMITS.elapsedMs }), true);
    assert.equal(isViewMessage({ ...grade, elapsedMs: PROTOCOL_LIMITS.elapsedMs + 1 }), false);
    assert.equal(isViewMessage({ ...grade, elapsedMs: Number.NaN }), false);
    assert.equal(isViewMessage({ ...grade, elapsedMs: '5200' }), false);
    assert.equal(isViewMessage({ ...grade, cardId: '' }), false);
    assert.equal(isViewMessage({ ...grade, note: '메모' }), false);
    assert.equal(isViewMessage({ ...grade, rating: 2.5 }), false);
  });
  it('ready·reveal·openSource·openLink에 다른 필드가 있으면 거부한다', () => {
    assert.equal(isViewMessage({ type: 'openSource', cardId: 'a', line: 3 }), false);
    assert.equal(isViewMessage({ type: 'openSource' }), false);
    assert.equal(isViewMessage({ type: 'openLink', href: 'https://example.com', cardId: 'a' }), false);
    assert.equal(isViewMessage({ type: 'openLink' }), false);
    assert.equal(isViewMessage({ type: 'reveal', cardId: 'a', typed: 'x' }), false);
  });
  it('링크 경계: 2048자까지, 제어 문자·공백 없이, 호스트가 있는 http(s)나 받는 사람이 있는 mailto (대문자도)', () => {
    const long = 'https://example.com/' + 'x'.repeat(PROTOCOL_LIMITS.href - 20);
    assert.equal(long.length, PROTOCOL_LIMITS.href);
    assert.equal(isSafeHref(long), true);
    assert.equal(isSafeHref(`${long}x`), false);
    assert.equal(isSafeHref('MAILTO:prof@example.ac.kr'), true);
    assert.equal(isSafeHref('mailto:x'), true);
    assert.equal(isSafeHref('HTTPS://EXAMPLE.COM'), true);
    assert.equal(isSafeHref('https://example.com/a b'), false);
    assert.equal(isSafeHref('https://example.com/\u007f'), false);
    assert.equal(isSafeHref('https://example.com/\u0000'), false);
    assert.equal(isSafeHref('https://exa\u00a0mple.com'), false, 'not a valid URL');
    assert.equal(isSafeHref('http://['), false);
    assert.equal(isSafeHref('ftp://example.com'), false);
    assert.equal(isSafeHref('http1://example.com'), false);
    assert.equal(isSafeHref('1http://example.com'), false);
  });
});

describe('웹뷰 메시지 규약: 경계값 (protocol limits, host → view)', () => {
  const init = HOST_MESSAGES[0] as Extract<HostMessage, { type: 'init' }>;
  const withCard = (patch: Record<string, unknown>): boolean => isHostMessage({ ...init, cards: [patched(CARD, patch)] });

  it('init: 벼락치기 모드, 영어, 빈 카드 목록, 모든 카드 종류는 통과한다', () => {
    assert.equal(isHostMessage({ ...init, mode: 'cram' }), true);
    assert.equal(isHostMessage({ ...init, settings: { locale: 'en', showHints: false, typeAnswers: false }, strings: practiceStrings('en') }), true);
    assert.equal(isHostMessage({ ...init, cards: [] }), true);
    for (const type of ['definition', 'reverse', 'cloze', 'list', 'sequence', 'formula', 'choice', 'user']) {
      assert.equal(withCard({ type }), true, type);
    }
  });
  it('init: 설정·문구·카드 목록의 모양이 틀리면 거부한다', () => {
    assert.equal(isHostMessage({ ...init, settings: { ...init.settings, showHints: 'yes' } }), false);
    assert.equal(isHostMessage({ ...init, settings: { ...init.settings, typeAnswers: 1 } }), false);
    assert.equal(isHostMessage({ ...init, settings: { ...init.settings, theme: 'dark' } }), false);
    assert.equal(isHostMessage({ ...init, settings: null }), false);
    assert.equal(isHostMessage({ ...init, strings: { ...init.strings, 'practice.extra2': '더' } }), false);
    assert.equal(isHostMessage({ ...init, strings: { ...init.strings, 'practice.done': 'x'.repeat(PROTOCOL_LIMITS.text + 1) } }), false);
    assert.equal(isHostMessage({ ...init, strings: [] }), false);
    assert.equal(isHostMessage({ ...init, cards: CARD }), false);
    assert.equal(isHostMessage({ ...init, cards: [CARD, 'card'] }), false);
    assert.equal(isHostMessage({ ...init, debug: true }), false);
    const { mode: _mode, ...noMode } = init;
    assert.equal(isHostMessage(noMode), false);
  });
  it('init: 카드는 5000장까지', () => {
    const card = patched(CARD, { steps: undefined, hint: undefined });
    assert.equal(isHostMessage({ ...init, cards: Array.from({ length: PROTOCOL_LIMITS.cards }, () => card) }), true);
    assert.equal(isHostMessage({ ...init, cards: Array.from({ length: PROTOCOL_LIMITS.cards + 1 }, () => card) }), false);
  });
  it('카드의 선택 필드: 힌트는 글자, 보기는 100개까지의 HTML, 단계는 100개까지, 나열 개수는 1 이상의 정수', () => {
    assert.equal(withCard({ hint: 3 }), false);
    assert.equal(withCard({ hint: 'ㄹ'.repeat(PROTOCOL_LIMITS.text + 1) }), false);
    assert.equal(withCard({ hint: undefined }), true);
    assert.equal(withCard({ choicesHtml: ['<p>고객만족</p>', '<p>로열티</p>'] }), true);
    assert.equal(withCard({ choicesHtml: Array.from({ length: PROTOCOL_LIMITS.steps }, () => '보기') }), true);
    assert.equal(withCard({ choicesHtml: Array.from({ length: PROTOCOL_LIMITS.steps + 1 }, () => '보기') }), false);
    assert.equal(withCard({ choicesHtml: ['보기', 4] }), false);
    assert.equal(withCard({ choicesHtml: ['x'.repeat(PROTOCOL_LIMITS.html + 1)] }), false);
    assert.equal(withCard({ choicesHtml: '보기' }), false);
    assert.equal(withCard({ steps: Array.from({ length: PROTOCOL_LIMITS.steps }, (_, index) => ({ index, html: '단계' })) }), true);
    assert.equal(withCard({ steps: Array.from({ length: PROTOCOL_LIMITS.steps + 1 }, (_, index) => ({ index: index % 100, html: '단계' })) }), false);
    assert.equal(withCard({ steps: [{ index: 100, html: '단계' }] }), false);
    assert.equal(withCard({ steps: [{ index: 0, html: 'x'.repeat(PROTOCOL_LIMITS.html + 1) }] }), false);
    assert.equal(withCard({ steps: [{ index: 0 }] }), false);
    assert.equal(withCard({ steps: ['단계'] }), false);
    assert.equal(withCard({ need: 1 }), true);
    assert.equal(withCard({ need: 1.5 }), false);
    assert.equal(withCard({ need: '2' }), false);
    assert.equal(withCard({ draggable: true }), false, 'an unknown field');
  });
  it('카드의 필수 필드: id, 글 길이, 맥락, 출처, 간격 네 개', () => {
    assert.equal(withCard({ id: '' }), false);
    assert.equal(withCard({ id: 'x'.repeat(PROTOCOL_LIMITS.id + 1) }), false);
    assert.equal(withCard({ frontHtml: 'x'.repeat(PROTOCOL_LIMITS.html) }), true);
    assert.equal(withCard({ frontHtml: 'x'.repeat(PROTOCOL_LIMITS.html + 1) }), false);
    assert.equal(withCard({ backHtml: 3 }), false);
    assert.equal(withCard({ context: ['2장', 3] }), false);
    assert.equal(withCard({ context: [] }), true);
    assert.equal(withCard({ context: Array.from({ length: PROTOCOL_LIMITS.cards + 1 }, () => '장') }), false);
    assert.equal(withCard({ sourceLabel: 'x'.repeat(PROTOCOL_LIMITS.text + 1) }), false);
    assert.equal(withCard({ sourceLabel: undefined }), false);
    assert.equal(withCard({ intervals: ['1분', '6분', '10분', 'x'.repeat(101)] }), false);
    assert.equal(withCard({ intervals: ['1분', '6분', '10분', 'x'.repeat(100)] }), true);
    assert.equal(withCard({ intervals: ['1분', '6분', '10분', 8] }), false);
    assert.equal(withCard({ intervals: '1분' }), false);
    assert.equal(isHostMessage({ ...init, cards: [Object.assign(Object.create({ polluted: true }), CARD)] }), false, 'not a plain object');
  });
  it('checked: 선택 필드 없이도 되고, 항목·빠진 것·남은 것의 모양을 검사한다', () => {
    const checked = { type: 'checked', cardId: 'abc-1', verdict: 'right', expected: '로열티' };
    assert.equal(isHostMessage(checked), true);
    assert.equal(isHostMessage({ ...checked, items: [{ expected: '로열티', verdict: 'wrong' }], missing: ['충성도'], extra: ['체리피커'] }), true);
    assert.equal(isHostMessage({ ...checked, items: [{ expected: '로열티', verdict: 'nope' }] }), false);
    assert.equal(isHostMessage({ ...checked, items: [{ expected: '로열티', verdict: 'right', typed: 3 }] }), false);
    assert.equal(isHostMessage({ ...checked, items: [{ expected: 3, verdict: 'right' }] }), false);
    assert.equal(isHostMessage({ ...checked, items: [{ expected: '로열티', verdict: 'right', score: 1 }] }), false);
    assert.equal(isHostMessage({ ...checked, items: ['로열티'] }), false);
    assert.equal(isHostMessage({ ...checked, missing: [3] }), false);
    assert.equal(isHostMessage({ ...checked, missing: '충성도' }), false);
    assert.equal(isHostMessage({ ...checked, extra: [null] }), false);
    assert.equal(isHostMessage({ ...checked, extra: ['x'.repeat(PROTOCOL_LIMITS.text + 1)] }), false);
    assert.equal(isHostMessage({ ...checked, expected: 'x'.repeat(PROTOCOL_LIMITS.text + 1) }), false);
    assert.equal(isHostMessage({ ...checked, cardId: '' }), false);
    assert.equal(isHostMessage({ ...checked, matched: '충성도' }), false);
    for (const verdict of ['right', 'almost', 'wrong']) {
      assert.equal(isHostMessage({ ...checked, verdict }), true, verdict);
    }
  });
  it('graded: 기한 이름은 100자까지, 간격은 네 개, 필드가 더 있으면 거부', () => {
    const graded = HOST_MESSAGES[2] as object;
    assert.equal(isHostMessage(patched(graded, { dueLabel: 'x'.repeat(100) })), true);
    assert.equal(isHostMessage(patched(graded, { dueLabel: 'x'.repeat(101) })), false);
    assert.equal(isHostMessage(patched(graded, { intervals: ['1분', '6분', '10분', '8일', '1년'] })), false);
    assert.equal(isHostMessage(patched(graded, { cardId: '' })), false);
    assert.equal(isHostMessage(patched(graded, { state: 'review' })), false);
    assert.equal(isHostMessage(patched(graded, { dueLabel: undefined })), false);
  });
  it('notice: 글만 있어도 되고, 카드 id가 있으면 올바른 id여야 한다', () => {
    assert.equal(isHostMessage({ type: 'notice', text: '저장되지 않았습니다' }), true);
    assert.equal(isHostMessage({ type: 'notice', text: '저장되지 않았습니다', cardId: '' }), false);
    assert.equal(isHostMessage({ type: 'notice', text: 'x'.repeat(PROTOCOL_LIMITS.text + 1) }), false);
    assert.equal(isHostMessage({ type: 'notice', text: 3 }), false);
    assert.equal(isHostMessage({ type: 'notice', text: '알림', level: 'error' }), false);
    assert.equal(isHostMessage({ type: 'notice' }), false);
  });
  it('summary: 복습 수는 0 이상의 정수, 글은 4000자까지, 다음 기한은 ISO 시각', () => {
    const summary = HOST_MESSAGES[4] as object;
    assert.equal(isHostMessage(patched(summary, { reviewed: 0, ratings: [0, 0, 0, 0] })), true);
    assert.equal(isHostMessage(patched(summary, { reviewed: -1 })), false);
    assert.equal(isHostMessage(patched(summary, { reviewed: 1.5 })), false);
    assert.equal(isHostMessage(patched(summary, { ratings: '1,2,8,1' })), false);
    assert.equal(isHostMessage(patched(summary, { ratings: [1, 2, 8, 1, 0] })), false);
    assert.equal(isHostMessage(patched(summary, { ratings: [1, 2, 8, 1.5] })), false);
    assert.equal(isHostMessage(patched(summary, { text: 'x'.repeat(PROTOCOL_LIMITS.text + 1) })), false);
    assert.equal(isHostMessage(patched(summary, { nextDue: '내일' })), false);
    assert.equal(isHostMessage(patched(summary, { streak: 3 })), false);
    assert.equal(isHostMessage(patched(summary, { text: undefined })), false);
  });
  it('호스트 메시지가 아닌 값: 모르는 type, 웹뷰 쪽 메시지, __proto__ 키', () => {
    assert.equal(isHostMessage({ type: 'ready' }), false);
    assert.equal(isHostMessage({ type: 7 }), false);
    assert.equal(isHostMessage(null), false);
    assert.equal(isHostMessage(JSON.parse('{"type":"notice","text":"알림","__proto__":{"cardId":"x"}}')), false);
  });
});

describe('연습 패널 문구: 영어 (practiceStrings en)', () => {
  it('영어 문구는 영어로', () => {
    const en = practiceStrings('en');
    assert.equal(en['practice.reveal'], 'Show answer');
    assert.equal(en['practice.grades'], 'How well did you remember?');
    assert.equal(practiceStrings('ko')['practice.grades'], '얼마나 잘 기억했나요?');
  });
});

describe('웹뷰 메시지 규약: 평범한 객체만, 한도는 끝값까지 (plain objects only, limits inclusive)', () => {
  it('원시값·null·배열·프로토타입이 다른 객체는 어느 쪽 메시지도 아니다 (던지지도 않는다)', () => {
    const inherited = Object.assign(Object.create({ injected: true }) as Record<string, unknown>, { type: 'ready' });
    class Message {
      readonly type = 'ready';
    }
    for (const value of [null, undefined, 0, 'ready', ['ready'], inherited, new Message()]) {
      assert.equal(isViewMessage(value), false, String(value));
      assert.equal(isHostMessage(value), false, String(value));
    }
    // The same message as a plain object (or one with no prototype) is one.
    assert.equal(isViewMessage({ type: 'ready' }), true);
    assert.equal(isViewMessage(Object.assign(Object.create(null) as Record<string, unknown>, { type: 'ready' })), true);
  });
  it('순서 답은 배열이고 단계 한도 안: 100개까지, 101개나 배열이 아니면 아님', () => {
    const order = (o: unknown): boolean => isViewMessage({ type: 'answer', cardId: 'abc-1', order: o });
    assert.equal(order(Array.from({ length: PROTOCOL_LIMITS.steps }, (_, i) => i)), true);
    assert.equal(order(Array.from({ length: PROTOCOL_LIMITS.steps + 1 }, () => 0)), false);
    assert.equal(order({ 0: 1, length: 1 }), false);
    assert.equal(order([0, PROTOCOL_LIMITS.steps]), false);
  });
  it('채점 결과의 빠진 말 목록은 카드 한도(5,000개)까지 받는다', () => {
    const checked = (missing: unknown[]): boolean => isHostMessage({ type: 'checked', cardId: 'abc-1', verdict: 'wrong', expected: '로열티', missing });
    assert.equal(checked(Array.from({ length: PROTOCOL_LIMITS.cards }, () => '고객')), true);
    assert.equal(checked(Array.from({ length: PROTOCOL_LIMITS.cards + 1 }, () => '고객')), false);
  });
});
