import * as assert from 'node:assert/strict';
import {
  MAX_REVIEWS_BYTES,
  type ParsedReviews,
  type ReviewData,
  type StoredReview,
  mergeReviews,
  parseReviews,
  serializeReviews,
} from '../../src/core/review/file';
import { isTimestamp } from '../../src/core/review/state';
import { message } from '../../src/core/messages';

function state(lastReview: string, extra: Partial<StoredReview> = {}): StoredReview {
  return { due: '2025-03-10T00:00:00.000Z', stability: 3.1, difficulty: 5.2, reps: 2, lapses: 0, state: 'review', lastReview, scheduledDays: 3, learningSteps: 0, ...extra };
}

const SAMPLE: ReviewData = {
  cards: new Map<string, StoredReview>([
    ['b2', state('2025-03-01T00:00:00.000Z', { anchor: '로열티란 …', file: 'notes/1장.md' })],
    ['a1', state('2025-03-02T00:00:00.000Z')],
  ]),
  log: [
    { card: 'a1', rating: 3, at: '2025-03-02T00:00:00.000Z', elapsed: 4200 },
    { card: 'b2', rating: 1, at: '2025-03-01T00:00:00.000Z' },
  ],
};

function file(cards: unknown, log: unknown = [], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: 'crm-notes-reviews', version: 1, cards, log, ...extra });
}

function ok(parsed: ParsedReviews): Extract<ParsedReviews, { kind: 'ok' }> {
  assert.equal(parsed.kind, 'ok', JSON.stringify(parsed));
  return parsed as Extract<ParsedReviews, { kind: 'ok' }>;
}

function corruptCode(parsed: ParsedReviews): string {
  assert.equal(parsed.kind, 'corrupt', JSON.stringify(parsed));
  return (parsed as Extract<ParsedReviews, { kind: 'corrupt' }>).reason.code;
}

describe('복습 기록 파일 (.crm-notes/reviews.json)', () => {
  it('저장한 것을 읽으면 같은 데이터, 다시 저장하면 같은 바이트', () => {
    const text = serializeReviews(SAMPLE);
    const back = ok(parseReviews(text));
    assert.deepEqual([...back.data.cards.entries()].sort(), [...SAMPLE.cards.entries()].sort());
    assert.equal(serializeReviews(back.data), text);
    assert.equal(back.dropped, 0);
  });
  it('저장 형식은 안정적이다: 카드는 id 순, 로그는 시각 순, 넣은 순서와 상관없다', () => {
    const reversed: ReviewData = { cards: new Map([...SAMPLE.cards.entries()].reverse()), log: [...SAMPLE.log].reverse() };
    const text = serializeReviews(reversed);
    assert.equal(text, serializeReviews(SAMPLE));
    assert.ok(text.indexOf('"a1"') < text.indexOf('"b2"'));
    assert.ok(text.endsWith('}\n'));
    assert.deepEqual(JSON.parse(text).log.map((e: { card: string }) => e.card), ['b2', 'a1']);
  });
  it('빈 기록도 올바른 파일이다', () => {
    const text = serializeReviews({ cards: new Map(), log: [] });
    assert.deepEqual(JSON.parse(text), { format: 'crm-notes-reviews', version: 1, cards: {}, log: [] });
    assert.equal(ok(parseReviews(text)).data.cards.size, 0);
  });
  it('BOM이 붙어 있어도 읽는다', () => {
    assert.equal(ok(parseReviews('\ufeff' + serializeReviews(SAMPLE))).data.cards.size, 2);
  });
  it('JSON이 아니거나 비었거나 잘린 파일은 손상 (각자 메시지 코드)', () => {
    assert.equal(corruptCode(parseReviews('')), 'reviews.empty');
    assert.equal(corruptCode(parseReviews('   \n')), 'reviews.empty');
    assert.equal(corruptCode(parseReviews('{ "format": "crm-notes-reviews", "vers')), 'reviews.notJson');
    assert.equal(corruptCode(parseReviews('[1, 2]')), 'reviews.notObject');
    assert.equal(corruptCode(parseReviews('null')), 'reviews.notObject');
  });
  it('모양이 틀린 파일은 손상: 다른 format, 잘못된 version, cards가 객체가 아님, log가 배열이 아님', () => {
    assert.equal(corruptCode(parseReviews(JSON.stringify({ format: 'anki', version: 1, cards: {} }))), 'reviews.wrongFormat');
    assert.equal(corruptCode(parseReviews(JSON.stringify({ version: 1, cards: {} }))), 'reviews.wrongFormat');
    for (const version of ['1', 0, 1.5, -1, null]) {
      assert.equal(corruptCode(parseReviews(file({}, [], { version }))), 'reviews.badVersion', String(version));
    }
    assert.equal(corruptCode(parseReviews(file([]))), 'reviews.badSection');
    assert.equal(corruptCode(parseReviews(file('x'))), 'reviews.badSection');
    assert.equal(corruptCode(parseReviews(file({}, {}))), 'reviews.badSection');
  });
  it('log가 없으면 빈 기록으로 읽는다 (cards만 있어도 상태는 살린다)', () => {
    const text = JSON.stringify({ format: 'crm-notes-reviews', version: 1, cards: { a1: state('2025-03-02T00:00:00.000Z') } });
    const parsed = ok(parseReviews(text));
    assert.equal(parsed.data.cards.size, 1);
    assert.deepEqual(parsed.data.log, []);
  });
  it('더 새 버전의 파일은 newer: 내용을 검사하지 않고 버전만 알린다', () => {
    assert.deepEqual(parseReviews(file('not even an object', 'whatever', { version: 2 })), { kind: 'newer', version: 2 });
  });
  it('잘못된 항목 하나는 건너뛰고 센다: 나머지는 그대로 읽는다', () => {
    const good = state('2025-03-02T00:00:00.000Z');
    const parsed = ok(
      parseReviews(
        file(
          { good, badDue: { ...good, due: '어제' }, badState: { ...good, state: 'done' }, badReps: { ...good, reps: 1.5 }, notObject: 3 },
          [
            { card: 'good', rating: 3, at: '2025-03-02T00:00:00.000Z' },
            { card: 'good', rating: 7, at: '2025-03-02T00:00:00.000Z' },
            { card: 'good', rating: 3, at: '2025-03-02' },
            'x',
          ],
        ),
      ),
    );
    assert.deepEqual([...parsed.data.cards.keys()], ['good']);
    assert.equal(parsed.data.log.length, 1);
    assert.equal(parsed.dropped, 7);
    assert.deepEqual(parsed.problems[0], { code: 'reviews.badEntry', args: ['badDue', 'due'] });
    assert.ok(parsed.problems.every((p) => message('ko', p.code, ...p.args).length > 0));
  });
  it('모든 필드를 검사한다: 숫자 범위, 정수, 시각, 선택 필드의 형식', () => {
    const good = state('2025-03-02T00:00:00.000Z');
    const bad: Array<[string, Record<string, unknown>]> = [
      ['stability', { stability: -1 }],
      ['stability', { stability: Number.POSITIVE_INFINITY }],
      ['difficulty', { difficulty: 11 }],
      ['difficulty', { difficulty: '5' }],
      ['lapses', { lapses: -1 }],
      ['lastReview', { lastReview: 12 }],
      ['lastReview', { lastReview: undefined }],
      ['scheduledDays', { scheduledDays: -3 }],
      ['learningSteps', { learningSteps: 0.5 }],
      ['anchor', { anchor: 'x'.repeat(5000) }],
      ['file', { file: 42 }],
    ];
    for (const [field, patch] of bad) {
      const parsed = ok(parseReviews(file({ good, bad: { ...good, ...patch } })));
      assert.deepEqual(parsed.problems, [{ code: 'reviews.badEntry', args: ['bad', field] }], JSON.stringify(patch));
    }
  });
  it('새 카드 상태는 lastReview 없이도 올바르다', () => {
    const fresh = { due: '2025-03-02T00:00:00.000Z', stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 'new', scheduledDays: 0, learningSteps: 0 };
    assert.equal(ok(parseReviews(file({ fresh }))).dropped, 0);
  });
  it('항목이 전부 잘못되었으면 파일 전체가 손상', () => {
    assert.equal(corruptCode(parseReviews(file({ a: 1, b: 2 }, [3]))), 'reviews.allEntriesBad');
  });
  it('잘못된 카드 id(빈 문자열, 제어 문자, 너무 긴 id)는 건너뛴다', () => {
    const good = state('2025-03-02T00:00:00.000Z');
    const parsed = ok(parseReviews(file({ good, '': good, 'a\u0001b': good, ['x'.repeat(300)]: good })));
    assert.deepEqual([...parsed.data.cards.keys()], ['good']);
    assert.equal(parsed.dropped, 3);
  });
  it('"__proto__", "constructor" 같은 카드 id도 그냥 데이터이고 Object.prototype은 그대로다', () => {
    const good = state('2025-03-02T00:00:00.000Z');
    const text = `{"format":"crm-notes-reviews","version":1,"cards":{"__proto__":${JSON.stringify(good)},"constructor":${JSON.stringify(good)}},"log":[]}`;
    const parsed = ok(parseReviews(text));
    assert.deepEqual([...parsed.data.cards.keys()].sort(), ['__proto__', 'constructor']);
    assert.equal(({} as Record<string, unknown>)['due'], undefined);
    const again = ok(parseReviews(serializeReviews(parsed.data)));
    assert.deepEqual([...again.data.cards.keys()].sort(), ['__proto__', 'constructor']);
  });
  it('32 MiB를 넘는 파일은 파싱하기 전에 거부한다', () => {
    const parsed = parseReviews(' '.repeat(MAX_REVIEWS_BYTES + 1));
    assert.equal(corruptCode(parsed), 'file.tooLarge');
    // Hangul takes three bytes in UTF-8: 12 M syllables are 36 MB.
    assert.equal(corruptCode(parseReviews('가'.repeat(12 * 1024 * 1024))), 'file.tooLarge');
  });
  it('시각은 toISOString 형식의 UTC만: 없는 날짜, 시간대 없는 시각은 틀리다', () => {
    assert.ok(isTimestamp('2025-03-01T09:00:00.000Z'));
    assert.ok(isTimestamp('2025-03-01T09:00:00Z'));
    assert.ok(!isTimestamp('2025-02-30T00:00:00.000Z'));
    assert.ok(!isTimestamp('2025-03-01T09:00:00'));
    assert.ok(!isTimestamp('2025-03-01T09:00:00+09:00'));
    assert.ok(!isTimestamp('+275760-09-13T00:00:00.000Z'));
  });
});

describe('두 기록 합치기 (mergeReviews)', () => {
  const older = state('2025-03-01T00:00:00.000Z', { reps: 1, anchor: 'anchor' });
  const newer = state('2025-03-05T00:00:00.000Z', { reps: 5 });
  const a: ReviewData = { cards: new Map([['x', older]]), log: [{ card: 'x', rating: 3, at: '2025-03-01T00:00:00.000Z' }] };
  const b: ReviewData = {
    cards: new Map([['x', newer], ['y', older]]),
    log: [
      { card: 'x', rating: 3, at: '2025-03-01T00:00:00.000Z', elapsed: 900 },
      { card: 'x', rating: 4, at: '2025-03-05T00:00:00.000Z' },
    ],
  };
  it('카드마다 마지막 복습이 늦은 상태가 이긴다, 어느 쪽을 먼저 주든', () => {
    for (const merged of [mergeReviews(a, b), mergeReviews(b, a)]) {
      assert.equal(merged.cards.get('x')?.lastReview, newer.lastReview);
      assert.equal(merged.cards.get('x')?.anchor, 'anchor', 'the anchor falls back to the other side');
      assert.ok(merged.cards.has('y'));
    }
    assert.equal(serializeReviews(mergeReviews(a, b)), serializeReviews(mergeReviews(b, a)));
  });
  it('로그는 합집합이고 같은 채점(카드·시각·평가)은 한 번만, elapsed가 있는 쪽을 남긴다', () => {
    const merged = mergeReviews(a, b);
    assert.deepEqual(merged.log, [
      { card: 'x', rating: 3, at: '2025-03-01T00:00:00.000Z', elapsed: 900 },
      { card: 'x', rating: 4, at: '2025-03-05T00:00:00.000Z' },
    ]);
  });
  it('한 번도 복습하지 않은 상태는 복습한 상태에 진다', () => {
    const fresh: StoredReview = { due: '2025-03-09T00:00:00.000Z', stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 'new', scheduledDays: 0, learningSteps: 0 };
    const merged = mergeReviews({ cards: new Map([['x', fresh]]), log: [] }, { cards: new Map([['x', older]]), log: [] });
    assert.equal(merged.cards.get('x')?.state, 'review');
  });
});
