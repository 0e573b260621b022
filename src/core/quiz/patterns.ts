import { HOLE, STRONG_CLOSE, STRONG_OPEN, plain } from './read';
import { splitBrackets } from './text';

/**
 * The shapes of text cards are made of, as pure functions on one line or sentence of a note.
 * Each returns undefined when the text does not have the shape; none of them looks further than
 * its input, so a note costs its length.
 */

const UNIT = '(?:%|배|개월|개국|개|명|가지|단계|차원|문항|회|건|번|년|일|시간|분|초|점|원|달러|위|세|주|cm|km|GB|TB)';
const NUMBER = '\\d+(?:[.,]\\d+)*';
/**
 * A figure: a number with a unit (65%, 5배, 3개월, 10명, 1960년, 25~85%), a fraction (1/3) or a
 * ratio (2:8, 1:29:300). A bare number is no figure (it is too often a list number or an id).
 */
const FIGURE = new RegExp(
  `(?<![\\d.,:/A-Za-z])(?:${NUMBER}(?:\\s?~\\s?${NUMBER})?\\s?${UNIT}|\\d+/\\d+|\\d+(?::\\d+)+)(?![\\d/:A-Za-z])`,
  'g',
);

export interface Span {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The figures of a sentence, in order. */
export function figuresIn(sentence: string): Span[] {
  const out: Span[] = [];
  FIGURE.lastIndex = 0;
  for (let hit = FIGURE.exec(sentence); hit !== null; hit = FIGURE.exec(sentence)) {
    out.push({ text: hit[0], start: hit.index, end: hit.index + hit[0].length });
  }
  return out;
}

/** True when the whole cell is one figure (`65%`, `5명`), for tables of figures. */
export function isFigure(text: string): boolean {
  const t = text.trim();
  const found = figuresIn(t);
  return found.length === 1 && found[0]?.start === 0 && found[0].end === t.length;
}

/** A line cut into sentences (after . ! ? followed by a space); markers kept. */
export function sentencesOf(line: string): string[] {
  return line
    .split(/(?<=[.!?。])\s+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Words that end a clause rather than name a thing: 있음, 했다, 함, 키우기 … */
const VERBAL_END = /(?:다|음|함|됨|임|님|짐|요|기|냄|줌|림|봄|짐|듦)[.!?]?$/;

export function looksVerbal(text: string): boolean {
  return VERBAL_END.test(text.trim());
}

const ARROW = /\s*(?:→|->|⇒|=>|⟶|➔|➡|⇨)\s*/;

export interface Arrows {
  readonly lead: string | undefined;
  readonly steps: string[];
}

/**
 * `고객관계의 발전: 잠재고객 → 첫 거래 → 단골` → lead 고객관계의 발전, three steps. Steps must be
 * short names, not clauses (`…가 아님 → …라 함` is prose with an arrow in it).
 */
export function arrowsIn(line: string): Arrows | undefined {
  const text = plain(line);
  if (!ARROW.test(text) || /=(?!>)/.test(text.replace(/=>|⇒/g, '')) || text.includes(HOLE)) {
    return undefined;
  }
  const parts = text.split(new RegExp(ARROW.source, 'g')).map((p) => p.trim());
  const first = parts[0] ?? '';
  // The lead's colon, not one inside a ratio (`하인리히 법칙 1:29:300 → …`).
  const colon = lastIndexMatching(first, /[:：](?!\d)/g);
  let lead: string | undefined;
  if (colon >= 0) {
    lead = first.slice(0, colon).trim();
    parts[0] = first.slice(colon + 1).trim();
    if (lead === '' || lead.length > 30) {
      return undefined;
    }
  }
  const steps = parts.map((p) => p.replace(/[.。]$/, '').trim());
  // Two steps are a sequence only under a lead that names one (`A → B` alone is mostly cause and
  // effect, or a term and what it leads to: `한계고객: 이익에 도움 안 되는 고객 → 디마케팅 대상`).
  if (steps.length === 2 && (lead === undefined || !PROCESS_WORD.test(lead))) {
    return undefined;
  }
  if (steps.length < 2 || steps.some((s) => s === '' || /[<>≠≤≥]/.test(s) || CLAUSE_INSIDE.test(s) || s.length > 25 || s.split(/\s+/).length > 5 || looksVerbal(s) || /[,，]/.test(s) || !balanced(s))) {
    return undefined;
  }
  return { lead, steps };
}

/** A connective ending inside a step makes it a clause (`작은 불만을 무시하면 큰 사고`), not a name. */
const CLAUSE_INSIDE = /(?:하면|으면|되면|이면|해서|하여|되어|지만|는데|므로)\s/;

const PROCESS_WORD = /단계|순서|과정|절차|흐름|프로세스|사이클|주기|변천|발전|진화|전환/;

/** The index of the last match of a global `pattern` in `text`, or -1. */
function lastIndexMatching(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(pattern)) {
    last = m.index;
  }
  return last;
}

/** True when every bracket in the text closes (`고객 접점(인터페이스)`, not `5단계(하위`). */
function balanced(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '(' || c === '（' || c === '[') {
      depth++;
    } else if (c === ')' || c === '）' || c === ']') {
      depth--;
      if (depth < 0) {
        return false;
      }
    }
  }
  return depth === 0;
}

export interface Formula {
  readonly left: string;
  readonly right: string;
  readonly operands: string[];
}

/** `가치 = 편익 - 가격` (a `공식:` lead allowed) → left, right, the operands a blank may hide. */
export function formulaIn(line: string): Formula | undefined {
  let text = plain(line).trim();
  if (text.includes(HOLE) || ARROW.test(text)) {
    return undefined;
  }
  const lead = /^[^=:：]{1,20}[:：]\s*(.+=.+)$/.exec(text);
  if (lead !== null) {
    text = lead[1] as string;
  }
  const match = /^([^=]{1,25}?)\s*=\s*([^=]{1,80})$/.exec(text);
  if (match === null) {
    return undefined;
  }
  const left = (match[1] as string).trim();
  const right = (match[2] as string).trim().replace(/[.。]$/, '');
  if (!/[\uac00-\ud7a3A-Za-z]/.test(left) || left.split(/\s+/).length > 4 || !/\s[-+×*/÷]\s|[×÷*/]/.test(right)) {
    return undefined;
  }
  const operands: string[] = [];
  for (const raw of right.split(/\s[-+]\s|[×*/÷()]/)) {
    const operand = raw.trim();
    if (operand !== '' && /[\uac00-\ud7a3A-Za-z]/.test(operand) && operand.length <= 25 && !operands.includes(operand)) {
      operands.push(operand);
    }
  }
  return operands.length === 0 ? undefined : { left, right, operands };
}

export interface Defining {
  /** The defined word (brackets kept, as written). */
  readonly label: string;
  /** Where the label ends in the plain sentence. */
  readonly end: number;
  /** How the sentence marks it: `bold` (`**X**: …`), `colon` (`X: …`), `ran` (`X란 …`), `topic` (`X는 …을 말한다`). */
  readonly how: 'bold' | 'colon' | 'ran' | 'topic';
  /** The particle written after the label (란, 이란, 은, 는), for agreement checks. */
  readonly particle: string | undefined;
}

const DEFINING_END = /(?:말한다|말함|의미한다|의미함|뜻한다|뜻함|가리킨다|일컫는다|이다|이다\.)\.?$/;

/** The word a defining sentence defines: `X란 …`, `X는 …을 말한다`, `X: …`, `**X**: …`. */
export function definingIn(sentence: string): Defining | undefined {
  const bold = new RegExp(`^${STRONG_OPEN}([^${STRONG_OPEN}${STRONG_CLOSE}]{1,30})${STRONG_CLOSE}\\s*[:：]\\s*\\S`).exec(sentence);
  if (bold !== null) {
    const label = (bold[1] as string).trim();
    return { label, end: label.length, how: 'bold', particle: undefined };
  }
  const text = plain(sentence);
  if (text.includes(HOLE) || /=/.test(text)) {
    return undefined;
  }
  const colon = /^([^:：]{1,30}?)\s*[:：]\s*(\S.{4,})$/.exec(text);
  if (colon !== null) {
    const label = (colon[1] as string).trim();
    return { label, end: label.length, how: 'colon', particle: undefined };
  }
  const ran = /^(\S[^,.]{0,29}?)(이란|란)\s+(\S.{4,})$/.exec(text);
  if (ran !== null) {
    const label = ran[1] as string;
    return { label, end: label.length, how: 'ran', particle: ran[2] as string };
  }
  const topic = /^(\S[^,.]{0,29}?)(은|는)\s+(\S.{4,})$/.exec(text);
  if (topic !== null && DEFINING_END.test(text)) {
    const label = topic[1] as string;
    return { label, end: label.length, how: 'topic', particle: topic[2] as string };
  }
  return undefined;
}

export interface ItemParts {
  /** The gradable answer: the label without trailing brackets. */
  readonly answer: string;
  /** The label as written (`편재성(Ubiquity)`). */
  readonly label: string;
  /** What the brackets held, when they held a name (`Ubiquity`). */
  readonly inner: string | undefined;
  readonly detail: string | undefined;
}

/** A list item or table cell: `편재성(Ubiquity)`, `도둑형: 훔치는 고객`, `2:8법칙 — 상위 20%…`. */
export function itemParts(text: string): ItemParts | undefined {
  const t = plain(text).trim();
  if (t === '' || t.includes(HOLE)) {
    return undefined;
  }
  // Not the colon of a ratio: `2:8법칙: 상위 20%…` → 2:8법칙.
  const split = /^(.+?)\s*(?:[:：](?!\d)|\s[—–-]\s|—|–)\s*(\S.*)$/.exec(t);
  const label = (split === null ? t : (split[1] as string)).trim();
  const { main, inner } = splitBrackets(label);
  return { answer: main, label, inner, detail: split === null ? undefined : (split[2] as string).trim() };
}

export interface UserPair {
  readonly front: string;
  readonly back: string;
  readonly both: boolean;
}

/** Text that ends inside a URL (`… https://example.com/a`, `http://[`): a `::` after it is the URL's. */
const IN_URL = /[A-Za-z][A-Za-z0-9+.-]*:\/\/\S*$/;

/**
 * `Q::A` and `Q:::A` (both ways); not `std::vector`, not `https://example.com/a::b`, not an Anki
 * cloze. syntaxes/crm-notes.injection.tmLanguage.json colours the same lines; keep them in step.
 */
export function userPairIn(line: string): UserPair | undefined {
  const text = plain(line).trim();
  if (text.includes(HOLE) || /\{\{c\d+::/.test(text)) {
    return undefined;
  }
  const triple = /^(.+?)\s*:::\s*(.+)$/.exec(text);
  if (triple !== null && !IN_URL.test(text.slice(0, text.indexOf(':::', (triple[1] as string).length)))) {
    return { front: (triple[1] as string).trim(), back: (triple[2] as string).trim(), both: true };
  }
  const at = text.indexOf('::');
  if (at <= 0 || IN_URL.test(text.slice(0, at))) {
    return undefined;
  }
  if (/\w\w$/.test(text.slice(0, at)) && /^[A-Za-z_]{2}/.test(text.slice(at + 2))) {
    return undefined; // a C++ or Rust path
  }
  const front = text.slice(0, at).trim();
  const back = text.slice(at + 2).trim();
  return front === '' || back === '' || back.startsWith(':') ? undefined : { front, back, both: false };
}

export interface Deletion {
  readonly text: string;
  readonly number: number;
  readonly hint: string | undefined;
  readonly start: number;
  readonly end: number;
}

/** Anki clozes `{{c1::x}}`, `{{c2::x::hint}}`. */
export function ankiClozesIn(text: string): Deletion[] {
  const out: Deletion[] = [];
  const re = /\{\{c(\d+)::(.+?)(?:::([^{}]*?))?\}\}/g;
  for (let hit = re.exec(text); hit !== null; hit = re.exec(text)) {
    const inner = (hit[2] as string).trim();
    if (inner !== '') {
      out.push({ text: inner, number: Number(hit[1]), hint: hit[3]?.trim() || undefined, start: hit.index, end: hit.index + hit[0].length });
    }
  }
  return out;
}

/** Highlights `==x==` (not `a == b`): each one a cloze of its own. */
export function highlightsIn(text: string): Deletion[] {
  const out: Deletion[] = [];
  const re = /==(?=[^\s=])([^=\n]*?[^\s=])==/g;
  let n = 0;
  for (let hit = re.exec(text); hit !== null; hit = re.exec(text)) {
    out.push({ text: hit[1] as string, number: ++n, hint: undefined, start: hit.index, end: hit.index + hit[0].length });
  }
  return out;
}
