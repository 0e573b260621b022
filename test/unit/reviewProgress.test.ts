import * as assert from 'node:assert/strict';
import type { ReviewData, ReviewLogEntry, StoredReview } from '../../src/core/review/file';
import { chapterProgress, reviewStats } from '../../src/core/review/progress';
import { Scheduler } from '../../src/core/review/schedule';

const DAY = 24 * 60 * 60 * 1000;
/** 2026-12-10 10:00 KST; the study day began at 04:00 KST (2026-12-09T19:00Z) and ends 2026-12-10T19:00Z. */
const NOW = new Date('2026-12-10T01:00:00.000Z');
const scheduler = new Scheduler({ utcOffsetMinutes: 540 });

function review(due: string, lastReview: string, extra: Partial<StoredReview> = {}): StoredReview {
  return { due, stability: 10, difficulty: 5, reps: 3, lapses: 0, state: 'review', lastReview, scheduledDays: 10, learningSteps: 0, ...extra };
}

const FRESH: StoredReview = { due: '2026-12-01T00:00:00.000Z', stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 'new', scheduledDays: 0, learningSteps: 0 };
const TEN_DAYS_AGO = new Date(NOW.getTime() - 10 * DAY).toISOString();

function data(cards: Record<string, StoredReview>, log: ReviewLogEntry[] = []): ReviewData {
  return { cards: new Map(Object.entries(cards)), log };
}

const parentOf = (id: string): string | undefined => (id.includes('.') ? id.split('.')[0] : undefined);

describe('장별 진도 (chapterProgress)', () => {
  // Stability 10 graded 10 days ago: recall is 90 % now (what FSRS stability means); graded just now: 100 %.
  const history = data({
    a: review('2026-12-10T12:00:00.000Z', TEN_DAYS_AGO, { chapter: 'ch1.s1' }),
    b: review('2026-12-14T01:00:00.000Z', NOW.toISOString(), { chapter: 'ch1.s2', stability: 4 }),
    c: review('2026-12-10T20:00:00.000Z', TEN_DAYS_AGO, { chapter: 'ch2' }),
    fresh: { ...FRESH, chapter: 'ch1.s1' },
    noChapter: review('2026-12-01T00:00:00.000Z', TEN_DAYS_AGO),
  });

  it('절과 그 위의 장마다: 공부한 카드 수, 오늘 복습할 카드 수, 기억 확률 평균', () => {
    const progress = chapterProgress(history, scheduler, NOW, parentOf);
    assert.deepEqual([...progress.keys()].sort(), ['ch1', 'ch1.s1', 'ch1.s2', 'ch2']);
    assert.deepEqual(progress.get('ch1.s1'), { studied: 1, due: 1, mastery: 0.9 });
    assert.deepEqual(progress.get('ch1.s2'), { studied: 1, due: 0, mastery: 1 });
    assert.deepEqual(progress.get('ch2'), { studied: 1, due: 0, mastery: 0.9 }, 'due after the study day ends (04:00 KST tomorrow) is not due today');
    const ch1 = progress.get('ch1');
    assert.equal(ch1?.studied, 2);
    assert.equal(ch1?.due, 1);
    assert.ok(Math.abs((ch1?.mastery ?? 0) - 0.95) < 1e-12, String(ch1?.mastery));
  });
  it('한 번도 채점하지 않은 카드와 장이 없는 카드는 세지 않는다', () => {
    const progress = chapterProgress(data({ fresh: { ...FRESH, chapter: 'ch3' }, noChapter: review('2026-12-01T00:00:00.000Z', TEN_DAYS_AGO) }), scheduler, NOW, parentOf);
    assert.equal(progress.size, 0);
  });
  it('장 구조가 돌고 돌아도 (x → y → x) 카드는 장마다 한 번씩만 센다', () => {
    const loop = (id: string): string => (id === 'x' ? 'y' : 'x');
    const progress = chapterProgress(data({ a: review('2026-12-01T00:00:00.000Z', TEN_DAYS_AGO, { chapter: 'x' }) }), scheduler, NOW, loop);
    assert.deepEqual(progress.get('x'), { studied: 1, due: 1, mastery: 0.9 });
    assert.deepEqual(progress.get('y'), { studied: 1, due: 1, mastery: 0.9 });
    assert.equal(progress.size, 2);
  });
});

describe('학습 통계 (reviewStats)', () => {
  // With 3 days: the study days start 12-07T19:00Z, 12-08T19:00Z and 12-09T19:00Z (today).
  const log: ReviewLogEntry[] = [
    { card: 'a', rating: 3, at: '2026-12-07T18:59:59.999Z' },
    { card: 'a', rating: 1, at: '2026-12-07T19:00:00.000Z' },
    { card: 'a', rating: 3, at: '2026-12-08T19:00:00.000Z' },
    { card: 'b', rating: 2, at: '2026-12-09T18:59:59.999Z' },
    { card: 'b', rating: 4, at: '2026-12-10T00:30:00.000Z' },
    { card: 'b', rating: 1, at: '2026-12-10T19:00:00.000Z' },
  ];

  it('날마다 채점 수: 학습일(새벽 4시 시작) 경계로 나누고, 창 밖의 채점은 세지 않는다', () => {
    const stats = reviewStats(data({}, log), scheduler, NOW, 3);
    assert.deepEqual(stats.perDay, [
      { day: Date.parse('2026-12-07T19:00:00.000Z'), count: 1 },
      { day: Date.parse('2026-12-08T19:00:00.000Z'), count: 2 },
      { day: Date.parse('2026-12-09T19:00:00.000Z'), count: 1 },
    ]);
  });
  it('기억률은 창 안 채점 중 다시(1)가 아닌 비율; 채점이 없으면 undefined', () => {
    assert.equal(reviewStats(data({}, log), scheduler, NOW, 3).retention, 0.75);
    assert.equal(reviewStats(data({}, [log[0] as ReviewLogEntry]), scheduler, NOW, 3).retention, undefined, 'only a grade before the window');
    assert.equal(reviewStats(data({}), scheduler, NOW).retention, undefined);
  });
  it('기본은 30일이고 오늘이 마지막 칸이다', () => {
    const stats = reviewStats(data({}, log), scheduler, NOW);
    assert.equal(stats.perDay.length, 30);
    assert.equal(stats.forecast.length, 30);
    assert.equal(stats.perDay[29]?.day, Date.parse('2026-12-09T19:00:00.000Z'));
    assert.equal(stats.perDay[0]?.day, Date.parse('2026-11-10T19:00:00.000Z'));
    assert.equal(stats.forecast[0]?.day, Date.parse('2026-12-09T19:00:00.000Z'));
    assert.deepEqual(stats.perDay.slice(-3).map((d) => d.count), [1, 2, 1]);
    assert.equal(stats.perDay[26]?.count, 1, 'the grade just before a 3-day window is inside 30 days');
  });
  it('복습 예정: 지난 기한은 오늘로, 학습일 경계로 나누고, 창 밖과 새 카드는 빼되 총 카드 수에는 센다', () => {
    const cards = {
      overdue: review('2026-12-01T00:00:00.000Z', '2026-11-20T00:00:00.000Z'),
      tonight: review('2026-12-10T18:59:59.999Z', '2026-12-01T00:00:00.000Z'),
      tomorrow: review('2026-12-10T19:00:00.000Z', '2026-12-01T00:00:00.000Z'),
      dayAfter: review('2026-12-12T18:59:59.999Z', '2026-12-01T00:00:00.000Z'),
      beyond: review('2026-12-12T19:00:00.000Z', '2026-12-01T00:00:00.000Z'),
      fresh: FRESH,
    };
    const stats = reviewStats(data(cards), scheduler, NOW, 3);
    assert.deepEqual(stats.forecast, [
      { day: Date.parse('2026-12-09T19:00:00.000Z'), count: 2 },
      { day: Date.parse('2026-12-10T19:00:00.000Z'), count: 1 },
      { day: Date.parse('2026-12-11T19:00:00.000Z'), count: 1 },
    ]);
    assert.equal(stats.total, 6);
  });
  it('시험 전날이 창 안에 있으면, 시험 뒤로 잡힌 카드는 전날에 예정된다', () => {
    // Exam on 12-12 KST: its eve starts 12-10T19:00Z, the second day of the forecast.
    const exam = new Scheduler({ utcOffsetMinutes: 540, examDate: '2026-12-12' });
    const stats = reviewStats(data({ far: review('2027-01-05T00:00:00.000Z', '2026-12-01T00:00:00.000Z') }), exam, NOW, 3);
    assert.deepEqual(stats.forecast.map((d) => d.count), [0, 1, 0]);
  });
});
