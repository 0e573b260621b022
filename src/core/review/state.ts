/**
 * The plain JSON state of a card's reviews and its time format: no ts-fsrs here, so that the
 * review file, the webview protocol (bundled into the page) and tests can use them without
 * pulling in the scheduler.
 */

/** 1 다시 (Again), 2 어려움 (Hard), 3 알맞음 (Good), 4 쉬움 (Easy) — FSRS's four grades. */
export type Rating = 1 | 2 | 3 | 4;

export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** Where a card is in its life: never seen, in (re)learning steps (minutes), or in review (days). */
export type Phase = 'new' | 'learning' | 'review' | 'relearning';

/** Every phase, in the order of ts-fsrs's `State` enum (New 0 … Relearning 3). */
export const PHASES: readonly Phase[] = ['new', 'learning', 'review', 'relearning'];

/** Our own scheduling state of one card: plain JSON, exactly what the review file stores. */
export interface ReviewState {
  /** When the card is next due, ISO 8601 UTC (`2025-03-01T09:00:00.000Z`). */
  readonly due: string;
  /** FSRS stability: the days after which recall drops to 90 %. */
  readonly stability: number;
  /** FSRS difficulty, 1 (easy) to 10 (hard). */
  readonly difficulty: number;
  readonly reps: number;
  /** How often the card was forgotten (graded 다시 while in review). */
  readonly lapses: number;
  readonly state: Phase;
  /** When it was last graded, ISO 8601 UTC; absent for a card never graded. */
  readonly lastReview?: string;
  /** The interval the last grade chose, in whole days (0 for learning steps). */
  readonly scheduledDays: number;
  /** Which (re)learning step the card is on; FSRS needs it to continue the steps. */
  readonly learningSteps: number;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;

/** An ISO 8601 UTC timestamp of a real instant, written the way `toISOString` would. */
export function isTimestamp(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO.test(value)) {
    return false;
  }
  const time = Date.parse(value);
  if (!Number.isFinite(time)) {
    return false;
  }
  // `Date.parse` rolls 02-30 over to 03-02; the round trip catches it.
  return new Date(time).toISOString().slice(0, 19) === value.slice(0, 19);
}
