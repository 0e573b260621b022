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
import { timeBudget } from './budget';

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

describe('복습 기록 파일: 저장 형식의 전문과 순서 (exact file text)', () => {
  it('필드는 정해진 순서로 한 줄에 하나, 선택 필드는 있을 때만, 로그는 한 줄에 한 건', () => {
    const data: ReviewData = {
      cards: new Map<string, StoredReview>([
        ['b2', state('2025-03-01T00:00:00.000Z', { anchor: '로열티란 …', file: 'notes/1장.md', chapter: 'ch01' })],
        ['a1', { due: '2025-03-02T00:00:00.000Z', stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 'new', scheduledDays: 0, learningSteps: 0 }],
      ]),
      log: [
        { card: 'b2', rating: 4, at: '2025-03-01T00:00:00.000Z', elapsed: 4200 },
        { card: 'b2', rating: 1, at: '2025-02-28T00:00:00.000Z' },
      ],
    };
    assert.equal(
      serializeReviews(data),
      [
        '{',
        '  "format": "crm-notes-reviews",',
        '  "version": 1,',
        '  "cards": {',
        '    "a1": {',
        '      "due": "2025-03-02T00:00:00.000Z",',
        '      "stability": 0,',
        '      "difficulty": 0,',
        '      "reps": 0,',
        '      "lapses": 0,',
        '      "state": "new",',
        '      "scheduledDays": 0,',
        '      "learningSteps": 0',
        '    },',
        '    "b2": {',
        '      "due": "2025-03-10T00:00:00.000Z",',
        '      "stability": 3.1,',
        '      "difficulty": 5.2,',
        '      "reps": 2,',
        '      "lapses": 0,',
        '      "state": "review",',
        '      "lastReview": "2025-03-01T00:00:00.000Z",',
        '      "scheduledDays": 3,',
        '      "learningSteps": 0,',
        '      "anchor": "로열티란 …",',
        '      "file": "notes/1장.md",',
        '      "chapter": "ch01"',
        '    }',
        '  },',
        '  "log": [',
        '    { "card": "b2", "rating": 1, "at": "2025-02-28T00:00:00.000Z" },',
        '    { "card": "b2", "rating": 4, "at": "2025-03-01T00:00:00.000Z", "elapsed": 4200 }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
  });
  it('빈 기록은 cards {} 와 log [] 를 한 줄에', () => {
    assert.equal(serializeReviews({ cards: new Map(), log: [] }), '{\n  "format": "crm-notes-reviews",\n  "version": 1,\n  "cards": {},\n  "log": []\n}\n');
  });
  it('카드 id는 UTF-16 코드 순 (대문자, 소문자, 한글), 로그는 시각, 그 다음 카드, 그 다음 평가 순', () => {
    const card = state('2025-03-01T00:00:00.000Z');
    const text = serializeReviews({
      cards: new Map([['가', card], ['a', card], ['B', card]]),
      log: [
        { card: 'b', rating: 3, at: '2025-03-01T00:00:00.000Z' },
        { card: 'a', rating: 4, at: '2025-03-01T00:00:00.000Z' },
        { card: 'a', rating: 2, at: '2025-03-01T00:00:00.000Z' },
        { card: 'z', rating: 1, at: '2025-02-01T00:00:00.000Z' },
      ],
    });
    const parsed = JSON.parse(text) as { cards: Record<string, unknown>; log: Array<{ card: string; rating: number }> };
    assert.deepEqual(Object.keys(parsed.cards), ['B', 'a', '가']);
    assert.deepEqual(parsed.log.map((e) => `${e.card}${e.rating}`), ['z1', 'a2', 'a4', 'b3']);
  });
  it('같은 채점이 두 번 있으면 한 번만, elapsed가 있는 쪽을 남긴다 (어느 쪽이 먼저 오든)', () => {
    const plain = { card: 'x', rating: 3 as const, at: '2025-03-01T00:00:00.000Z' };
    const timed = { ...plain, elapsed: 900 };
    for (const log of [[plain, timed], [timed, plain], [timed, { ...plain, elapsed: 100 }]]) {
      const back = ok(parseReviews(file({ x: state('2025-03-01T00:00:00.000Z') }, log)));
      assert.deepEqual(back.data.log, [timed], JSON.stringify(log));
    }
    const other = ok(parseReviews(file({ x: state('2025-03-01T00:00:00.000Z') }, [plain, { ...plain, rating: 4 }, { ...plain, card: 'y' }])));
    assert.equal(other.data.log.length, 3, 'another rating or card is another grade');
  });
});

describe('복습 기록 파일: 손상 사유와 건너뛴 항목의 내용 (reasons and problems)', () => {
  function reason(parsed: ParsedReviews): { code: string; args: readonly (string | number)[] } {
    assert.equal(parsed.kind, 'corrupt', JSON.stringify(parsed).slice(0, 200));
    return (parsed as Extract<ParsedReviews, { kind: 'corrupt' }>).reason;
  }
  const good = state('2025-03-02T00:00:00.000Z');

  it('너무 큰 파일의 사유는 바이트 수와 한도, 한도와 같은 크기는 읽는다', function () {
    this.timeout(timeBudget(20_000)); // two 32 MiB strings
    assert.deepEqual(reason(parseReviews('x'.repeat(MAX_REVIEWS_BYTES + 1))), { code: 'file.tooLarge', args: [MAX_REVIEWS_BYTES + 1, MAX_REVIEWS_BYTES] });
    const body = file({ a1: good });
    const exact = body + ' '.repeat(MAX_REVIEWS_BYTES - body.length);
    assert.equal(ok(parseReviews(exact)).data.cards.size, 1);
  });
  it('JSON 오류의 사유는 파서의 메시지 (오류 이름 없이)', () => {
    const why = reason(parseReviews('{ "format": '));
    assert.equal(why.code, 'reviews.notJson');
    assert.equal(typeof why.args[0], 'string');
    assert.ok(String(why.args[0]).length > 0 && !String(why.args[0]).startsWith('SyntaxError'), String(why.args[0]));
  });
  it('format·version 사유에는 찾은 값을 보여 준다: 없으면 —, 길면 40자에서 자르고 …', () => {
    assert.deepEqual(reason(parseReviews(JSON.stringify({ version: 1, cards: {} }))), { code: 'reviews.wrongFormat', args: ['—'] });
    assert.deepEqual(reason(parseReviews(JSON.stringify({ format: 'anki', version: 1, cards: {} }))), { code: 'reviews.wrongFormat', args: ['"anki"'] });
    const long = '복'.repeat(50);
    assert.deepEqual(reason(parseReviews(JSON.stringify({ format: long, cards: {} }))), { code: 'reviews.wrongFormat', args: [`"${'복'.repeat(39)}…`] });
    const forty = 'x'.repeat(38);
    assert.deepEqual(reason(parseReviews(JSON.stringify({ format: forty, cards: {} }))), { code: 'reviews.wrongFormat', args: [`"${forty}"`] }, 'exactly 40 characters are kept whole');
    assert.deepEqual(reason(parseReviews(file({}, [], { version: '1' }))), { code: 'reviews.badVersion', args: ['"1"'] });
    assert.deepEqual(reason(parseReviews(JSON.stringify({ format: 'crm-notes-reviews', cards: {} }))), { code: 'reviews.badVersion', args: ['—'] });
    assert.deepEqual(reason(parseReviews(file({}, [], { version: 0 }))), { code: 'reviews.badVersion', args: ['0'] });
  });
  it('cards와 log의 모양이 틀린 사유는 어느 부분이 어떤 모양이어야 하는지', () => {
    assert.deepEqual(reason(parseReviews(file(null))), { code: 'reviews.badSection', args: ['cards', '{ … }'] });
    assert.deepEqual(reason(parseReviews(file({}, null))), { code: 'reviews.badSection', args: ['log', '[ … ]'] });
    assert.deepEqual(reason(parseReviews(file({ a: 1, b: 2 }, [3]))), { code: 'reviews.allEntriesBad', args: [3] });
    assert.equal(message('ko', 'reviews.badSection', 'log', '[ … ]'), '"log"의 값은 [ … ] 형식이어야 합니다.');
  });
  it('버전 2 이상만 newer, 버전 1은 그대로 읽는다', () => {
    assert.deepEqual(parseReviews(file({}, [], { version: 3 })), { kind: 'newer', version: 3 });
    assert.equal(parseReviews(file({}, [], { version: 1 })).kind, 'ok');
  });
  it('문제는 처음 20건만 남기지만 건너뛴 수는 정확하다', () => {
    const cards: Record<string, unknown> = { good };
    for (let i = 0; i < 25; i++) {
      cards[`bad${String(i).padStart(2, '0')}`] = { ...good, due: '모레' };
    }
    const parsed = ok(parseReviews(file(cards)));
    assert.equal(parsed.dropped, 25);
    assert.equal(parsed.problems.length, 20);
    assert.deepEqual(parsed.problems[19], { code: 'reviews.badEntry', args: ['bad19', 'due'] });
  });
  it('잘못된 카드 id의 문제에는 id 앞 80자만', () => {
    const long = '가'.repeat(300);
    const parsed = ok(parseReviews(file({ good, [long]: good, 'a\u0000b': good })));
    assert.deepEqual(parsed.problems, [
      { code: 'reviews.badCardId', args: ['가'.repeat(80)] },
      { code: 'reviews.badCardId', args: ['a\u0000b'] },
    ]);
    assert.equal(ok(parseReviews(file({ good, ['k'.repeat(256)]: good }))).dropped, 0, '256 characters is still an id');
  });
  it('카드 항목이 객체가 아니면 (배열, null, 글자) 그 항목만 건너뛴다', () => {
    const parsed = ok(parseReviews(file({ good, list: [good], none: null, word: '복습' })));
    assert.deepEqual(parsed.problems, [
      { code: 'reviews.badEntry', args: ['list', '{ … }'] },
      { code: 'reviews.badEntry', args: ['none', '{ … }'] },
      { code: 'reviews.badEntry', args: ['word', '{ … }'] },
    ]);
  });
  it('필드 경계: 안정도 0–1e6, 난이도 0–10, 예정 일수 0–36500은 받고 그 밖은 건너뛴다', () => {
    const accepted: Array<Record<string, unknown>> = [
      { stability: 0 },
      { stability: 1e6 },
      { difficulty: 0 },
      { difficulty: 10 },
      { scheduledDays: 36500 },
      { reps: 0, lapses: 0 },
      { reps: Number.MAX_SAFE_INTEGER },
      { anchor: 'x'.repeat(4096), file: 'y'.repeat(4096), chapter: 'z'.repeat(4096) },
    ];
    for (const patch of accepted) {
      const parsed = ok(parseReviews(file({ good, card: { ...good, ...patch } })));
      assert.equal(parsed.dropped, 0, JSON.stringify(patch).slice(0, 80));
      for (const [key, value] of Object.entries(patch)) {
        assert.equal((parsed.data.cards.get('card') as unknown as Record<string, unknown>)[key], value, key);
      }
    }
    const rejected: Array<[string, Record<string, unknown>]> = [
      ['stability', { stability: 1e6 + 1 }],
      ['stability', { stability: '3' }],
      ['difficulty', { difficulty: -0.1 }],
      ['reps', { reps: -1 }],
      ['reps', { reps: '2' }],
      ['reps', { reps: Number.MAX_SAFE_INTEGER + 1 }],
      ['lapses', { lapses: 0.5 }],
      ['state', { state: 3 }],
      ['lastReview', { lastReview: '어제' }],
      ['lastReview', { state: 'learning', lastReview: undefined }],
      ['scheduledDays', { scheduledDays: 36501 }],
      ['scheduledDays', { scheduledDays: '3' }],
      ['learningSteps', { learningSteps: -1 }],
      ['chapter', { chapter: 4 }],
      ['chapter', { chapter: 'z'.repeat(4097) }],
      ['file', { file: 'y'.repeat(4097) }],
      ['anchor', { anchor: 7 }],
    ];
    for (const [field, patch] of rejected) {
      const parsed = ok(parseReviews(file({ good, bad: { ...good, ...patch } })));
      assert.deepEqual(parsed.problems, [{ code: 'reviews.badEntry', args: ['bad', field] }], JSON.stringify(patch).slice(0, 80));
    }
  });
  it('예정 일수와 학습 단계가 없는 옛 항목은 0으로 읽고, 없던 선택 필드는 만들지 않는다', () => {
    const { scheduledDays: _s, learningSteps: _l, ...old } = good;
    const parsed = ok(parseReviews(file({ old })));
    assert.deepEqual(parsed.data.cards.get('old'), { ...good, scheduledDays: 0, learningSteps: 0 });
    assert.deepEqual(Object.keys(parsed.data.cards.get('old') as object), ['due', 'stability', 'difficulty', 'reps', 'lapses', 'state', 'lastReview', 'scheduledDays', 'learningSteps']);
    const fresh = { due: '2025-03-02T00:00:00.000Z', stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 'new' };
    assert.equal(Object.hasOwn(ok(parseReviews(file({ fresh }))).data.cards.get('fresh') as object, 'lastReview'), false);
    const kept = ok(parseReviews(file({ c: { ...good, anchor: '로열티란 …', file: 'notes/1장.md', chapter: 'ch01' } }))).data.cards.get('c');
    assert.deepEqual([kept?.anchor, kept?.file, kept?.chapter], ['로열티란 …', 'notes/1장.md', 'ch01']);
  });
  it('로그 항목의 문제는 log[번호]와 필드: 카드, 평가, 시각, 걸린 시간', () => {
    const at = '2025-03-02T00:00:00.000Z';
    const parsed = ok(
      parseReviews(
        file({ good }, [
          { card: 'good', rating: 3, at, elapsed: 0 },
          null,
          { card: 5, rating: 3, at },
          { card: '', rating: 3, at },
          { card: 'good', rating: '3', at },
          { card: 'good', rating: 0, at },
          { card: 'good', rating: 3, at: 12 },
          { card: 'good', rating: 3, at, elapsed: -1 },
          { card: 'good', rating: 3, at, elapsed: '5' },
          [],
        ]),
      ),
    );
    assert.deepEqual(parsed.problems.map((p) => p.args), [
      ['log[1]', '{ … }'],
      ['log[2]', 'card'],
      ['log[3]', 'card'],
      ['log[4]', 'rating'],
      ['log[5]', 'rating'],
      ['log[6]', 'at'],
      ['log[7]', 'elapsed'],
      ['log[8]', 'elapsed'],
      ['log[9]', '{ … }'],
    ]);
    assert.deepEqual(parsed.data.log, [{ card: 'good', rating: 3, at, elapsed: 0 }]);
    const plain = ok(parseReviews(file({ good }, [{ card: 'good', rating: 4, at }]))).data.log[0];
    assert.deepEqual(Object.keys(plain as object), ['card', 'rating', 'at'], 'no elapsed key without one');
  });
  it('시각 형식: 소수 초는 1–3자리, 앞뒤에 다른 글자 없이, 윤년의 2월 29일은 있다', () => {
    assert.ok(isTimestamp('2025-03-01T09:00:00.5Z'));
    assert.ok(isTimestamp('2024-02-29T00:00:00.000Z'));
    assert.ok(!isTimestamp('2025-02-29T00:00:00.000Z'));
    assert.ok(!isTimestamp('2025-03-01T09:00:00.1234Z'));
    assert.ok(!isTimestamp('2025-03-01T09:00:00.Z'));
    assert.ok(!isTimestamp('x2025-03-01T09:00:00.000Z'));
    assert.ok(!isTimestamp('2025-03-01T09:00:00.000Zx'));
    assert.ok(!isTimestamp('2025-13-01T00:00:00.000Z'));
    assert.ok(!isTimestamp('2025-03-01T24:00:00.000Z'));
    assert.ok(!isTimestamp(Date.parse('2025-03-01T09:00:00.000Z')));
    assert.ok(!isTimestamp(new Date('2025-03-01T09:00:00.000Z')));
  });
});

describe('두 기록 합치기: 동점 처리와 출처 필드 (merge ties)', () => {
  const one = (card: StoredReview): ReviewData => ({ cards: new Map([['x', card]]), log: [] });
  const both = (a: StoredReview, b: StoredReview): StoredReview[] => [mergeReviews(one(a), one(b)).cards.get('x') as StoredReview, mergeReviews(one(b), one(a)).cards.get('x') as StoredReview];

  it('마지막 복습이 같으면 reps가 많은 쪽, reps도 같으면 기한이 늦은 쪽', () => {
    const base = state('2025-03-01T00:00:00.000Z');
    for (const winner of both(base, { ...base, reps: 3, stability: 9 })) {
      assert.equal(winner.stability, 9);
    }
    for (const winner of both(base, { ...base, due: '2025-03-20T00:00:00.000Z', stability: 7 })) {
      assert.equal(winner.due, '2025-03-20T00:00:00.000Z');
      assert.equal(winner.stability, 7);
    }
    for (const winner of both({ ...base, reps: 9 }, state('2025-03-02T00:00:00.000Z', { reps: 1 }))) {
      assert.equal(winner.lastReview, '2025-03-02T00:00:00.000Z', 'a later review beats more reps');
    }
  });
  it('모든 것이 같고 한 필드만 다르면 어느 쪽을 먼저 주든 같은 결과', () => {
    const base = state('2025-03-01T00:00:00.000Z');
    const [first, second] = both(base, { ...base, difficulty: 7.5 });
    assert.deepEqual(first, second);
    assert.equal(first?.difficulty, 7.5, 'the larger JSON text in code-unit order');
  });
  it('이긴 쪽에 없는 anchor·file·chapter는 진 쪽에서 가져오고, 이긴 쪽 것은 그대로 둔다', () => {
    const older = state('2025-03-01T00:00:00.000Z', { anchor: '옛 앵커', file: 'notes/옛.md', chapter: 'ch01' });
    const newer = state('2025-03-05T00:00:00.000Z');
    for (const winner of both(older, newer)) {
      assert.deepEqual([winner.lastReview, winner.anchor, winner.file, winner.chapter], ['2025-03-05T00:00:00.000Z', '옛 앵커', 'notes/옛.md', 'ch01']);
    }
    const renamed = state('2025-03-05T00:00:00.000Z', { anchor: '새 앵커', file: 'notes/새.md', chapter: 'ch02' });
    for (const winner of both(older, renamed)) {
      assert.deepEqual([winner.anchor, winner.file, winner.chapter], ['새 앵커', 'notes/새.md', 'ch02']);
    }
    for (const winner of both(state('2025-03-01T00:00:00.000Z'), newer)) {
      assert.deepEqual(Object.keys(winner).filter((k) => ['anchor', 'file', 'chapter'].includes(k)), [], 'no empty keys added');
    }
  });
  it('한쪽에만 있는 카드는 그대로 남는다', () => {
    const merged = mergeReviews({ cards: new Map([['a', state('2025-03-01T00:00:00.000Z')]]), log: [] }, { cards: new Map([['b', state('2025-03-02T00:00:00.000Z')]]), log: [] });
    assert.deepEqual([...merged.cards.keys()].sort(), ['a', 'b']);
    assert.equal(merged.cards.get('b')?.lastReview, '2025-03-02T00:00:00.000Z');
  });
});

describe('복습 기록 파일: 제어 문자와 걸린 시간의 경계 (ids and elapsed bounds)', () => {
  const good = state('2025-03-02T00:00:00.000Z');
  it('카드 id에 제어 문자(U+001F, U+007F)가 있으면 건너뛰고, 그 밖의 문자(한글, 공백, 기호)는 id가 된다', () => {
    const parsed = ok(parseReviews(file({ good, 'a\u001fb': good, 'a\u007fb': good, '로열티 카드 #1': good, ' ': good })));
    assert.deepEqual([...parsed.data.cards.keys()].sort(), [' ', 'good', '로열티 카드 #1']);
    assert.equal(parsed.dropped, 2);
    const log = ok(parseReviews(file({ good }, [{ card: 'a\u007f', rating: 3, at: '2025-03-02T00:00:00.000Z' }, { card: 'good', rating: 3, at: '2025-03-02T00:00:00.000Z' }])));
    assert.deepEqual(log.problems, [{ code: 'reviews.badEntry', args: ['log[0]', 'card'] }]);
  });
  it('걸린 시간은 0부터 Number.MAX_SAFE_INTEGER까지의 유한한 수', () => {
    const entries = [Number.MAX_SAFE_INTEGER, 2 ** 53, 0.5, -0.5].map((elapsed, i) => ({ card: 'good', rating: 3, at: `2025-03-0${i + 1}T00:00:00.000Z`, elapsed }));
    const parsed = ok(parseReviews(file({ good }, entries)));
    assert.deepEqual(parsed.data.log.map((e) => e.elapsed), [Number.MAX_SAFE_INTEGER, 0.5]);
    assert.deepEqual(parsed.problems.map((p) => p.args), [['log[1]', 'elapsed'], ['log[3]', 'elapsed']]);
  });
});

describe('복습 기록 파일: 로그가 없는 파일과 같은 시각의 채점 (missing log, grades at one instant)', () => {
  it('log가 없는 파일은 건너뛴 항목 없이 읽는다', () => {
    const parsed = ok(parseReviews(JSON.stringify({ format: 'crm-notes-reviews', version: 1, cards: { a1: state('2025-03-02T00:00:00.000Z') } })));
    assert.equal(parsed.dropped, 0);
    assert.deepEqual(parsed.problems, []);
  });
  it('같은 카드를 같은 시각에 다르게 채점한 기록은 평가 순으로, 넣은 순서와 상관없이', () => {
    const at = '2025-03-02T00:00:00.000Z';
    const entries = [1, 3, 4].map((rating) => ({ card: 'a1', rating: rating as 1 | 3 | 4, at }));
    for (const order of [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]]) {
      const log = order.map((i) => entries[i] as (typeof entries)[number]);
      const back = ok(parseReviews(serializeReviews({ cards: new Map([['a1', state(at)]]), log })));
      assert.deepEqual(back.data.log.map((e) => e.rating), [1, 3, 4], order.join(''));
    }
  });
});
