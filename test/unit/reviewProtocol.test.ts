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
