import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { isTimestamp } from '../../src/core/review/state';
import { type Rating, type ReviewState, Scheduler, formatInterval, previewLabels } from '../../src/core/review/schedule';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** 2025-03-03 09:00 in Korea (UTC+9). */
const MONDAY = new Date('2025-03-03T00:00:00.000Z');
const KST = { utcOffsetMinutes: 540 };

function at(base: Date, ms: number): Date {
  return new Date(base.getTime() + ms);
}

/** Grades a card again and again, each time at its due date, and returns the last state. */
function study(scheduler: Scheduler, ratings: readonly Rating[], start = MONDAY): ReviewState {
  let state: ReviewState | undefined;
  let now = start;
  for (const rating of ratings) {
    state = scheduler.grade(state, rating, now).state;
    now = new Date(state.due);
  }
  return state as ReviewState;
}

function reviewCard(due: string, lastReview: string): ReviewState {
  return { due, stability: 30, difficulty: 5, reps: 4, lapses: 0, state: 'review', lastReview, scheduledDays: 30, learningSteps: 0 };
}

describe('복습 일정 (FSRS)', () => {
  it('새 카드의 네 가지 간격: 다시·어려움·알맞음은 분 단위 학습 단계, 쉬움은 며칠', () => {
    const labels = previewLabels(new Scheduler(KST).preview(undefined, MONDAY), 'ko');
    assert.deepEqual(labels.slice(0, 3), ['1분', '6분', '10분']);
    assert.match(labels[3] as string, /^\d+일$/);
  });
  it('간격은 평가가 높을수록 길다', () => {
    const scheduler = new Scheduler(KST);
    const state = study(scheduler, [3, 3, 3]);
    const previews = scheduler.preview(state, new Date(state.due));
    for (let i = 1; i < 4; i++) {
      assert.ok((previews[i]?.ms as number) >= (previews[i - 1]?.ms as number), JSON.stringify(previews));
    }
  });
  it('채점 결과는 미리 보기의 같은 평가와 같다', () => {
    const scheduler = new Scheduler(KST);
    const state = study(scheduler, [3, 3]);
    const now = new Date(state.due);
    const previews = scheduler.preview(state, now);
    for (const rating of [1, 2, 3, 4] as const) {
      assert.equal(scheduler.grade(state, rating, now).state.due, previews[rating - 1]?.due);
    }
  });
  it('같은 상태·같은 시각·같은 평가는 언제나 같은 결과 (퍼즈 없음, 창 사이에서도)', () => {
    const a = study(new Scheduler(KST), [3, 3, 2, 3, 4]);
    const b = study(new Scheduler(KST), [3, 3, 2, 3, 4]);
    assert.deepEqual(a, b);
  });
  it('시간은 인자로만 받는다: 채점 중에 시계를 읽지 않는다', () => {
    const real = Date.now;
    Date.now = () => {
      throw new Error('the clock was read');
    };
    try {
      const scheduler = new Scheduler(KST);
      const state = scheduler.grade(undefined, 3, MONDAY).state;
      scheduler.preview(state, MONDAY);
      scheduler.retrievability(state, at(MONDAY, DAY));
    } finally {
      Date.now = real;
    }
  });
  it('상태는 평범한 JSON: Date도 enum도 없다', () => {
    const state = study(new Scheduler(KST), [3, 3]);
    assert.deepEqual(JSON.parse(JSON.stringify(state)), state);
    assert.equal(state.state, 'review');
    assert.ok(isTimestamp(state.due) && isTimestamp(state.lastReview));
  });
  it('다시(1)를 누르면 복습 카드는 재학습으로, 망각 횟수가 는다', () => {
    const scheduler = new Scheduler(KST);
    const state = study(scheduler, [3, 3, 3]);
    const { state: next, log } = scheduler.grade(state, 1, new Date(state.due));
    assert.equal(next.state, 'relearning');
    assert.equal(next.lapses, state.lapses + 1);
    assert.equal(log.from, 'review');
  });
  it('시계가 거꾸로 가도 (마지막 복습보다 이른 시각) 마지막 복습 시각으로 채점해 기한이 유한하다', () => {
    const scheduler = new Scheduler(KST);
    const state = study(scheduler, [3, 3]);
    const { state: next, log } = scheduler.grade(state, 3, at(MONDAY, -400 * DAY));
    assert.equal(log.at, state.lastReview);
    assert.ok(Date.parse(next.due) >= Date.parse(state.lastReview as string));
    assert.ok(isTimestamp(next.due));
  });
  it('아주 먼 과거나 미래의 시각에도 기한은 유한하고 파일에 쓸 수 있는 형식이다', () => {
    const scheduler = new Scheduler(KST);
    for (const now of [new Date(-8.64e15), new Date(8.64e15), new Date('1900-01-01T00:00:00Z'), new Date('9999-12-31T00:00:00Z')]) {
      const state = study(scheduler, [4, 4, 4], now);
      assert.ok(isTimestamp(state.due), state.due);
      assert.ok(isTimestamp(state.lastReview), String(state.lastReview));
    }
  });
  it('무작위 평가와 시각으로도 상태가 늘 유효하다 (속성 시험)', () => {
    const scheduler = new Scheduler({ ...KST, examDate: '2025-06-20' });
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom<Rating>(1, 2, 3, 4), fc.integer({ min: -30 * DAY, max: 200 * DAY })), { minLength: 1, maxLength: 30 }), (steps) => {
        let state: ReviewState | undefined;
        for (const [rating, offset] of steps) {
          state = scheduler.grade(state, rating, at(MONDAY, offset)).state;
          assert.ok(isTimestamp(state.due) && Number.isFinite(state.stability) && Number.isFinite(state.difficulty));
          assert.ok(Date.parse(state.due) >= Date.parse(state.lastReview as string));
        }
      }),
      { numRuns: 100 },
    );
  });
  it('회상 확률: 새 카드는 0, 복습 직후는 1에 가깝고 시간이 지날수록 줄어든다', () => {
    const scheduler = new Scheduler(KST);
    assert.equal(scheduler.retrievability(undefined, MONDAY), 0);
    const state = study(scheduler, [3, 3]);
    const last = new Date(state.lastReview as string);
    const soon = scheduler.retrievability(state, last);
    const later = scheduler.retrievability(state, at(last, 10 * DAY));
    assert.ok(soon > 0.99 && later < soon && later > 0, `${soon} ${later}`);
  });
  it('잘못된 평가(0, 5)는 RangeError', () => {
    const scheduler = new Scheduler(KST);
    assert.throws(() => scheduler.grade(undefined, 0 as Rating, MONDAY), RangeError);
    assert.throws(() => scheduler.grade(undefined, 5 as Rating, MONDAY), RangeError);
    assert.throws(() => scheduler.grade(undefined, 3, new Date(Number.NaN)), RangeError);
  });
  it('설정값이 범위를 벗어나면 기본값이나 경계로 맞춘다', () => {
    assert.equal(new Scheduler({ retention: Number.NaN }).retention, 0.9);
    assert.equal(new Scheduler({ retention: 1.5 }).retention, 0.99);
    assert.equal(new Scheduler({ retention: 0.2 }).retention, 0.7);
    assert.equal(new Scheduler({ newPerDay: -3 }).newPerDay, 0);
  });
  it('최대 간격(maximumIntervalDays)을 넘는 간격은 없다', () => {
    const scheduler = new Scheduler({ ...KST, maximumIntervalDays: 7 });
    const state = study(scheduler, [4, 4, 4, 4, 4]);
    assert.ok(state.scheduledDays <= 7, String(state.scheduledDays));
  });
});

describe('간격 표시 (formatInterval)', () => {
  it('한국어: 10분, 3시간, 1일, 3일, 2.5개월, 1.2년', () => {
    assert.equal(formatInterval(10 * MINUTE, 'ko'), '10분');
    assert.equal(formatInterval(3 * 60 * MINUTE, 'ko'), '3시간');
    assert.equal(formatInterval(DAY, 'ko'), '1일');
    assert.equal(formatInterval(3 * DAY, 'ko'), '3일');
    assert.equal(formatInterval(75 * DAY, 'ko'), '2.5개월');
    assert.equal(formatInterval(60 * DAY, 'ko'), '2개월');
    assert.equal(formatInterval(438 * DAY, 'ko'), '1.2년');
  });
  it('영어: 10 min, 1 d, 2.5 mo', () => {
    assert.equal(formatInterval(10 * MINUTE, 'en'), '10 min');
    assert.equal(formatInterval(DAY, 'en'), '1 d');
    assert.equal(formatInterval(75 * DAY, 'en'), '2.5 mo');
  });
  it('0이나 음수, NaN은 1분으로 (버튼에 빈 칸이 없게)', () => {
    assert.equal(formatInterval(0, 'ko'), '1분');
    assert.equal(formatInterval(-5, 'ko'), '1분');
    assert.equal(formatInterval(Number.NaN, 'en'), '1 min');
  });
});

describe('시험 모드 (examDate)', () => {
  // The exam is on Monday 2025-03-10; its eve (the study day before) starts Sunday 04:00 KST.
  const EXAM = '2025-03-10';
  const EVE_START = Date.parse('2025-03-08T19:00:00.000Z');
  const EXAM_START = EVE_START + DAY;

  it('시험 전에는 목표 보존율이 0.95로 올라 간격이 짧아진다', () => {
    const normal = new Scheduler(KST);
    const exam = new Scheduler({ ...KST, examDate: '2025-12-01' });
    assert.equal(exam.examRetention, 0.95);
    assert.ok(exam.examActive(MONDAY));
    const a = normal.preview(study(normal, [3, 3]), MONDAY)[2].ms;
    const b = exam.preview(study(exam, [3, 3]), MONDAY)[2].ms;
    assert.ok(b < a, `${b} < ${a}`);
  });
  it('보존율 설정이 시험 보존율보다 높으면 그대로 쓴다', () => {
    assert.equal(new Scheduler({ retention: 0.97, examDate: EXAM }).examRetention, 0.97);
  });
  it('전날 전에 채점하면 어떤 간격도 시험 전날 시작(04:00)을 넘지 않는다', () => {
    const scheduler = new Scheduler({ ...KST, examDate: EXAM });
    let state: ReviewState | undefined;
    let now = MONDAY;
    for (let i = 0; i < 6 && now.getTime() < EVE_START; i++) {
      state = scheduler.grade(state, 4, now).state;
      assert.ok(Date.parse(state.due) <= EVE_START, state.due);
      now = new Date(state.due);
    }
    for (const preview of scheduler.preview(state, MONDAY)) {
      assert.ok(Date.parse(preview.due) <= EVE_START, preview.due);
    }
  });
  it('시험 전날이나 당일에 채점하면 상한이 없다 (더 앞당길 날이 없다)', () => {
    const scheduler = new Scheduler({ ...KST, examDate: EXAM });
    const state = study(scheduler, [4, 4]);
    const onEve = scheduler.grade(state, 4, new Date(EVE_START + 3 * 60 * MINUTE)).state;
    assert.ok(Date.parse(onEve.due) > EXAM_START, onEve.due);
  });
  it('시험 날짜 전에 잡힌, 시험 뒤로 가는 기한도 전날에는 복습 큐에 들어온다', () => {
    const scheduler = new Scheduler({ ...KST, examDate: EXAM });
    const card = { id: 'far' };
    const states = new Map([['far', reviewCard('2025-04-20T00:00:00.000Z', '2025-03-01T00:00:00.000Z')]]);
    const dayBefore = new Date(EVE_START - 2 * 60 * MINUTE);
    const onEve = new Date(EVE_START + 60 * MINUTE);
    assert.deepEqual(scheduler.queue([card], states, dayBefore, { mode: 'due' }).cards, []);
    assert.deepEqual(scheduler.queue([card], states, onEve, { mode: 'due' }).cards, [card]);
    // Graded on the eve, it is not pulled back again.
    const graded = new Map([['far', reviewCard('2025-04-20T00:00:00.000Z', new Date(EVE_START + 30 * MINUTE).toISOString())]]);
    assert.deepEqual(scheduler.queue([card], graded, onEve, { mode: 'due' }).cards, []);
  });
  it('시험 당일부터는 보통 일정으로 돌아간다', () => {
    const scheduler = new Scheduler({ ...KST, examDate: EXAM });
    assert.ok(scheduler.examActive(new Date(EXAM_START - 1)));
    assert.ok(!scheduler.examActive(new Date(EXAM_START)));
    const state = study(new Scheduler(KST), [3, 3]);
    const after = new Date(EXAM_START + 2 * DAY);
    assert.deepEqual(scheduler.preview(state, after), new Scheduler(KST).preview(state, after));
  });
  it('있을 수 없는 날짜(2025-02-30)나 형식이 틀린 날짜는 시험 모드를 켜지 않는다', () => {
    for (const examDate of ['2025-02-30', '2025/03/10', '내일', '']) {
      assert.ok(!new Scheduler({ ...KST, examDate }).examActive(MONDAY), examDate);
    }
  });
});

describe('복습 큐 (queue)', () => {
  const scheduler = new Scheduler({ ...KST, newPerDay: 2 });
  const cards = ['new1', 'dueLate', 'notDue', 'new2', 'dueEarly', 'new3'].map((id) => ({ id }));
  const states = new Map<string, ReviewState>([
    ['dueLate', reviewCard('2025-03-02T00:00:00.000Z', '2025-02-01T00:00:00.000Z')],
    ['dueEarly', reviewCard('2025-02-20T00:00:00.000Z', '2025-01-20T00:00:00.000Z')],
    ['notDue', reviewCard('2025-03-20T00:00:00.000Z', '2025-02-20T00:00:00.000Z')],
  ]);
  const ids = (list: readonly { id: string }[]): string[] => list.map((c) => c.id);

  it('기한이 된 복습 카드가 먼저(이른 기한부터), 그 다음 새 카드가 하루 한도까지', () => {
    const queue = scheduler.queue(cards, states, MONDAY, { mode: 'due' });
    assert.deepEqual(ids(queue.cards), ['dueEarly', 'dueLate', 'new1', 'new2']);
    assert.equal(queue.reviews, 2);
    assert.equal(queue.fresh, 2);
  });
  it('오늘 이미 본 새 카드 수만큼 새 카드가 줄고, 한도를 옵션으로 바꿀 수 있다', () => {
    assert.deepEqual(ids(scheduler.queue(cards, states, MONDAY, { mode: 'due', newSeenToday: 1 }).cards), ['dueEarly', 'dueLate', 'new1']);
    assert.deepEqual(ids(scheduler.queue(cards, states, MONDAY, { mode: 'due', newSeenToday: 5 }).cards), ['dueEarly', 'dueLate']);
    assert.deepEqual(ids(scheduler.queue(cards, states, MONDAY, { mode: 'due', newPerDay: 3 }).cards), ['dueEarly', 'dueLate', 'new1', 'new2', 'new3']);
  });
  it('벼락치기(cram)는 주어진 카드 전부를 주어진 순서대로', () => {
    const queue = scheduler.queue(cards, states, MONDAY, { mode: 'cram' });
    assert.deepEqual(ids(queue.cards), ids(cards));
    assert.equal(queue.reviews, 3);
  });
  it('복습 카드는 오늘(새벽 4시에 시작하는 하루) 안에 기한이 되면 아침부터 보여 준다', () => {
    // Due Monday 21:00 KST; at 09:00 KST it is already in Monday's queue, but not on Sunday.
    const evening = new Map([['a', reviewCard('2025-03-03T12:00:00.000Z', '2025-03-01T12:00:00.000Z')]]);
    assert.deepEqual(ids(scheduler.queue([{ id: 'a' }], evening, MONDAY, { mode: 'due' }).cards), ['a']);
    assert.deepEqual(ids(scheduler.queue([{ id: 'a' }], evening, at(MONDAY, -DAY), { mode: 'due' }).cards), []);
    // At 02:00 KST on Tuesday it is still Monday's study day.
    const lateNight = new Map([['b', reviewCard('2025-03-03T18:00:00.000Z', '2025-03-01T12:00:00.000Z')]]);
    assert.deepEqual(ids(scheduler.queue([{ id: 'b' }], lateNight, new Date('2025-03-03T17:00:00.000Z'), { mode: 'due' }).cards), ['b']);
  });
  it('학습 단계 카드는 20분 안에 기한이 되면 지금 보여 준다 (다시 누른 카드가 같은 자리에서 돌아온다)', () => {
    const state = scheduler.grade(undefined, 1, MONDAY).state;
    const learning = new Map([['x', state]]);
    assert.deepEqual(ids(scheduler.queue([{ id: 'x' }], learning, MONDAY, { mode: 'due' }).cards), ['x']);
    const later = new Map([['x', { ...state, due: at(MONDAY, 30 * MINUTE).toISOString() }]]);
    assert.deepEqual(ids(scheduler.queue([{ id: 'x' }], later, MONDAY, { mode: 'due' }).cards), []);
  });
  it('같은 id는 한 번만 보여 준다', () => {
    assert.deepEqual(ids(scheduler.queue([{ id: 'a' }, { id: 'a' }], new Map(), MONDAY, { mode: 'due' }).cards), ['a']);
  });
  it('오늘 처음 채점한 카드 수를 로그에서 센다 (전에 본 카드는 세지 않는다)', () => {
    const log = [
      { card: 'old', at: '2025-02-01T00:00:00.000Z' },
      { card: 'old', at: '2025-03-03T00:10:00.000Z' },
      { card: 'new1', at: '2025-03-02T20:00:00.000Z' },
      { card: 'new2', at: '2025-03-03T01:00:00.000Z' },
      { card: 'new2', at: '2025-03-03T01:10:00.000Z' },
      { card: 'yesterday', at: '2025-03-02T18:00:00.000Z' },
    ];
    // Monday's study day starts 2025-03-02T19:00Z (04:00 KST).
    assert.equal(scheduler.newSeenToday(log, MONDAY), 2);
  });
});
