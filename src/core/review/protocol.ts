import { type Locale, type MessageCode, message } from '../messages';
import { CARD_TYPES, type CardType } from '../quiz/types';
import type { Verdict } from './grade';
import type { QueueMode } from './schedule';
import { type Rating, isTimestamp } from './state';

/**
 * The messages between the extension host and the practice webview: one discriminated union each
 * way, shared by both sides, as in VS Code's markdown preview (`types/previewMessaging.d.ts`).
 *
 * The webview runs note text, so what it sends is untrusted: the host passes every incoming value
 * through `isViewMessage` before its `switch` (unknown type, missing or extra fields, wrong types,
 * oversized strings, `__proto__` keys → false, and the message is ignored). The view checks what
 * it receives with `isHostMessage` too, so a host bug shows up as a dropped message, not a broken
 * page. HTML fields are rendered and sanitised by the host; the view inserts nothing else as HTML.
 */

/** Size caps for everything that crosses the boundary. */
export const PROTOCOL_LIMITS = {
  id: 256,
  typed: 4000,
  href: 2048,
  html: 256 * 1024,
  text: 4000,
  cards: 5000,
  steps: 100,
  elapsedMs: 24 * 60 * 60 * 1000,
} as const;

/** The practice panel's own words, in the user's language (see `practiceStrings`). */
export const VIEW_STRING_CODES = [
  'practice.reveal',
  'practice.check',
  'practice.typeHere',
  'practice.again',
  'practice.hard',
  'practice.good',
  'practice.easy',
  'practice.right',
  'practice.almost',
  'practice.wrong',
  'practice.missing',
  'practice.extra',
  'practice.expected',
  'practice.openSource',
  'practice.hint',
  'practice.cram',
  'practice.done',
  'practice.order',
  'practice.moveUp',
  'practice.moveDown',
  'practice.grades',
] as const satisfies readonly MessageCode[];

export type ViewStringCode = (typeof VIEW_STRING_CODES)[number];
export type ViewStrings = Readonly<Record<ViewStringCode, string>>;

/** The practice panel's strings for `init`. */
export function practiceStrings(locale: Locale): ViewStrings {
  const out = {} as Record<ViewStringCode, string>;
  for (const code of VIEW_STRING_CODES) {
    out[code] = message(locale, code);
  }
  return out;
}

/** Grade-button labels for the four ratings (`1분`, `10분`, `1일`, `3일`), in rating order. */
export type IntervalLabels = readonly [string, string, string, string];

/** A card as the view shows it: HTML already rendered and sanitised by the host. */
export interface ViewCard {
  readonly id: string;
  readonly type: CardType;
  readonly frontHtml: string;
  readonly backHtml: string;
  /** The 초성 hint (plain text). */
  readonly hint?: string;
  /** `choice`: the options, rendered. */
  readonly choicesHtml?: readonly string[];
  /** `sequence` shown for ordering: the steps, shuffled, each with its index in the answer. */
  readonly steps?: readonly { readonly index: number; readonly html: string }[];
  /** `list`: how many items are asked for. */
  readonly need?: number;
  /** Whether the card is answered by typing (else reveal and self-grade). */
  readonly typeable: boolean;
  /** The heading path above the card's source line (plain text). */
  readonly context: readonly string[];
  /** `notes/1장.md:12`, for the "open in note" link (plain text). */
  readonly sourceLabel: string;
  /** Labels for the four grade buttons, if graded now. */
  readonly intervals: IntervalLabels;
}

export interface ViewSettings {
  readonly locale: Locale;
  readonly showHints: boolean;
  readonly typeAnswers: boolean;
}

export type HostMessage =
  | { readonly type: 'init'; readonly cards: readonly ViewCard[]; readonly strings: ViewStrings; readonly mode: QueueMode; readonly settings: ViewSettings }
  /** The result of checking an `answer`. */
  | {
      readonly type: 'checked';
      readonly cardId: string;
      readonly verdict: Verdict;
      readonly expected: string;
      readonly items?: readonly { readonly expected: string; readonly verdict: Verdict; readonly typed?: string }[];
      readonly missing?: readonly string[];
      readonly extra?: readonly string[];
    }
  /** A grade was saved: when the card is due next, and its buttons' labels if it comes back now. */
  | { readonly type: 'graded'; readonly cardId: string; readonly due: string; readonly dueLabel: string; readonly intervals: IntervalLabels }
  /** Something went wrong that the student should know (a grade not saved), already in words. */
  | { readonly type: 'notice'; readonly text: string; readonly cardId?: string }
  | {
      readonly type: 'summary';
      readonly reviewed: number;
      /** How many grades of each rating, in rating order. */
      readonly ratings: readonly [number, number, number, number];
      /** The next due date of any card, ISO 8601, or undefined when nothing is scheduled. */
      readonly nextDue?: string;
      readonly text: string;
    };

export type ViewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'reveal'; readonly cardId: string }
  | { readonly type: 'answer'; readonly cardId: string; readonly typed: string }
  | { readonly type: 'answer'; readonly cardId: string; readonly order: readonly number[] }
  | { readonly type: 'answer'; readonly cardId: string; readonly choice: number }
  | { readonly type: 'grade'; readonly cardId: string; readonly rating: Rating; readonly elapsedMs: number }
  | { readonly type: 'openSource'; readonly cardId: string }
  | { readonly type: 'openLink'; readonly href: string };

/** Only web and mail links leave the panel; `command:`, `vscode:`, `file:`, `javascript:` never do. */
export function isSafeHref(href: string): boolean {
  if (href.length > PROTOCOL_LIMITS.href || /[\u0000-\u0020\u007f]/.test(href)) {
    return false;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === 'mailto') {
    return href.length > 'mailto:'.length;
  }
  if (scheme !== 'http' && scheme !== 'https') {
    return false;
  }
  try {
    const url = new URL(href);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Checks a message from the webview, field by field (see the file comment). */
export function isViewMessage(value: unknown): value is ViewMessage {
  if (!isPlain(value) || typeof value['type'] !== 'string') {
    return false;
  }
  switch (value['type']) {
    case 'ready':
      return onlyKeys(value, ['type']);
    case 'reveal':
    case 'openSource':
      return onlyKeys(value, ['type', 'cardId']) && isId(value['cardId']);
    case 'answer': {
      if (!isId(value['cardId'])) {
        return false;
      }
      if (onlyKeys(value, ['type', 'cardId', 'typed'])) {
        return isText(value['typed'], PROTOCOL_LIMITS.typed);
      }
      if (onlyKeys(value, ['type', 'cardId', 'order'])) {
        const order = value['order'];
        return Array.isArray(order) && order.length <= PROTOCOL_LIMITS.steps && order.every((i) => isIndex(i, PROTOCOL_LIMITS.steps));
      }
      if (onlyKeys(value, ['type', 'cardId', 'choice'])) {
        return isIndex(value['choice'], PROTOCOL_LIMITS.steps);
      }
      return false;
    }
    case 'grade':
      return (
        onlyKeys(value, ['type', 'cardId', 'rating', 'elapsedMs']) &&
        isId(value['cardId']) &&
        [1, 2, 3, 4].includes(value['rating'] as number) &&
        isNumberIn(value['elapsedMs'], 0, PROTOCOL_LIMITS.elapsedMs)
      );
    case 'openLink':
      return onlyKeys(value, ['type', 'href']) && typeof value['href'] === 'string' && isSafeHref(value['href']);
    default:
      return false;
  }
}

/** Checks a message from the host, field by field. */
export function isHostMessage(value: unknown): value is HostMessage {
  if (!isPlain(value) || typeof value['type'] !== 'string') {
    return false;
  }
  switch (value['type']) {
    case 'init':
      return (
        onlyKeys(value, ['type', 'cards', 'strings', 'mode', 'settings']) &&
        Array.isArray(value['cards']) &&
        value['cards'].length <= PROTOCOL_LIMITS.cards &&
        value['cards'].every(isViewCard) &&
        isViewStrings(value['strings']) &&
        (value['mode'] === 'due' || value['mode'] === 'cram') &&
        isSettings(value['settings'])
      );
    case 'checked':
      return (
        onlyKeys(value, ['type', 'cardId', 'verdict', 'expected'], ['items', 'missing', 'extra']) &&
        isId(value['cardId']) &&
        isVerdict(value['verdict']) &&
        isText(value['expected'], PROTOCOL_LIMITS.text) &&
        optional(value, 'items', (items) => isArrayOf(items, isItemCheck)) &&
        optional(value, 'missing', (items) => isArrayOf(items, (t) => isText(t, PROTOCOL_LIMITS.text))) &&
        optional(value, 'extra', (items) => isArrayOf(items, (t) => isText(t, PROTOCOL_LIMITS.text)))
      );
    case 'graded':
      return (
        onlyKeys(value, ['type', 'cardId', 'due', 'dueLabel', 'intervals']) &&
        isId(value['cardId']) &&
        isTimestamp(value['due']) &&
        isText(value['dueLabel'], 100) &&
        isIntervals(value['intervals'])
      );
    case 'notice':
      return onlyKeys(value, ['type', 'text'], ['cardId']) && isText(value['text'], PROTOCOL_LIMITS.text) && optional(value, 'cardId', isId);
    case 'summary': {
      const ratings = value['ratings'];
      return (
        onlyKeys(value, ['type', 'reviewed', 'ratings', 'text'], ['nextDue']) &&
        isCount(value['reviewed']) &&
        Array.isArray(ratings) &&
        ratings.length === 4 &&
        ratings.every(isCount) &&
        isText(value['text'], PROTOCOL_LIMITS.text) &&
        optional(value, 'nextDue', isTimestamp)
      );
    }
    default:
      return false;
  }
}

function isViewCard(value: unknown): value is ViewCard {
  if (!isPlain(value) || !onlyKeys(value, ['id', 'type', 'frontHtml', 'backHtml', 'typeable', 'context', 'sourceLabel', 'intervals'], ['hint', 'choicesHtml', 'steps', 'need'])) {
    return false;
  }
  return (
    isId(value['id']) &&
    (CARD_TYPES as readonly unknown[]).includes(value['type']) &&
    isText(value['frontHtml'], PROTOCOL_LIMITS.html) &&
    isText(value['backHtml'], PROTOCOL_LIMITS.html) &&
    typeof value['typeable'] === 'boolean' &&
    isArrayOf(value['context'], (t) => isText(t, PROTOCOL_LIMITS.text)) &&
    isText(value['sourceLabel'], PROTOCOL_LIMITS.text) &&
    isIntervals(value['intervals']) &&
    optional(value, 'hint', (t) => isText(t, PROTOCOL_LIMITS.text)) &&
    optional(value, 'choicesHtml', (list) => isArrayOf(list, (t) => isText(t, PROTOCOL_LIMITS.html)) && (list as unknown[]).length <= PROTOCOL_LIMITS.steps) &&
    optional(value, 'steps', (list) => isArrayOf(list, isStep) && (list as unknown[]).length <= PROTOCOL_LIMITS.steps) &&
    optional(value, 'need', (n) => isCount(n) && (n as number) >= 1)
  );
}

function isStep(value: unknown): boolean {
  return isPlain(value) && onlyKeys(value, ['index', 'html']) && isIndex(value['index'], PROTOCOL_LIMITS.steps) && isText(value['html'], PROTOCOL_LIMITS.html);
}

function isItemCheck(value: unknown): boolean {
  return (
    isPlain(value) &&
    onlyKeys(value, ['expected', 'verdict'], ['typed']) &&
    isText(value['expected'], PROTOCOL_LIMITS.text) &&
    isVerdict(value['verdict']) &&
    optional(value, 'typed', (t) => isText(t, PROTOCOL_LIMITS.text))
  );
}

function isViewStrings(value: unknown): value is ViewStrings {
  return isPlain(value) && onlyKeys(value, VIEW_STRING_CODES) && VIEW_STRING_CODES.every((code) => isText(value[code], PROTOCOL_LIMITS.text));
}

function isSettings(value: unknown): value is ViewSettings {
  return (
    isPlain(value) &&
    onlyKeys(value, ['locale', 'showHints', 'typeAnswers']) &&
    (value['locale'] === 'ko' || value['locale'] === 'en') &&
    typeof value['showHints'] === 'boolean' &&
    typeof value['typeAnswers'] === 'boolean'
  );
}

function isIntervals(value: unknown): boolean {
  return Array.isArray(value) && value.length === 4 && value.every((t) => isText(t, 100));
}

function isVerdict(value: unknown): value is Verdict {
  return value === 'right' || value === 'almost' || value === 'wrong';
}

/**
 * An object straight from JSON or structured clone: Object or null prototype, so a class
 * instance or an array never passes, and `value[key]` reads only what the sender put there.
 */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return false;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Every own key is in `required` or `optionalKeys`, and every required key is there. */
function onlyKeys(value: Record<string, unknown>, required: readonly string[], optionalKeys: readonly string[] = []): boolean {
  const keys = Object.keys(value);
  // `__proto__` as an own key (JSON.parse makes one) is never part of a message.
  if (Object.hasOwn(value, '__proto__') || Object.getOwnPropertySymbols(value).length > 0) {
    return false;
  }
  return keys.every((key) => required.includes(key) || optionalKeys.includes(key)) && required.every((key) => Object.hasOwn(value, key));
}

function optional(value: Record<string, unknown>, key: string, check: (v: unknown) => boolean): boolean {
  return !Object.hasOwn(value, key) || check(value[key]);
}

function isArrayOf(value: unknown, check: (item: unknown) => boolean): boolean {
  return Array.isArray(value) && value.length <= PROTOCOL_LIMITS.cards && value.every(check);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= PROTOCOL_LIMITS.id && !/[\u0000-\u001f\u007f]/.test(value);
}

function isText(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isIndex(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < limit;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
}
