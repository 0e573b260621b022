import type { MessageCode } from '../messages';
import { utf8Length } from '../text/hash';
import { PHASES, type Phase, RATINGS, type Rating, type ReviewState, isTimestamp } from './state';

/**
 * The review file, `.crm-notes/reviews.json`:
 *
 * ```json
 * {
 *   "format": "crm-notes-reviews",
 *   "version": 1,
 *   "cards": { "<card id>": { "due": "…", "stability": 2.3, …, "anchor": "…", "file": "notes/1장.md" } },
 *   "log": [ { "card": "<card id>", "rating": 3, "at": "2025-03-01T09:00:00.000Z", "elapsed": 5200 } ]
 * }
 * ```
 *
 * It holds months of a student's work, so reading it never throws and never loses more than it
 * must: a file that is not ours at all is `corrupt` (the store moves it aside), a file from a
 * newer version is `newer` (left alone, read-only), and inside a sound file a single bad entry is
 * dropped and counted rather than rejecting everything.
 */

export const REVIEWS_FORMAT = 'crm-notes-reviews';
export const REVIEWS_VERSION = 1;
/** Larger files are refused before `JSON.parse` (a year of daily study is well under 1 MiB). */
export const MAX_REVIEWS_BYTES = 32 * 1024 * 1024;
/** Card ids are short hashes; anything this long is not one of ours. */
export const MAX_CARD_ID_LENGTH = 256;
/** `anchor` and `file` are a paragraph's anchor text and a note path. */
export const MAX_TEXT_FIELD_LENGTH = 4096;
/** Problems kept for reporting; the count of dropped entries is always exact. */
const MAX_PROBLEMS = 20;

/** One card's saved state plus where it came from, so a card can be found again after edits. */
export interface StoredReview extends ReviewState {
  /** The card's anchor text in its note (what its id was hashed from). */
  readonly anchor?: string;
  /** The note file, relative to the workspace folder. */
  readonly file?: string;
  /** The glossary chapter of the card (for mastery and due counts per chapter in the tree). */
  readonly chapter?: string;
}

/** One grade in the history. */
export interface ReviewLogEntry {
  readonly card: string;
  readonly rating: Rating;
  /** ISO 8601 UTC. */
  readonly at: string;
  /** Milliseconds the student took to answer. */
  readonly elapsed?: number;
}

/** The file's content; `cards` is a Map so that a card id like `__proto__` stays plain data. */
export interface ReviewData {
  readonly cards: ReadonlyMap<string, StoredReview>;
  readonly log: readonly ReviewLogEntry[];
}

/** A problem, as a message code and its arguments (the host formats it in the user's language). */
export interface ReviewProblem {
  readonly code: MessageCode;
  readonly args: readonly (string | number)[];
}

export type ParsedReviews =
  | {
      readonly kind: 'ok';
      readonly data: ReviewData;
      /** How many card or log entries were invalid and left out. */
      readonly dropped: number;
      /** The first few of those problems. */
      readonly problems: readonly ReviewProblem[];
    }
  | { readonly kind: 'corrupt'; readonly reason: ReviewProblem }
  /** A file written by a newer version: never written by this one. */
  | { readonly kind: 'newer'; readonly version: number };

export function emptyReviews(): ReviewData {
  return { cards: new Map(), log: [] };
}

/**
 * Reads a review file. A leading BOM is ignored. Missing `log` reads as empty (it is only
 * history); missing or mistyped `cards` is corrupt.
 */
export function parseReviews(text: string): ParsedReviews {
  // UTF-8 takes at least one byte per UTF-16 unit, so the cheap test comes first.
  if (text.length > MAX_REVIEWS_BYTES || utf8Length(text) > MAX_REVIEWS_BYTES) {
    return corrupt('file.tooLarge', utf8Length(text), MAX_REVIEWS_BYTES);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return corrupt('reviews.empty');
  }
  let root: unknown;
  try {
    root = JSON.parse(body);
  } catch (error) {
    return corrupt('reviews.notJson', error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(root)) {
    return corrupt('reviews.notObject');
  }
  if (root['format'] !== REVIEWS_FORMAT) {
    return corrupt('reviews.wrongFormat', describe(root['format']));
  }
  const version = root['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return corrupt('reviews.badVersion', describe(version));
  }
  if (version > REVIEWS_VERSION) {
    return { kind: 'newer', version };
  }
  const cardsValue = root['cards'];
  if (!isRecord(cardsValue)) {
    return corrupt('reviews.badSection', 'cards', '{ … }');
  }
  const logValue = Object.hasOwn(root, 'log') ? root['log'] : [];
  if (!Array.isArray(logValue)) {
    return corrupt('reviews.badSection', 'log', '[ … ]');
  }

  const problems: ReviewProblem[] = [];
  let dropped = 0;
  const drop = (problem: ReviewProblem): void => {
    dropped++;
    if (problems.length < MAX_PROBLEMS) {
      problems.push(problem);
    }
  };
  const cards = new Map<string, StoredReview>();
  const ids = Object.keys(cardsValue);
  for (const id of ids) {
    const entry = readCard(id, cardsValue[id]);
    if ('code' in entry) {
      drop(entry);
    } else {
      cards.set(id, entry);
    }
  }
  const log: ReviewLogEntry[] = [];
  logValue.forEach((value: unknown, i) => {
    const entry = readLog(i, value);
    if ('code' in entry) {
      drop(entry);
    } else {
      log.push(entry);
    }
  });
  const total = ids.length + logValue.length;
  if (total > 0 && dropped === total) {
    return corrupt('reviews.allEntriesBad', total);
  }
  return { kind: 'ok', data: { cards, log: dedupeLog(log) }, dropped, problems };
}

/**
 * The file text for `data`: pretty, with cards sorted by id, fields in a fixed order and one log
 * entry a line sorted by time, so that saving the same data twice gives the same bytes and a
 * version-controlled `.crm-notes/` shows small diffs.
 */
export function serializeReviews(data: ReviewData): string {
  const ids = [...data.cards.keys()].sort(compareCodeUnits);
  const cards = ids.map((id) => {
    const card = data.cards.get(id) as StoredReview;
    const fields: Array<[string, unknown]> = [
      ['due', card.due],
      ['stability', card.stability],
      ['difficulty', card.difficulty],
      ['reps', card.reps],
      ['lapses', card.lapses],
      ['state', card.state],
      ['lastReview', card.lastReview],
      ['scheduledDays', card.scheduledDays],
      ['learningSteps', card.learningSteps],
      ['anchor', card.anchor],
      ['file', card.file],
      ['chapter', card.chapter],
    ];
    const body = fields
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`)
      .join(',\n');
    return `    ${JSON.stringify(id)}: {\n${body}\n    }`;
  });
  const log = dedupeLog(data.log).map((e) => {
    const elapsed = e.elapsed === undefined ? '' : `, "elapsed": ${JSON.stringify(e.elapsed)}`;
    return `    { "card": ${JSON.stringify(e.card)}, "rating": ${e.rating}, "at": ${JSON.stringify(e.at)}${elapsed} }`;
  });
  const section = (lines: string[], open: string, close: string): string =>
    lines.length === 0 ? `${open}${close}` : `${open}\n${lines.join(',\n')}\n  ${close}`;
  return [
    '{',
    `  "format": ${JSON.stringify(REVIEWS_FORMAT)},`,
    `  "version": ${REVIEWS_VERSION},`,
    `  "cards": ${section(cards, '{', '}')},`,
    `  "log": ${section(log, '[', ']')}`,
    '}',
    '',
  ].join('\n');
}

/**
 * Both files' content in one, so two windows saving the same file lose nothing either of them
 * acknowledged: per card the state with the later `lastReview` wins (a card never reviewed loses
 * to one that was; a tie goes to more reps, then to the later due date, then to the text order,
 * so the result does not depend on which side is `a`); `anchor` and `file` fall back to the other
 * side's; the logs are united without duplicates (same card, time and rating).
 */
export function mergeReviews(a: ReviewData, b: ReviewData): ReviewData {
  const cards = new Map(a.cards);
  for (const [id, theirs] of b.cards) {
    const ours = cards.get(id);
    cards.set(id, ours === undefined ? theirs : pickLater(ours, theirs));
  }
  return { cards, log: dedupeLog([...a.log, ...b.log]) };
}

function pickLater(a: StoredReview, b: StoredReview): StoredReview {
  const order = compareStates(a, b);
  const [winner, loser] = order >= 0 ? [a, b] : [b, a];
  const anchor = winner.anchor ?? loser.anchor;
  const file = winner.file ?? loser.file;
  const chapter = winner.chapter ?? loser.chapter;
  return { ...winner, ...(anchor === undefined ? {} : { anchor }), ...(file === undefined ? {} : { file }), ...(chapter === undefined ? {} : { chapter }) };
}

function compareStates(a: StoredReview, b: StoredReview): number {
  const last = (s: StoredReview): number => (s.lastReview === undefined ? Number.NEGATIVE_INFINITY : Date.parse(s.lastReview));
  return (
    Math.sign(last(a) - last(b)) ||
    Math.sign(a.reps - b.reps) ||
    Math.sign(Date.parse(a.due) - Date.parse(b.due)) ||
    compareCodeUnits(JSON.stringify(a), JSON.stringify(b))
  );
}

function logKey(e: ReviewLogEntry): string {
  return `${e.card}\u0000${e.at}\u0000${e.rating}`;
}

/** Log entries without duplicates, sorted by time, then card; a copy with `elapsed` wins. */
function dedupeLog(log: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const byKey = new Map<string, ReviewLogEntry>();
  for (const entry of log) {
    const key = logKey(entry);
    const known = byKey.get(key);
    if (known === undefined || (known.elapsed === undefined && entry.elapsed !== undefined)) {
      byKey.set(key, entry);
    }
  }
  return [...byKey.values()].sort((x, y) => Date.parse(x.at) - Date.parse(y.at) || compareCodeUnits(x.card, y.card) || x.rating - y.rating);
}

function readCard(id: string, value: unknown): StoredReview | ReviewProblem {
  if (!isCardId(id)) {
    return { code: 'reviews.badCardId', args: [id.slice(0, 80)] };
  }
  if (!isRecord(value)) {
    return { code: 'reviews.badEntry', args: [id, '{ … }'] };
  }
  const bad = (field: string): ReviewProblem => ({ code: 'reviews.badEntry', args: [id, field] });
  const due = value['due'];
  if (!isTimestamp(due)) {
    return bad('due');
  }
  const stability = value['stability'];
  if (!isNumberIn(stability, 0, 1e6)) {
    return bad('stability');
  }
  const difficulty = value['difficulty'];
  if (!isNumberIn(difficulty, 0, 10)) {
    return bad('difficulty');
  }
  const reps = value['reps'];
  if (!isCount(reps)) {
    return bad('reps');
  }
  const lapses = value['lapses'];
  if (!isCount(lapses)) {
    return bad('lapses');
  }
  const state = value['state'];
  if (typeof state !== 'string' || !(PHASES as readonly string[]).includes(state)) {
    return bad('state');
  }
  const lastReview = value['lastReview'];
  if (lastReview !== undefined && !isTimestamp(lastReview)) {
    return bad('lastReview');
  }
  if (state !== 'new' && lastReview === undefined) {
    return bad('lastReview');
  }
  const scheduledDays = value['scheduledDays'] ?? 0;
  if (!isNumberIn(scheduledDays, 0, 36500)) {
    return bad('scheduledDays');
  }
  const learningSteps = value['learningSteps'] ?? 0;
  if (!isCount(learningSteps)) {
    return bad('learningSteps');
  }
  const anchor = value['anchor'];
  if (anchor !== undefined && !isText(anchor)) {
    return bad('anchor');
  }
  const file = value['file'];
  if (file !== undefined && !isText(file)) {
    return bad('file');
  }
  const chapter = value['chapter'];
  if (chapter !== undefined && !isText(chapter)) {
    return bad('chapter');
  }
  return {
    due,
    stability,
    difficulty,
    reps,
    lapses,
    state: state as Phase,
    ...(lastReview === undefined ? {} : { lastReview }),
    scheduledDays,
    learningSteps,
    ...(anchor === undefined ? {} : { anchor }),
    ...(file === undefined ? {} : { file }),
    ...(chapter === undefined ? {} : { chapter }),
  };
}

function readLog(index: number, value: unknown): ReviewLogEntry | ReviewProblem {
  const bad = (field: string): ReviewProblem => ({ code: 'reviews.badEntry', args: [`log[${index}]`, field] });
  if (!isRecord(value)) {
    return bad('{ … }');
  }
  const card = value['card'];
  if (typeof card !== 'string' || !isCardId(card)) {
    return bad('card');
  }
  const rating = value['rating'];
  if (typeof rating !== 'number' || !(RATINGS as readonly number[]).includes(rating)) {
    return bad('rating');
  }
  const at = value['at'];
  if (!isTimestamp(at)) {
    return bad('at');
  }
  const elapsed = value['elapsed'];
  if (elapsed !== undefined && !isNumberIn(elapsed, 0, Number.MAX_SAFE_INTEGER)) {
    return bad('elapsed');
  }
  return { card, rating: rating as Rating, at, ...(elapsed === undefined ? {} : { elapsed }) };
}

/** A plain JSON object (not an array, not null). */
function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Non-empty, bounded, no control characters: what a card id hash looks like, loosely. */
export function isCardId(value: string): boolean {
  return value.length > 0 && value.length <= MAX_CARD_ID_LENGTH && !/[\u0000-\u001f\u007f]/.test(value);
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT_FIELD_LENGTH;
}

function describe(value: unknown): string {
  if (value === undefined) {
    return '—';
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function corrupt(code: MessageCode, ...args: (string | number)[]): ParsedReviews {
  return { kind: 'corrupt', reason: { code, args } };
}

/** Sorting by UTF-16 code units: the same on every machine, unlike `localeCompare`. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
