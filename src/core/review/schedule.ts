import type { Card as FsrsCard, FSRS, Grade, State } from 'ts-fsrs' with { 'resolution-mode': 'import' };
import { type Locale, message } from '../messages';
import { PHASES, type Phase, RATINGS, type Rating, type ReviewState } from './state';

export { PHASES, type Phase, RATINGS, type Rating, type ReviewState } from './state';

// ts-fsrs is published as an ES module (`"type": "module"`, a `require` export for CommonJS).
// This project type-checks as CommonJS under `module: node16`, which refuses an `import` of an ES
// module, so its types come in with `resolution-mode` and the one value we need through `require`
// — which esbuild bundles from the package's CommonJS build. Switching tsconfig to
// `module: node20` (Node ≥ 20.19 may require ES modules) would allow a plain import instead.
const { fsrs } = require('ts-fsrs') as typeof import('ts-fsrs', { with: { 'resolution-mode': 'import' } });

/**
 * Spaced repetition for the practice panel, with FSRS (ts-fsrs) doing the arithmetic.
 *
 * Everything here is a pure function of its inputs: the time is always passed in, never read
 * from the clock, so a test can replay a month of study in a millisecond and two windows that
 * grade the same card compute the same thing. ts-fsrs's own `Card` (Dates, enums, deprecated
 * fields) never leaves this file: the rest of the extension and the review file see only the
 * plain JSON `ReviewState` below.
 */

/** What one grade did, for the review log and the panel. */
export interface GradeLog {
  readonly rating: Rating;
  /** When the grade was given (after clamping a clock that went backwards), ISO 8601 UTC. */
  readonly at: string;
  /** The phase before the grade: `new` means the card was introduced by this grade. */
  readonly from: Phase;
  /** The new due date, ISO 8601 UTC. */
  readonly due: string;
}

/** One of the four answers a card could get now, and when it would then be due. */
export interface IntervalPreview {
  readonly rating: Rating;
  /** ISO 8601 UTC. */
  readonly due: string;
  /** The interval: `due` minus the grading time, in milliseconds (never negative). */
  readonly ms: number;
}

export interface SchedulerOptions {
  /** Desired probability of recall at the due date; 0.7–0.99, default 0.9. */
  readonly retention?: number;
  /** The longest interval in days; 1–36500, default 36500 (ts-fsrs's own default). */
  readonly maximumIntervalDays?: number;
  /** The exam day, `YYYY-MM-DD` in the student's time zone; turns on exam mode before it. */
  readonly examDate?: string;
  /** Retention while an exam is coming; default 0.95 (never lower than `retention`). */
  readonly examRetention?: number;
  /** New cards a day; default 20. */
  readonly newPerDay?: number;
  /**
   * The student's UTC offset in minutes east (Korea: 540). Days, the exam date and "today" are
   * counted in it. Default: the host's offset at the time asked about.
   */
  readonly utcOffsetMinutes?: number;
  /**
   * The hour a study day starts (default 4, as in Anki): a student who studies until 1 a.m.
   * is still on the same day, so the new-card limit and "due today" do not reset at midnight.
   */
  readonly dayStartHour?: number;
  /**
   * Learning cards due within this many minutes count as due now (default 20, as in Anki), so a
   * card graded 다시 comes back in the same sitting instead of leaving the queue empty.
   */
  readonly learnAheadMinutes?: number;
}

export type QueueMode = 'due' | 'cram';

export interface QueueOptions {
  readonly mode: QueueMode;
  /** Overrides the scheduler's `newPerDay`. */
  readonly newPerDay?: number;
  /** New cards already introduced today (see `Scheduler.newSeenToday`). */
  readonly newSeenToday?: number;
}

export interface Queue<C> {
  /** The cards to show, in order. */
  readonly cards: readonly C[];
  /** How many of them are reviews (or learning steps) that are due. */
  readonly reviews: number;
  /** How many are new cards. */
  readonly fresh: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 9999-12-31T23:59:59.999Z: the last instant `toISOString` writes with a four-digit year. */
const LAST_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const DEFAULT_RETENTION = 0.9;
const DEFAULT_EXAM_RETENTION = 0.95;
const DEFAULT_MAXIMUM_INTERVAL = 36500;
const DEFAULT_NEW_PER_DAY = 20;

/** ts-fsrs's `State` enum values (New 0, Learning 1, Review 2, Relearning 3). */
const TO_FSRS_STATE: Readonly<Record<Phase, State>> = {
  new: 0 as State,
  learning: 1 as State,
  review: 2 as State,
  relearning: 3 as State,
};

/**
 * Schedules cards for one set of settings.
 *
 * **Exam mode** (when `examDate` is set and its day has not started yet):
 * - the desired retention is `max(retention, examRetention)` (0.95 by default), so intervals are
 *   shorter and recall on the day is higher;
 * - the *eve* is the study day before the exam day (it starts at `dayStartHour` local time);
 * - a grade given before the eve never schedules past the start of the eve: its due date is
 *   `min(FSRS due, eve start)`, so every card comes up at least once on the eve at the latest;
 * - a grade given on the eve or the exam day is not capped (there is no earlier day left);
 * - the queue treats a card last graded before the eve and due after the eve start (scheduled
 *   before the exam date was set, or under another date) as due from the eve start;
 * - from the exam day on, scheduling is normal again.
 */
export class Scheduler {
  private readonly normal: FSRS;
  private readonly exam: FSRS | undefined;
  private readonly examDay: { readonly year: number; readonly month: number; readonly day: number } | undefined;
  readonly retention: number;
  readonly examRetention: number;
  readonly newPerDay: number;
  private readonly offset: number | undefined;
  private readonly dayStartHour: number;
  private readonly learnAhead: number;
  private readonly maximumMs: number;

  constructor(options: SchedulerOptions = {}) {
    this.retention = clampSetting(options.retention, DEFAULT_RETENTION, 0.7, 0.99);
    this.examRetention = Math.max(this.retention, clampSetting(options.examRetention, DEFAULT_EXAM_RETENTION, 0.7, 0.99));
    const maximum = Math.round(clampSetting(options.maximumIntervalDays, DEFAULT_MAXIMUM_INTERVAL, 1, DEFAULT_MAXIMUM_INTERVAL));
    this.newPerDay = Math.round(clampSetting(options.newPerDay, DEFAULT_NEW_PER_DAY, 0, 10_000));
    this.offset = options.utcOffsetMinutes === undefined ? undefined : Math.round(clampSetting(options.utcOffsetMinutes, 0, -14 * 60, 14 * 60));
    this.dayStartHour = Math.floor(clampSetting(options.dayStartHour, 4, 0, 23));
    this.learnAhead = clampSetting(options.learnAheadMinutes, 20, 0, 24 * 60) * MINUTE;
    this.maximumMs = maximum * DAY;
    // Fuzz off: the same grade at the same time must give the same due date in every window.
    this.normal = fsrs({ request_retention: this.retention, maximum_interval: maximum, enable_fuzz: false });
    this.examDay = parseExamDate(options.examDate);
    this.exam = this.examDay === undefined ? undefined : fsrs({ request_retention: this.examRetention, maximum_interval: maximum, enable_fuzz: false });
  }

  /**
   * Applies one grade. `state` undefined means a card never graded. A clock that went backwards
   * (now before the last review) grades as of the last review, so intervals stay positive and
   * every due date is finite.
   */
  grade(state: ReviewState | undefined, rating: Rating, now: Date): { state: ReviewState; log: GradeLog } {
    if (!RATINGS.includes(rating)) {
      throw new RangeError(`rating must be 1, 2, 3 or 4 (got ${String(rating)})`);
    }
    const at = this.effectiveNow(state, now);
    const item = this.fsrsAt(at).next(toFsrs(state, at), at, rating as Grade);
    const next = fromFsrs(item.card, this.capFor(at, item.card.due.getTime()));
    return { state: next, log: { rating, at: new Date(at).toISOString(), from: state?.state ?? 'new', due: next.due } };
  }

  /** The four possible next due dates, for the grade buttons (`다시 1분 · 알맞음 10분 …`). */
  preview(state: ReviewState | undefined, now: Date): readonly [IntervalPreview, IntervalPreview, IntervalPreview, IntervalPreview] {
    const at = this.effectiveNow(state, now);
    const options = this.fsrsAt(at).repeat(toFsrs(state, at), at);
    const one = (rating: Rating): IntervalPreview => {
      const due = this.capFor(at, options[rating as Grade].card.due.getTime());
      return { rating, due: new Date(due).toISOString(), ms: Math.max(0, due - at) };
    };
    return [one(1), one(2), one(3), one(4)];
  }

  /** The probability (0–1) that the card is recalled now; 0 for a card never graded. */
  retrievability(state: ReviewState | undefined, now: Date): number {
    if (state === undefined || state.state === 'new' || state.lastReview === undefined) {
      return 0;
    }
    const at = this.effectiveNow(state, now);
    const value = this.normal.get_retrievability(toFsrs(state, at), at, false);
    return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
  }

  /** True while exam mode is on at `now` (an exam date is set and its day has not started). */
  examActive(now: Date): boolean {
    const at = checkedTime(now);
    const start = this.examStart(at);
    return start !== undefined && at < start;
  }

  /** When `state` counts as due for the queue, in epoch ms (the exam eve may pull it forward). */
  effectiveDue(state: ReviewState, now: Date): number {
    const due = Date.parse(state.due);
    const at = checkedTime(now);
    const eve = this.eveStart(at);
    const last = state.lastReview === undefined ? Number.NEGATIVE_INFINITY : Date.parse(state.lastReview);
    return eve !== undefined && last < eve && due > eve ? eve : due;
  }

  /**
   * The cards to show now.
   * - `due`: first every card whose review is due (review cards due any time this study day,
   *   learning steps due within the learn-ahead window), earliest due first; then cards never
   *   graded, in the order given, up to `newPerDay − newSeenToday`.
   * - `cram`: every given card in the order given, due or not; the host must not record cram
   *   answers, so the schedule stays untouched.
   * Ids repeated in `cards` are shown once.
   */
  queue<C extends { readonly id: string }>(cards: readonly C[], states: ReadonlyMap<string, ReviewState>, now: Date, options: QueueOptions): Queue<C> {
    const at = checkedTime(now);
    const unique = uniqueById(cards);
    if (options.mode === 'cram') {
      const reviews = unique.filter((card) => isStarted(states.get(card.id))).length;
      return { cards: unique, reviews, fresh: unique.length - reviews };
    }
    const dayEnd = this.dayStart(at) + DAY;
    const due: Array<{ card: C; at: number; order: number }> = [];
    const fresh: C[] = [];
    unique.forEach((card, order) => {
      const state = states.get(card.id);
      if (!isStarted(state)) {
        fresh.push(card);
        return;
      }
      const when = this.effectiveDue(state, now);
      if (state.state === 'review' ? when < dayEnd : when <= at + this.learnAhead) {
        due.push({ card, at: when, order });
      }
    });
    due.sort((a, b) => a.at - b.at || a.order - b.order);
    const perDay = options.newPerDay === undefined ? this.newPerDay : Math.max(0, Math.floor(options.newPerDay));
    const left = Math.max(0, perDay - Math.max(0, Math.floor(options.newSeenToday ?? 0)));
    const chosen = fresh.slice(0, left);
    return { cards: [...due.map((d) => d.card), ...chosen], reviews: due.length, fresh: chosen.length };
  }

  /**
   * How many cards were introduced (graded for the first time ever) during the study day of
   * `now`, from the review log, for `QueueOptions.newSeenToday`.
   */
  newSeenToday(log: readonly { readonly card: string; readonly at: string }[], now: Date): number {
    const start = this.dayStart(checkedTime(now));
    const first = new Map<string, number>();
    for (const entry of log) {
      const at = Date.parse(entry.at);
      const known = first.get(entry.card);
      if (Number.isFinite(at) && (known === undefined || at < known)) {
        first.set(entry.card, at);
      }
    }
    let count = 0;
    for (const at of first.values()) {
      if (at >= start && at < start + DAY) {
        count++;
      }
    }
    return count;
  }

  /** Epoch ms of the start of the study day that contains `at`. */
  /** Epoch ms of the start of the study day that holds `now` (days start at `dayStartHour`). */
  dayStartOf(now: Date): number {
    return this.dayStart(checkedTime(now));
  }

  private dayStart(at: number): number {
    // The UTC time of day at which a local study day starts.
    const shift = this.dayStartHour * HOUR - this.offsetAt(at) * MINUTE;
    return Math.floor((at - shift) / DAY) * DAY + shift;
  }

  private offsetAt(at: number): number {
    return this.offset ?? -new Date(at).getTimezoneOffset();
  }

  /** Epoch ms when the exam's study day starts, or undefined without an exam date. */
  private examStart(at: number): number | undefined {
    if (this.examDay === undefined) {
      return undefined;
    }
    const { year, month, day } = this.examDay;
    return Date.UTC(year, month - 1, day, this.dayStartHour) - this.offsetAt(at) * MINUTE;
  }

  /** Epoch ms when the exam eve starts, while the exam day is still ahead of `at`; else undefined. */
  private eveStart(at: number): number | undefined {
    const start = this.examStart(at);
    return start === undefined || at >= start ? undefined : start - DAY;
  }

  /**
   * The due date a grade at `at` may get: no later than the eve start (before the eve), no later
   * than the maximum interval (ts-fsrs keeps 쉬움 a day past 알맞음 even beyond its own maximum),
   * never before `at`, never past year 9999.
   */
  private capFor(at: number, due: number): number {
    const eve = this.eveStart(at);
    const capped = Math.min(eve !== undefined && at < eve ? Math.min(due, eve) : due, at + this.maximumMs);
    return Math.min(Math.max(capped, at), LAST_INSTANT);
  }

  private fsrsAt(at: number): FSRS {
    const start = this.examStart(at);
    return this.exam !== undefined && start !== undefined && at < start ? this.exam : this.normal;
  }

  private effectiveNow(state: ReviewState | undefined, now: Date): number {
    const at = checkedTime(now);
    const last = state?.lastReview === undefined ? Number.NaN : Date.parse(state.lastReview);
    return Number.isFinite(last) && last > at ? last : at;
  }
}

/**
 * A short label for an interval, as on the grade buttons.
 *
 * @example formatInterval(10 * 60_000, 'ko') // '10분'
 * @example formatInterval(86_400_000, 'ko') // '1일'
 * @example formatInterval(75 * 86_400_000, 'ko') // '2.5개월'
 * @example formatInterval(86_400_000, 'en') // '1 d'
 */
export function formatInterval(ms: number, locale: Locale): string {
  const value = Number.isFinite(ms) ? Math.max(0, ms) : 0;
  if (value < HOUR) {
    return message(locale, 'interval.minutes', Math.max(1, Math.round(value / MINUTE)));
  }
  if (value < DAY) {
    return message(locale, 'interval.hours', Math.round(value / HOUR));
  }
  const days = value / DAY;
  if (days < 30) {
    return message(locale, 'interval.days', Math.round(days));
  }
  if (days < 365) {
    return message(locale, 'interval.months', oneDecimal(days / 30));
  }
  return message(locale, 'interval.years', oneDecimal(days / 365));
}

/** Labels of the four previews, in rating order. */
export function previewLabels(previews: readonly IntervalPreview[], locale: Locale): string[] {
  return previews.map((p) => formatInterval(p.ms, locale));
}

function uniqueById<C extends { readonly id: string }>(cards: readonly C[]): C[] {
  const seen = new Set<string>();
  const out: C[] = [];
  for (const card of cards) {
    if (!seen.has(card.id)) {
      seen.add(card.id);
      out.push(card);
    }
  }
  return out;
}

/** True for a card that has been graded at least once. */
function isStarted(state: ReviewState | undefined): state is ReviewState {
  return state !== undefined && state.state !== 'new';
}

function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * `now` in epoch ms, clamped to 1970–9999: a clock that far off is broken, and every date we
 * write must stay a four-digit-year ISO string the review file accepts.
 */
function checkedTime(now: Date): number {
  const at = now instanceof Date ? now.getTime() : Number.NaN;
  if (!Number.isFinite(at)) {
    throw new RangeError('now must be a valid Date');
  }
  return Math.min(LAST_INSTANT, Math.max(0, at));
}

function clampSetting(value: number | undefined, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

/** `YYYY-MM-DD` of a real calendar day, else undefined (an invalid setting turns exam mode off). */
function parseExamDate(text: string | undefined): { year: number; month: number; day: number } | undefined {
  const match = text === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (match === null) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? { year, month, day } : undefined;
}

/** Our state → ts-fsrs's Card. A missing state is a new card created at `at`. */
function toFsrs(state: ReviewState | undefined, at: number): FsrsCard {
  if (state === undefined) {
    return { due: new Date(at), stability: 0, difficulty: 0, elapsed_days: 0, scheduled_days: 0, learning_steps: 0, reps: 0, lapses: 0, state: TO_FSRS_STATE.new };
  }
  const last = state.lastReview === undefined ? undefined : new Date(state.lastReview);
  const card: FsrsCard = {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    // Deprecated in ts-fsrs 5 and recomputed from last_review on every grade.
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: TO_FSRS_STATE[state.state],
  };
  return last === undefined ? card : { ...card, last_review: last };
}

/** ts-fsrs's Card → our state, with the due date capped at `due` (epoch ms). */
function fromFsrs(card: FsrsCard, due: number): ReviewState {
  const last = card.last_review?.getTime();
  const scheduledDays = last === undefined || due === card.due.getTime() ? card.scheduled_days : Math.max(0, Math.round((due - last) / DAY));
  const state: ReviewState = {
    due: new Date(due).toISOString(),
    stability: finiteOr(card.stability, 0),
    difficulty: finiteOr(card.difficulty, 0),
    reps: card.reps,
    lapses: card.lapses,
    // PHASES is in ts-fsrs's State order.
    state: PHASES[card.state] ?? 'review',
    scheduledDays: finiteOr(scheduledDays, 0),
    learningSteps: card.learning_steps,
  };
  return last === undefined ? state : { ...state, lastReview: new Date(last).toISOString() };
}

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}
