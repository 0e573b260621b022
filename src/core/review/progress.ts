import type { ReviewData } from './file';
import type { Scheduler } from './schedule';

/** How a chapter stands: cards studied, due today, and how well they are known. */
export interface ChapterProgress {
  /** Cards of the chapter (or its sections) with a review history. */
  readonly studied: number;
  /** Of those, how many are due today. */
  readonly due: number;
  /** Mean FSRS retrievability now over the studied cards, 0–1 (the chance to recall each today). */
  readonly mastery: number;
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * Progress per chapter id, each card counted in its own chapter and in every chapter above it
 * (`parentOf` walks up: section → chapter), from the review file alone (no note is read).
 */
export function chapterProgress(data: ReviewData, scheduler: Scheduler, now: Date, parentOf: (chapter: string) => string | undefined): Map<string, ChapterProgress> {
  const sums = new Map<string, { studied: number; due: number; recall: number }>();
  const dueIds = new Set(scheduler.queue([...data.cards.keys()].map((id) => ({ id })), data.cards, now, { mode: 'due', newPerDay: 0 }).cards.map((c) => c.id));
  for (const [id, state] of data.cards) {
    if (state.chapter === undefined || state.state === 'new') {
      continue;
    }
    const recall = scheduler.retrievability(state, now);
    const seen = new Set<string>();
    for (let chapter: string | undefined = state.chapter; chapter !== undefined && !seen.has(chapter); chapter = parentOf(chapter)) {
      seen.add(chapter);
      const sum = sums.get(chapter) ?? { studied: 0, due: 0, recall: 0 };
      sum.studied++;
      sum.recall += recall;
      if (dueIds.has(id)) {
        sum.due++;
      }
      sums.set(chapter, sum);
    }
  }
  return new Map([...sums].map(([chapter, s]) => [chapter, { studied: s.studied, due: s.due, mastery: s.studied === 0 ? 0 : s.recall / s.studied }]));
}

export interface DayCount {
  /** The study day's start, epoch ms. */
  readonly day: number;
  readonly count: number;
}

export interface ReviewStats {
  /** Grades per study day, the last `days` days, oldest first (today last). */
  readonly perDay: readonly DayCount[];
  /** Share of grades in that window that were not 다시 (again), or undefined without grades. */
  readonly retention: number | undefined;
  /** Cards that fall due on each of the next `days` study days (today first; overdue counts today). */
  readonly forecast: readonly DayCount[];
  readonly total: number;
}

/** The statistics view's numbers: reviews per day, retention, and a forecast of due cards. */
export function reviewStats(data: ReviewData, scheduler: Scheduler, now: Date, days = 30): ReviewStats {
  const today = scheduler.dayStartOf(now);
  const perDay = Array.from({ length: days }, (_, k) => ({ day: today - (days - 1 - k) * DAY, count: 0 }));
  let graded = 0;
  let remembered = 0;
  for (const entry of data.log) {
    const at = Date.parse(entry.at);
    const k = Math.floor((at - perDay[0]!.day) / DAY);
    if (k >= 0 && k < days) {
      perDay[k]!.count++;
      graded++;
      if (entry.rating > 1) {
        remembered++;
      }
    }
  }
  const forecast = Array.from({ length: days }, (_, k) => ({ day: today + k * DAY, count: 0 }));
  for (const state of data.cards.values()) {
    if (state.state === 'new') {
      continue;
    }
    const k = Math.max(0, Math.floor((scheduler.effectiveDue(state, now) - today) / DAY));
    if (k < days) {
      forecast[k]!.count++;
    }
  }
  return { perDay, retention: graded === 0 ? undefined : remembered / graded, forecast, total: data.cards.size };
}
