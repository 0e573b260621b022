import { disassemble } from 'es-hangul';
import { finalSoundOf } from '../korean/josa';
import { particleChainLength } from '../korean/particles';
import type { Card } from '../quiz/types';
import { splitBrackets } from '../quiz/text';
import { editDistance } from '../suggest';
import { foldNormalized } from '../text/fold';
import { normalizeWord } from '../text/normalize';

/**
 * Checking a typed answer the way a patient teacher would: what the student meant counts, what
 * they did not know does not.
 *
 * Right, whatever the spelling: spacing (고객 만족 = 고객만족), case (crm = CRM), NFC/NFD (macOS
 * input), full-width ASCII (ＣＲＭ), a trailing particle that fits the word (로열티는, 고객을 — but
 * not 로열티은), the card's accepted variants, and either half of a bracketed answer
 * (편재성(Ubiquity): 편재성 or Ubiquity).
 *
 * Almost: one letter off — one jamo for Hangul (로얄티 for 로열티), one letter for Latin words of
 * four letters or more — but never a different number (5배 is not 6배) and never a word so short
 * that one letter makes another word.
 */

export type Verdict = 'right' | 'almost' | 'wrong';

/** What the student did: typed text, an ordering of the steps, or a chosen option. */
export type AnswerInput =
  | string
  | { readonly typed: string }
  /** `order[i]` is the index (in `card.answers`) of the step put at position `i`. */
  | { readonly order: readonly number[] }
  /** The index of the chosen option in `card.choices`. */
  | { readonly choice: number };

/** One expected item (a list item, a step, a blank) and how it went. */
export interface ItemCheck {
  readonly expected: string;
  readonly verdict: Verdict;
  /** What the student gave for it, if anything. */
  readonly typed?: string;
}

export interface AnswerCheck {
  readonly verdict: Verdict;
  /** The right answer, as the panel shows it. */
  readonly expected: string;
  /** A single answer: the accepted spelling it matched (e.g. an alias). */
  readonly matched?: string;
  /** A list: every expected item in card order; a sequence: every step in order. */
  readonly items?: readonly ItemCheck[];
  /** A list: the expected items the student did not name. */
  readonly missing?: readonly string[];
  /** A list or sequence: what the student gave that matches nothing. */
  readonly extra?: readonly string[];
  /** A list: how many items were asked for (`required`, else all). */
  readonly need?: number;
}

export interface CheckOptions {
  /**
   * The id of the glossary term a word names, particles allowed — the host passes
   * `(w) => index.lookup(w)?.id`. With it, a typed word that names the expected answer's term is
   * right (any alias, any particle), and one that names another term is wrong however close it
   * looks: 고객만족도 (an index) is not 고객만족 + 도.
   */
  readonly termOf?: (word: string) => string | undefined;
}

/** Answers longer than this are explanations: self-graded after reveal, not typed. */
const MAX_TYPEABLE_LENGTH = 40;
/** A typed answer longer than this is not checked (a paste, not an answer). */
const MAX_TYPED_LENGTH = 4000;

/**
 * Whether a card asks for something short enough to type and check: not a definition, not a
 * long free answer.
 */
export function isTypeable(card: Card): boolean {
  if (card.type === 'definition') {
    return false;
  }
  if (card.type === 'choice') {
    return true;
  }
  return card.answers.length > 0 && card.answers.every((a) => a.length <= MAX_TYPEABLE_LENGTH);
}

/**
 * Checks an answer against a card.
 *
 * @example checkAnswer(reverseCard('로열티'), '로열티는').verdict // 'right'
 * @example checkAnswer(reverseCard('로열티'), '로얄티').verdict // 'almost'
 */
export function checkAnswer(card: Card, input: AnswerInput, options: CheckOptions = {}): AnswerCheck {
  if (typeof input !== 'string' && 'choice' in input) {
    return checkChoice(card, input.choice);
  }
  if (typeof input !== 'string' && 'order' in input) {
    return checkOrder(card, input.order);
  }
  const typed = typeof input === 'string' ? input : input.typed;
  const text = typeof typed === 'string' ? typed.slice(0, MAX_TYPED_LENGTH) : '';
  const match: Matcher = (part, forms) => matchItem(part, forms, options);
  switch (card.type) {
    case 'choice':
      return checkChoiceText(card, text, match);
    case 'list':
      return checkList(card, text, match);
    case 'sequence':
      return checkSequence(card, text, match);
    default:
      return card.answers.length > 1 ? checkBlanks(card, text, match) : checkSingle(card, text, match);
  }
}

/**
 * How one typed item compares with one expected answer and its accepted spellings.
 *
 * @example matchItem('고객을', ['고객']) // { verdict: 'right', form: '고객' }
 */
export function matchItem(typed: string, forms: readonly string[], options: CheckOptions = {}): { verdict: Verdict; form?: string } {
  // `로열티(loyalty)` typed for 로열티: the part before the brackets counts too.
  const keys = expand([typed]).slice(0, 2).map(answerKey).filter((key) => key !== '');
  if (keys.length === 0) {
    return { verdict: 'wrong' };
  }
  const candidates = expand(forms);
  const exact = candidates.find((form) => keys.includes(answerKey(form)));
  if (exact !== undefined) {
    return { verdict: 'right', form: exact };
  }
  const term = options.termOf?.(typed);
  if (term !== undefined) {
    const same = candidates.find((form) => options.termOf?.(form) === term);
    return same === undefined ? { verdict: 'wrong' } : { verdict: 'right', form: same };
  }
  for (const form of candidates) {
    const expected = answerKey(form);
    if (expected !== '' && keys.some((key) => endsInParticle(key, expected, form))) {
      return { verdict: 'right', form };
    }
  }
  const stems = keys.flatMap((key) => [key, ...particleStems(key)]);
  for (const form of candidates) {
    if (stems.some((stem) => nearlyEqual(stem, answerKey(form)))) {
      return { verdict: 'almost', form };
    }
  }
  return { verdict: 'wrong' };
}

/**
 * The key two spellings are compared by: `normalizeWord` (NFC, full-width → ASCII, invisible
 * characters dropped), maths signs unified, surrounding quotes and final punctuation dropped,
 * then `foldNormalized` (lower case, no spaces or hyphens).
 */
export function answerKey(text: string): string {
  const word = normalizeWord(text)
    .replace(/[−–—]/g, '-')
    .replace(/[×✕]/g, '*')
    .replace(/÷/g, '/')
    .replace(/^["'“”‘’「」『』«»\s]+|["'“”‘’「」『』«»\s.,!?。、]+$/gu, '');
  return foldNormalized(word);
}

/** The forms to accept for one answer: itself, its variants, and both halves of `A(B)`. */
function expand(forms: readonly string[]): string[] {
  const out: string[] = [];
  const add = (form: string): void => {
    if (form.trim() !== '' && !out.includes(form)) {
      out.push(form);
    }
  };
  for (const form of forms) {
    add(form);
    const { main, inner } = splitBrackets(form);
    if (inner !== undefined) {
      add(main);
      add(inner);
    }
  }
  return out;
}

/** `로열티는` for `로열티`: the expected key followed by a particle chain that fits its last sound. */
function endsInParticle(key: string, expected: string, form: string): boolean {
  if (!key.startsWith(expected) || key.length === expected.length) {
    return false;
  }
  const sound = finalSoundOf(splitBrackets(normalizeWord(form)).main);
  return particleChainLength(key, expected.length, sound) === key.length - expected.length;
}

/**
 * The key without each trailing particle chain it may end in, shortest stem last. The particle
 * need not fit here (로열티은 → 로열티): a wrong particle on the right word is a near miss.
 */
function particleStems(key: string): string[] {
  const stems: string[] = [];
  for (let cut = key.length - 1; cut >= Math.max(1, key.length - 6); cut--) {
    if (particleChainLength(key, cut, 'unknown') === key.length - cut) {
      stems.push(key.slice(0, cut));
    }
  }
  return stems;
}

/** One jamo or one letter apart, same numbers, and long enough for that to be a typo. */
function nearlyEqual(typed: string, expected: string): boolean {
  if (typed === '' || expected === '' || digits(typed) !== digits(expected)) {
    return false;
  }
  const a = disassemble(typed);
  const b = disassemble(expected);
  return b.length >= 4 && editDistance(a, b, 1) <= 1;
}

function digits(text: string): string {
  return (text.match(/\d+/g) ?? []).join(',');
}

function formsOf(card: Card, index: number): string[] {
  return [card.answers[index] ?? '', ...(card.accept?.[index] ?? [])];
}

type Matcher = (typed: string, forms: readonly string[]) => { verdict: Verdict; form?: string };

function checkSingle(card: Card, typed: string, match: Matcher): AnswerCheck {
  const expected = card.answers[0] ?? card.back;
  const { verdict, form } = match(typed, formsOf(card, 0));
  return { verdict, expected, ...(form === undefined ? {} : { matched: form }) };
}

/** Several blanks in one card: compared in order, like a sequence. */
function checkBlanks(card: Card, typed: string, match: Matcher): AnswerCheck {
  return positional(card, splitItems(typed, card), match, ', ');
}

/** Item `i` of the answer compared with expected item `i`; what is left over is extra. */
function positional(card: Card, parts: readonly string[], match: Matcher, joiner: string): AnswerCheck {
  const items = card.answers.map((answer, i): ItemCheck => {
    const part = parts[i];
    return part === undefined ? { expected: answer, verdict: 'wrong' } : { expected: answer, verdict: match(part, formsOf(card, i)).verdict, typed: part };
  });
  return { verdict: overall(items), expected: card.answers.join(joiner), items, ...extraOf(parts.slice(card.answers.length)) };
}

function checkChoice(card: Card, choice: number): AnswerCheck {
  const expected = expectedChoice(card);
  const right = card.answerIndex !== undefined && Number.isInteger(choice) && choice === card.answerIndex;
  return { verdict: right ? 'right' : 'wrong', expected };
}

/** A typed answer to a choice card: the option's number (1–4) or its text. */
function checkChoiceText(card: Card, typed: string, match: Matcher): AnswerCheck {
  const number = /^\s*([1-9])\s*[.)번]?\s*$/.exec(normalizeWord(typed));
  if (number !== null && card.choices !== undefined && Number(number[1]) <= card.choices.length) {
    return checkChoice(card, Number(number[1]) - 1);
  }
  const expected = expectedChoice(card);
  const { verdict, form } = match(typed, [expected, ...(card.accept?.[0] ?? [])]);
  // The options are a closed set: a near miss of the right one that is as near to another is wrong.
  if (verdict === 'almost' && (card.choices ?? []).some((c, i) => i !== card.answerIndex && match(typed, [c]).verdict !== 'wrong')) {
    return { verdict: 'wrong', expected };
  }
  return { verdict, expected, ...(form === undefined ? {} : { matched: form }) };
}

function expectedChoice(card: Card): string {
  return (card.answerIndex === undefined ? undefined : card.choices?.[card.answerIndex]) ?? card.answers[0] ?? card.back;
}

/**
 * A list: items in any order. Exact matches are paired first, then near misses, each expected
 * item and each typed item used once. Right when `need` items are right; almost when `need` are
 * right or nearly right (or, for an exhaustive list, all are right but something extra was added);
 * else wrong.
 */
function checkList(card: Card, typed: string, match: Matcher): AnswerCheck {
  const split = splitItems(typed, card);
  const spaced = bySpaces(split, card);
  return spaced === undefined ? listCheck(card, split, match) : better(listCheck(card, split, match), listCheck(card, spaced, match));
}

function listCheck(card: Card, parts: readonly string[], match: Matcher): AnswerCheck {
  const need = Math.min(card.required ?? card.answers.length, card.answers.length);
  const given = new Array<number | undefined>(card.answers.length).fill(undefined);
  const verdicts = new Array<Verdict>(card.answers.length).fill('wrong');
  const used = new Set<number>();
  for (const wanted of ['right', 'almost'] as const) {
    parts.forEach((part, p) => {
      if (used.has(p)) {
        return;
      }
      const slot = card.answers.findIndex((_, i) => given[i] === undefined && match(part, formsOf(card, i)).verdict === wanted);
      if (slot >= 0) {
        given[slot] = p;
        verdicts[slot] = wanted;
        used.add(p);
      }
    });
  }
  const items = card.answers.map((answer, i): ItemCheck => {
    const p = given[i];
    return { expected: answer, verdict: verdicts[i] as Verdict, ...(p === undefined ? {} : { typed: parts[p] as string }) };
  });
  const right = verdicts.filter((v) => v === 'right').length;
  const near = verdicts.filter((v) => v === 'almost').length;
  const extra = parts.filter((_, p) => !used.has(p));
  const exhaustive = card.required === undefined;
  const verdict: Verdict =
    right >= need && !(exhaustive && extra.length > 0) ? 'right' : right + near >= need ? 'almost' : 'wrong';
  return {
    verdict,
    expected: card.answers.join(', '),
    items,
    missing: items.filter((item) => item.typed === undefined).map((item) => item.expected),
    ...extraOf(extra),
    need,
  };
}

/** A typed sequence (`잠재고객 → 신규고객 → …`): step `i` is compared with step `i`. */
function checkSequence(card: Card, typed: string, match: Matcher): AnswerCheck {
  const split = splitItems(typed, card, true);
  const spaced = bySpaces(split, card);
  const check = (parts: readonly string[]): AnswerCheck => positional(card, parts, match, ' → ');
  return spaced === undefined ? check(split) : better(check(split), check(spaced));
}

/**
 * An ordering of the steps (drag and drop): position `i` is right when the step put there reads
 * the same as step `i` (so two identical steps may swap). Not a permutation of the steps → wrong.
 */
function checkOrder(card: Card, order: readonly number[]): AnswerCheck {
  const n = card.answers.length;
  const expected = card.answers.join(' → ');
  const valid =
    Array.isArray(order) && order.length === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n) && new Set(order).size === n;
  if (!valid) {
    return { verdict: 'wrong', expected, items: card.answers.map((answer) => ({ expected: answer, verdict: 'wrong' })) };
  }
  const items = card.answers.map((answer, i): ItemCheck => {
    const put = card.answers[order[i] as number] as string;
    return { expected: answer, verdict: answerKey(put) === answerKey(answer) ? 'right' : 'wrong', typed: put };
  });
  return { verdict: overall(items), expected, items };
}

/**
 * `잠재고객 신규고객 단골고객`, typed without separators: the words one by one, tried only when
 * the answer came as a single item while the card wants several.
 */
function bySpaces(parts: readonly string[], card: Card): string[] | undefined {
  if (parts.length !== 1 || card.answers.length < 2) {
    return undefined;
  }
  const words = (parts[0] as string).split(/\s+/).filter((w) => w !== '');
  return words.length > 1 ? words : undefined;
}

/** The reading of the answer that credits the student with more. */
function better(a: AnswerCheck, b: AnswerCheck): AnswerCheck {
  const score = (c: AnswerCheck): number => (c.items ?? []).reduce((sum, item) => sum + (item.verdict === 'right' ? 2 : item.verdict === 'almost' ? 1 : 0), 0);
  return score(b) > score(a) ? b : a;
}

function overall(items: readonly ItemCheck[]): Verdict {
  if (items.every((item) => item.verdict === 'right')) {
    return 'right';
  }
  return items.every((item) => item.verdict !== 'wrong') ? 'almost' : 'wrong';
}

function extraOf(extra: readonly string[]): { extra?: readonly string[] } {
  return extra.length === 0 ? {} : { extra };
}

/** Characters that separate typed items (line breaks always do); a sequence also splits on arrows. */
const LIST_SEPARATORS = [',', '，', '、', ';', '；', '/', '·', '•', '|'];
const SEQUENCE_SEPARATORS = ['→', '->', '=>', '⇒', '>', '〉', '》'];

/**
 * A typed answer cut into items: by commas, semicolons, line breaks, slashes, middle dots (and
 * arrows for a sequence), with list markers (`1.`, `①`, `-`) dropped. A separator that occurs in
 * one of the card's own answers is not used, so `생산·판매` stays one item when it is one.
 */
function splitItems(typed: string, card: Card, arrows = false): string[] {
  const own = [...card.answers, ...(card.accept ?? []).flat()].join('\u0000');
  const separators = [...LIST_SEPARATORS, ...(arrows ? SEQUENCE_SEPARATORS : [])].filter((s) => !own.includes(s));
  // Line breaks become a marker first: normalizeWord folds them into spaces.
  let text = normalizeWord(typed.replace(/\r\n?|\n/g, ' \u0001 '));
  for (const separator of separators) {
    text = text.split(separator).join('\u0001');
  }
  return text
    .split('\u0001')
    .map((part) => part.replace(/^\s*(?:\(?\d{1,2}[.)]|[①-⑳]|[-*•·])\s*/u, '').trim())
    .filter((part) => part !== '');
}
