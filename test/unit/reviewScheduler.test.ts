import * as assert from 'node:assert/strict';
import { type Rating, type ReviewState, Scheduler, formatInterval, previewLabels } from '../../src/core/review/schedule';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 2025-03-03 09:00 KST; its study day runs from 2025-03-02T19:00Z to 2025-03-03T19:00Z. */
const MONDAY = new Date('2025-03-03T00:00:00.000Z');
const KST = { utcOffsetMinutes: 540 };

function at(ms: number): Date {
  return new Date(MONDAY.getTime() + ms);
}

function card(state: ReviewState['state'], due: string, lastReview = '2025-02-20T00:00:00.000Z'): ReviewState {
  return { due, stability: 5, difficulty: 5, reps: 3, lapses: 0, state, lastReview, scheduledDays: state === 'review' ? 5 : 0, learningSteps: 0 };
}

const ids = (list: readonly { id: string }[]): string[] => list.map((c) => c.id);

describe('채점 결과의 값 (FSRS grade values)', () => {
  const scheduler = new Scheduler(KST);
  it('새 카드 알맞음: 10분 뒤 학습 단계 1, 처음 채점이라 from은 new', () => {
    const { state, log } = scheduler.grade(undefined, 3, MONDAY);
    assert.deepEqual(state, {
      due: '2025-03-03T00:10:00.000Z',
      stability: 2.3065,
      difficulty: 2.11810397,
      reps: 1,
      lapses: 0,
      state: 'learning',
      scheduledDays: 0,
      learningSteps: 1,
      lastReview: '2025-03-03T00:00:00.000Z',
    });
    assert.deepEqual(log, { rating: 3, at: '2025-03-03T00:00:00.000Z', from: 'new', due: '2025-03-03T00:10:00.000Z' });
  });
  it('새 카드 쉬움은 바로 복습 단계로 8일 뒤; 학습 카드 알맞음은 복습 단계로 2일 뒤', () => {
    const easy = scheduler.grade(undefined, 4, MONDAY).state;
    assert.deepEqual([easy.state, easy.due, easy.scheduledDays], ['review', '2025-03-11T00:00:00.000Z', 8]);
    const learning = scheduler.grade(undefined, 3, MONDAY).state;
    const { state, log } = scheduler.grade(learning, 3, new Date(learning.due));
    assert.deepEqual([state.state, state.due, state.scheduledDays, state.reps, log.from], ['review', '2025-03-05T00:10:00.000Z', 2, 2, 'learning']);
  });
  it('복습 카드의 네 미리 보기: 다시 10분, 어려움 8일, 알맞음 11일, 쉬움 19일', () => {
    const learning = scheduler.grade(undefined, 3, MONDAY).state;
    const review = scheduler.grade(learning, 3, new Date(learning.due)).state;
    const previews = scheduler.preview(review, new Date(review.due));
    assert.deepEqual(previews.map((p) => [p.rating, p.due, p.ms]), [
      [1, '2025-03-05T00:20:00.000Z', 10 * MINUTE],
      [2, '2025-03-13T00:10:00.000Z', 8 * DAY],
      [3, '2025-03-16T00:10:00.000Z', 11 * DAY],
      [4, '2025-03-24T00:10:00.000Z', 19 * DAY],
    ]);
    assert.deepEqual(previewLabels(previews, 'ko'), ['10분', '8일', '11일', '19일']);
    const again = scheduler.grade(review, 1, new Date(review.due)).state;
    assert.deepEqual([again.state, again.lapses, again.reps, again.due], ['relearning', 1, 3, '2025-03-05T00:20:00.000Z']);
  });
  it('잘못된 평가의 오류 문구에는 받은 값이 들어 있다; Date가 아닌 시각도 RangeError', () => {
    assert.throws(() => scheduler.grade(undefined, 5 as Rating, MONDAY), { name: 'RangeError', message: 'rating must be 1, 2, 3 or 4 (got 5)' });
    assert.throws(() => scheduler.grade(undefined, 3, MONDAY.getTime() as unknown as Date), { name: 'RangeError', message: 'now must be a valid Date' });
    assert.throws(() => scheduler.preview(undefined, new Date(Number.NaN)), RangeError);
    assert.throws(() => scheduler.queue([], new Map(), new Date(Number.NaN), { mode: 'due' }), RangeError);
  });
  it('1970년 전 시각은 1970-01-01로, 9999년 끝을 넘는 기한은 9999-12-31T23:59:59.999Z로', () => {
    const past = scheduler.grade(undefined, 3, new Date(-1e12));
    assert.equal(past.log.at, '1970-01-01T00:00:00.000Z');
    assert.equal(past.state.due, '1970-01-01T00:10:00.000Z');
    const last = scheduler.grade(undefined, 4, new Date('9999-12-31T00:00:00.000Z')).state;
    assert.equal(last.due, '9999-12-31T23:59:59.999Z');
    assert.equal(last.scheduledDays, 1);
    assert.equal(scheduler.grade(undefined, 3, new Date(8.64e15)).log.at, '9999-12-31T23:59:59.999Z');
  });
  it('시계가 마지막 복습보다 앞서 있으면 마지막 복습 시각으로 미리 보기도 계산한다', () => {
    const learning = scheduler.grade(undefined, 3, MONDAY).state;
    const early = scheduler.preview(learning, at(-DAY));
    assert.deepEqual(early, scheduler.preview(learning, MONDAY));
    assert.ok(early.every((p) => p.ms > 0));
  });
  it('회상 확률: 마지막 복습이 없는 상태와 새 카드는 0', () => {
    const review = card('review', '2025-03-10T00:00:00.000Z');
    assert.equal(scheduler.retrievability({ ...review, lastReview: undefined }, MONDAY), 0);
    assert.equal(scheduler.retrievability({ ...review, state: 'new' }, MONDAY), 0);
    assert.equal(scheduler.retrievability({ ...review, stability: 10, lastReview: at(-10 * DAY).toISOString() }, MONDAY), 0.9, 'stability is the days to 90 %');
  });
});

describe('보존율이 간격을 정한다 (retention sets the intervals)', () => {
  // A review card of stability 30 graded 30 days ago, due now.
  const review: ReviewState = { due: MONDAY.toISOString(), stability: 30, difficulty: 5, reps: 5, lapses: 0, state: 'review', lastReview: at(-30 * DAY).toISOString(), scheduledDays: 30, learningSteps: 0 };
  const dues = (scheduler: Scheduler): string[] => scheduler.preview(review, MONDAY).map((p) => p.due);
  it('보통 보존율 0.9: 다시 10분, 어려움 63일, 알맞음 85일, 쉬움 133일', () => {
    assert.deepEqual(dues(new Scheduler(KST)), ['2025-03-03T00:10:00.000Z', '2025-05-05T00:00:00.000Z', '2025-05-27T00:00:00.000Z', '2025-07-14T00:00:00.000Z']);
  });
  it('시험 모드 보존율 0.95: 어려움 25일, 알맞음 34일, 쉬움 54일 (퍼즈 없이 언제나 같다)', () => {
    assert.deepEqual(dues(new Scheduler({ ...KST, examDate: '2026-12-01' })), ['2025-03-03T00:10:00.000Z', '2025-03-28T00:00:00.000Z', '2025-04-06T00:00:00.000Z', '2025-04-26T00:00:00.000Z']);
  });
  it('보존율 0.8이면 새 카드 쉬움이 28일 뒤 (0.9에서는 8일)', () => {
    assert.equal(new Scheduler({ ...KST, retention: 0.8 }).grade(undefined, 4, MONDAY).state.due, '2025-03-31T00:00:00.000Z');
  });
});

describe('설정값의 범위 (scheduler settings)', () => {
  it('시험 보존율: 기본 0.95, 0.7–0.99로 자르고, 보통 보존율보다 낮아지지 않는다', () => {
    assert.equal(new Scheduler().examRetention, 0.95);
    assert.equal(new Scheduler({ examRetention: 1.2 }).examRetention, 0.99);
    assert.equal(new Scheduler({ examRetention: 0.5 }).examRetention, 0.9);
    assert.equal(new Scheduler({ retention: 0.7, examRetention: 0.5 }).examRetention, 0.7);
    assert.equal(new Scheduler({ retention: 0.8, examRetention: 0.85 }).examRetention, 0.85);
    assert.equal(new Scheduler({ retention: 0.8 }).retention, 0.8);
    assert.equal(new Scheduler({ retention: '0.8' as unknown as number }).retention, 0.9, 'a setting that is not a number is the default');
    assert.equal(new Scheduler({ retention: Number.POSITIVE_INFINITY }).retention, 0.9);
  });
  it('하루 새 카드 수: 기본 20, 반올림, 0–10000', () => {
    assert.equal(new Scheduler().newPerDay, 20);
    assert.equal(new Scheduler({ newPerDay: 2.6 }).newPerDay, 3);
    assert.equal(new Scheduler({ newPerDay: 2.4 }).newPerDay, 2);
    assert.equal(new Scheduler({ newPerDay: 20_000 }).newPerDay, 10_000);
    assert.equal(new Scheduler({ newPerDay: 0 }).newPerDay, 0);
  });
  it('최대 간격: 반올림하고 최소 1일; 쉬움도 그 이상 가지 않는다', () => {
    const due = (maximumIntervalDays: number): string => new Scheduler({ ...KST, maximumIntervalDays }).grade(undefined, 4, MONDAY).state.due;
    assert.equal(due(2.6), '2025-03-06T00:00:00.000Z');
    assert.equal(due(2.4), '2025-03-05T00:00:00.000Z');
    assert.equal(due(0), '2025-03-04T00:00:00.000Z');
    assert.equal(due(1e9), '2025-03-11T00:00:00.000Z', 'clamped to 36500: FSRS decides');
    assert.equal(new Scheduler({ ...KST, maximumIntervalDays: 2.6 }).grade(undefined, 4, MONDAY).state.scheduledDays, 3);
  });
  it('시간대와 하루 시작 시각: 하루는 현지 dayStartHour에 시작한다 (범위 밖은 경계로)', () => {
    assert.equal(new Scheduler(KST).dayStartOf(MONDAY), Date.parse('2025-03-02T19:00:00.000Z'));
    assert.equal(new Scheduler({ ...KST, dayStartHour: 9 }).dayStartOf(MONDAY), Date.parse('2025-03-03T00:00:00.000Z'), 'exactly at the start');
    assert.equal(new Scheduler({ ...KST, dayStartHour: 9 }).dayStartOf(at(-1)), Date.parse('2025-03-02T00:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: 0, dayStartHour: 0 }).dayStartOf(at(13 * HOUR)), Date.parse('2025-03-03T00:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: 0, dayStartHour: 23.7 }).dayStartOf(MONDAY), Date.parse('2025-03-02T23:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: 0, dayStartHour: 30 }).dayStartOf(MONDAY), Date.parse('2025-03-02T23:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: 0, dayStartHour: -5 }).dayStartOf(at(HOUR)), Date.parse('2025-03-03T00:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: 0 }).dayStartOf(MONDAY), Date.parse('2025-03-02T04:00:00.000Z'), 'default 04:00');
    // UTC+14 at most (Kiribati), UTC−14 at least; fractions of a minute round.
    assert.equal(new Scheduler({ utcOffsetMinutes: 2000 }).dayStartOf(MONDAY), Date.parse('2025-03-02T14:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: -2000 }).dayStartOf(MONDAY), Date.parse('2025-03-02T18:00:00.000Z'));
    assert.equal(new Scheduler({ utcOffsetMinutes: 539.6 }).dayStartOf(MONDAY), Date.parse('2025-03-02T19:00:00.000Z'));
  });
  it('앞당겨 보기(learnAheadMinutes): 기본 20분, 0이면 기한이 된 학습 카드만, 최대 하루', () => {
    const states = (minutes: number): Map<string, ReviewState> => new Map([['x', card('learning', at(minutes * MINUTE).toISOString())]]);
    const shown = (options: ConstructorParameters<typeof Scheduler>[0], minutes: number): boolean => new Scheduler(options).queue([{ id: 'x' }], states(minutes), MONDAY, { mode: 'due' }).cards.length === 1;
    assert.equal(shown(KST, 20), true);
    assert.equal(shown(KST, 20.001), false);
    assert.equal(shown({ ...KST, learnAheadMinutes: 0 }, 0), true);
    assert.equal(shown({ ...KST, learnAheadMinutes: 0 }, 1), false);
    assert.equal(shown({ ...KST, learnAheadMinutes: 5000 }, 1440), true);
    assert.equal(shown({ ...KST, learnAheadMinutes: 5000 }, 1441), false);
    assert.equal(shown({ ...KST, learnAheadMinutes: -5 }, 1), false);
  });
});

describe('복습 큐의 경계 (queue boundaries)', () => {
  const scheduler = new Scheduler({ ...KST, newPerDay: 2 });
  it('복습 카드는 학습일이 끝나기 1ms 전 기한까지 오늘, 끝나는 순간 기한은 내일', () => {
    const states = new Map([
      ['last', card('review', '2025-03-03T18:59:59.999Z')],
      ['next', card('review', '2025-03-03T19:00:00.000Z')],
    ]);
    assert.deepEqual(ids(scheduler.queue([{ id: 'next' }, { id: 'last' }], states, MONDAY, { mode: 'due' }).cards), ['last']);
  });
  it('재학습 카드도 학습 카드처럼 20분 창으로 본다 (오늘 안이라도 그 뒤는 아직)', () => {
    const states = new Map([
      ['soon', card('relearning', at(20 * MINUTE).toISOString())],
      ['tonight', card('relearning', at(5 * HOUR).toISOString())],
      ['reviewTonight', card('review', at(5 * HOUR).toISOString())],
    ]);
    const queue = scheduler.queue([{ id: 'tonight' }, { id: 'soon' }, { id: 'reviewTonight' }], states, MONDAY, { mode: 'due' });
    assert.deepEqual(ids(queue.cards), ['soon', 'reviewTonight']);
    assert.equal(queue.reviews, 2);
    assert.equal(queue.fresh, 0);
  });
  it('기한이 같으면 주어진 순서대로, 다르면 이른 기한부터', () => {
    const states = new Map([
      ['b', card('review', '2025-03-01T00:00:00.000Z')],
      ['a', card('review', '2025-03-01T00:00:00.000Z')],
      ['early', card('review', '2025-02-28T00:00:00.000Z')],
    ]);
    assert.deepEqual(ids(scheduler.queue([{ id: 'b' }, { id: 'a' }, { id: 'early' }], states, MONDAY, { mode: 'due' }).cards), ['early', 'b', 'a']);
    assert.deepEqual(ids(scheduler.queue([{ id: 'a' }, { id: 'b' }, { id: 'early' }], states, MONDAY, { mode: 'due' }).cards), ['early', 'a', 'b']);
  });
  it('새 카드 한도와 오늘 본 수는 내림하고 음수는 0으로', () => {
    const fresh = ['n1', 'n2', 'n3', 'n4'].map((id) => ({ id }));
    const count = (options: { newPerDay?: number; newSeenToday?: number }): number => scheduler.queue(fresh, new Map(), MONDAY, { mode: 'due', ...options }).fresh;
    assert.equal(count({}), 2);
    assert.equal(count({ newPerDay: 3.9 }), 3);
    assert.equal(count({ newPerDay: -1 }), 0);
    assert.equal(count({ newPerDay: 0 }), 0);
    assert.equal(count({ newSeenToday: 1.9 }), 1);
    assert.equal(count({ newSeenToday: -3 }), 2);
    assert.equal(count({ newPerDay: 3, newSeenToday: 1 }), 2);
    assert.equal(count({ newPerDay: 10 }), 4, 'no more than there are');
  });
  it('새 상태(new)로 저장된 카드는 새 카드로 센다', () => {
    const states = new Map([['n', { ...card('review', '2025-03-01T00:00:00.000Z'), state: 'new' as const }]]);
    const queue = scheduler.queue([{ id: 'n' }], states, MONDAY, { mode: 'due' });
    assert.deepEqual([queue.reviews, queue.fresh], [0, 1]);
    const cram = scheduler.queue([{ id: 'n' }, { id: 'r' }], new Map([...states, ['r', card('review', '2025-04-01T00:00:00.000Z')]]), MONDAY, { mode: 'cram' });
    assert.deepEqual([ids(cram.cards), cram.reviews, cram.fresh], [['n', 'r'], 1, 1]);
  });
  it('벼락치기에서도 같은 id는 한 번만, 새 카드 수는 나머지', () => {
    const states = new Map([['r', card('review', '2025-04-01T00:00:00.000Z')]]);
    const queue = scheduler.queue([{ id: 'r' }, { id: 'x' }, { id: 'r' }, { id: 'y' }, { id: 'x' }], states, MONDAY, { mode: 'cram' });
    assert.deepEqual(ids(queue.cards), ['r', 'x', 'y']);
    assert.deepEqual([queue.reviews, queue.fresh], [1, 2]);
  });
  it('오늘 처음 본 카드: 학습일 시작 순간은 오늘, 끝나는 순간은 아니다; 잘못된 시각은 건너뛴다; 로그 순서와 상관없다', () => {
    const log = [
      { card: 'startOfDay', at: '2025-03-02T19:00:00.000Z' },
      { card: 'endOfDay', at: '2025-03-03T19:00:00.000Z' },
      { card: 'beforeDay', at: '2025-03-02T18:59:59.999Z' },
      { card: 'seenBefore', at: '2025-03-03T01:00:00.000Z' },
      { card: 'seenBefore', at: '2025-02-01T00:00:00.000Z' },
      { card: 'broken', at: '어제' },
      { card: 'today', at: '2025-03-03T00:00:00.000Z' },
      { card: 'today', at: '어제' },
    ];
    assert.equal(scheduler.newSeenToday(log, MONDAY), 2);
    assert.equal(scheduler.newSeenToday(log, new Date('2025-03-03T19:00:00.000Z')), 1, 'the next study day');
  });
});

describe('시험 모드의 경계 (exam mode boundaries)', () => {
  // Exam Monday 2025-03-10 KST; its eve starts Sunday 04:00 KST (2025-03-08T19:00Z).
  const EVE = Date.parse('2025-03-08T19:00:00.000Z');
  const exam = new Scheduler({ ...KST, examDate: '2025-03-10' });

  it('시험 모드에서는 보존율 0.95로 쉬움도 3일, 전날 시작을 넘는 기한은 전날 시작으로 자르고 예정 일수도 맞춘다', () => {
    const first = exam.grade(undefined, 4, MONDAY).state;
    assert.deepEqual([first.due, first.scheduledDays], ['2025-03-06T00:00:00.000Z', 3]);
    const second = exam.grade(first, 4, new Date(first.due));
    assert.deepEqual([second.state.due, second.state.scheduledDays, second.log.due], ['2025-03-08T19:00:00.000Z', 3, '2025-03-08T19:00:00.000Z']);
  });
  it('전날 시작 1ms 전의 채점은 잘리고, 전날 시작 순간의 채점은 잘리지 않는다', () => {
    const review = card('review', '2025-03-08T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
    assert.equal(exam.grade(review, 4, new Date(EVE - 1)).state.due, '2025-03-08T19:00:00.000Z');
    assert.ok(Date.parse(exam.grade(review, 4, new Date(EVE)).state.due) > EVE + DAY);
  });
  it('시험 당일 시작 순간부터는 보통 보존율로 채점한다', () => {
    const start = new Date(EVE + DAY);
    const review = card('review', '2025-03-09T00:00:00.000Z', '2025-03-01T00:00:00.000Z');
    assert.deepEqual(exam.grade(review, 3, start), new Scheduler(KST).grade(review, 3, start));
    const eve = new Date(EVE + HOUR);
    assert.notDeepEqual(exam.grade(review, 3, eve).state.due, new Scheduler(KST).grade(review, 3, eve).state.due, 'the eve still uses exam retention');
  });
  it('전날에 끌어오는 것은 전날 전에 채점되고 전날 뒤로 잡힌 카드만', () => {
    const onEve = new Date(EVE + HOUR);
    const queue = (state: ReviewState): string[] => ids(exam.queue([{ id: 'x' }], new Map([['x', state]]), onEve, { mode: 'due' }).cards);
    assert.deepEqual(queue(card('review', '2025-04-20T00:00:00.000Z', new Date(EVE - 1).toISOString())), ['x']);
    assert.deepEqual(queue(card('review', '2025-04-20T00:00:00.000Z', new Date(EVE).toISOString())), [], 'graded at the eve start');
    assert.equal(exam.effectiveDue(card('review', '2025-04-20T00:00:00.000Z'), onEve), EVE);
    assert.equal(exam.effectiveDue(card('review', '2025-03-08T18:00:00.000Z'), onEve), Date.parse('2025-03-08T18:00:00.000Z'), 'due before the eve stays');
    assert.equal(exam.effectiveDue(card('review', '2025-04-20T00:00:00.000Z'), new Date(EVE + DAY)), Date.parse('2025-04-20T00:00:00.000Z'), 'not from the exam day on');
    assert.equal(exam.effectiveDue({ ...card('review', '2025-04-20T00:00:00.000Z'), lastReview: undefined }, onEve), EVE, 'a card never reviewed counts as reviewed before the eve');
  });
  it('시험 날짜는 앞뒤 공백을 무시하고, 윤년 2월 29일은 있는 날, 13월과 다섯 자리 연도는 없는 날', () => {
    assert.ok(new Scheduler({ ...KST, examDate: ' 2025-03-10 ' }).examActive(MONDAY));
    assert.ok(new Scheduler({ ...KST, examDate: '2028-02-29' }).examActive(MONDAY));
    assert.ok(!new Scheduler({ ...KST, examDate: '2025-13-01' }).examActive(MONDAY));
    assert.ok(!new Scheduler({ ...KST, examDate: '2025-04-31' }).examActive(MONDAY));
    assert.ok(!new Scheduler({ ...KST, examDate: '2025-03-10x' }).examActive(MONDAY));
    assert.ok(!new Scheduler({ ...KST, examDate: '12025-03-10' }).examActive(MONDAY));
    assert.ok(!new Scheduler(KST).examActive(MONDAY));
    assert.equal(new Scheduler(KST).effectiveDue(card('review', '2025-04-20T00:00:00.000Z'), MONDAY), Date.parse('2025-04-20T00:00:00.000Z'));
  });
  it('시험 시작은 현지 dayStartHour 기준: UTC에서 0시 시작이면 그날 00:00Z', () => {
    const utc = new Scheduler({ utcOffsetMinutes: 0, dayStartHour: 0, examDate: '2025-03-10' });
    assert.ok(utc.examActive(new Date('2025-03-09T23:59:59.999Z')));
    assert.ok(!utc.examActive(new Date('2025-03-10T00:00:00.000Z')));
  });
});

describe('간격 표시의 경계 (formatInterval boundaries)', () => {
  it('분은 반올림하고 59.5분은 아직 분, 1시간부터 시간, 하루부터 일, 30일부터 개월, 365일부터 년', () => {
    const cases: Array<[number, string, string]> = [
      [89_999, '1분', '1 min'],
      [90_000, '2분', '2 min'],
      [59.5 * MINUTE, '60분', '60 min'],
      [HOUR, '1시간', '1 h'],
      [23.4 * HOUR, '23시간', '23 h'],
      [DAY - 1, '24시간', '24 h'],
      [29.4 * DAY, '29일', '29 d'],
      [29.5 * DAY, '30일', '30 d'],
      [30 * DAY, '1개월', '1 mo'],
      [31 * DAY, '1개월', '1 mo'],
      [45 * DAY, '1.5개월', '1.5 mo'],
      [364 * DAY, '12.1개월', '12.1 mo'],
      [365 * DAY, '1년', '1 y'],
      [400 * DAY, '1.1년', '1.1 y'],
      [730 * DAY, '2년', '2 y'],
      [Number.POSITIVE_INFINITY, '1분', '1 min'],
    ];
    for (const [ms, ko, en] of cases) {
      assert.equal(formatInterval(ms, 'ko'), ko, String(ms));
      assert.equal(formatInterval(ms, 'en'), en, String(ms));
    }
  });
});

describe('시간대를 주지 않으면 (host time zone)', () => {
  function inZone<T>(zone: string, run: () => T): T {
    const before = process.env['TZ'];
    process.env['TZ'] = zone;
    try {
      return run();
    } finally {
      if (before === undefined) {
        delete process.env['TZ'];
      } else {
        process.env['TZ'] = before;
      }
    }
  }
  it('그 시각의 호스트 시간대로 하루를 나눈다: 서울은 04:00 KST, 뉴욕은 서머타임에 따라 04:00 EDT·EST', () => {
    assert.equal(inZone('Asia/Seoul', () => new Scheduler().dayStartOf(MONDAY)), Date.parse('2025-03-02T19:00:00.000Z'));
    assert.equal(inZone('America/New_York', () => new Scheduler().dayStartOf(new Date('2025-07-01T12:00:00.000Z'))), Date.parse('2025-07-01T08:00:00.000Z'));
    assert.equal(inZone('America/New_York', () => new Scheduler().dayStartOf(new Date('2025-01-01T12:00:00.000Z'))), Date.parse('2025-01-01T09:00:00.000Z'));
  });
  it('시험 날짜도 호스트 시간대의 하루 시작부터', () => {
    const active = (now: string): boolean => inZone('Asia/Seoul', () => new Scheduler({ examDate: '2025-03-10' }).examActive(new Date(now)));
    assert.equal(active('2025-03-09T18:59:59.999Z'), true);
    assert.equal(active('2025-03-09T19:00:00.000Z'), false);
  });
});
