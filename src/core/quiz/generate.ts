import type { Glossary } from '../glossary/glossary';
import type { Fact, FactItem, Term } from '../glossary/types';
import { TermIndex } from '../matcher';
import { englishSpelling } from '../match/sense';
import type { Heading } from '../notes/headings';
import type { Note } from '../notes/note';
import { contentHash } from '../text/hash';
import { distractorsFor, shuffled, spellingKeys } from './choice';
import { FactIndex } from './facts';
import { attach, choiceQuestion, definitionQuestion, listQuestion, reverseQuestion, sequenceQuestion } from './grammar';
import {
  type Deletion, type ItemParts, ankiClozesIn, arrowsIn, definingIn, figuresIn, formulaIn, highlightsIn, isFigure, itemParts, looksVerbal, sentencesOf, userPairIn,
} from './patterns';
import { type Block, HOLE, type ListBlock, type TableBlock, type TextLine, plain, readBlocks } from './read';
import { anchorText, escapeRegExp, fold, hintOf } from './text';
import { CARD_TYPES, type Card, type CardType, type QuizOptions } from './types';

/**
 * Turns a note into quiz cards, reading it through markdown-it's tokens plus the glossary:
 * nothing comes from code, front matter or HTML. See `types.ts` for what a card holds.
 *
 * @example generateCards(new Note('신규 고객을 얻는 비용은 기존 고객 유지 비용의 5배 이상이다.', index), 'a.md', glossary)
 * // [{ type: 'cloze', front: '신규 고객을 얻는 비용은 기존 고객 유지 비용의 ___ 이상이다.', answers: ['5배'], … }]
 */
export function generateCards(note: Note, file: string, glossary: Glossary, options: QuizOptions = {}): Card[] {
  if (note.refused !== undefined) {
    return [];
  }
  return new Generator(note, file, glossary, options).run();
}

/** A card before its id, terms and chapter are worked out. */
interface Draft {
  readonly type: CardType;
  /** The text the id is hashed from (with the type): the note's own words, never positions. */
  readonly anchor: string;
  readonly front: string;
  readonly back: string;
  readonly answers: readonly string[];
  readonly line: number;
  readonly choices?: readonly string[];
  readonly answerIndex?: number;
  readonly required?: number;
  readonly hint?: string | undefined;
  readonly accept?: readonly (readonly string[])[];
  readonly fact?: Fact | undefined;
  /** Term ids known before scanning the text (the glossary term of a glossary card, a fact's owner). */
  readonly knownTerms?: readonly string[];
  /** Glossary cards name their term and nothing else. */
  readonly onlyKnownTerms?: boolean;
}

const indexes = new WeakMap<Glossary, TermIndex>();
const factOwners = new WeakMap<Glossary, Map<string, string[]>>();

function indexFor(glossary: Glossary): TermIndex {
  let index = indexes.get(glossary);
  if (index === undefined) {
    index = TermIndex.fromGlossary(glossary);
    indexes.set(glossary, index);
  }
  return index;
}

/** Term id → the terms whose list facts name it as an item (도둑형 → 불량고객). */
function ownersOfItems(glossary: Glossary): Map<string, string[]> {
  let owners = factOwners.get(glossary);
  if (owners === undefined) {
    owners = new Map();
    for (const term of glossary.terms.values()) {
      for (const fact of term.facts) {
        const items = fact.kind === 'enumeration' ? fact.items : fact.kind === 'sequence' ? fact.steps : [];
        for (const item of items) {
          if (item.term !== undefined) {
            const list = owners.get(item.term) ?? [];
            if (!list.includes(term.id)) {
              list.push(term.id);
            }
            owners.set(item.term, list);
          }
        }
      }
    }
    factOwners.set(glossary, owners);
  }
  return owners;
}

/** Lead-in words: a line ending in one of these names a list (`불량고객의 유형`). */
const LEAD_NOUN = /(?:유형|종류|특징|특성|요소|조건|원칙|단계|과정|절차|순서|방법|전략|기준|장점|단점|효과|목적|기능|역할|분류|차원|배경|이유|요인|구성|사례|프로세스|흐름|구분|항목|원인|필요성|중요성|영역|형태|활동|도구|지표|속성)$/;
/** Leads that name an order: an ordered list under them is a sequence. */
const PROCESS = /(?:단계|과정|절차|순서|프로세스|흐름|순환|발전)$/;
/** Table headers that need a subject (`특징` → `모바일 비즈니스의 특징`). */
const LABEL = /^(?:특징|특성|유형|종류|구분|항목|요소|단계|내용|기능|장점|단점|분류|차원|용어|개념)$/;
/** Labels of `X: …` lines that are not terms being defined. */
const NOT_DEFINED = /^(?:공식|예|예시|참고|주의|정의|특징|결론|요약|정리|메모|비고|팁|tip|note|q|a)$/i;

type Previous = { kind: 'heading'; text: string; line: number } | { kind: 'lines'; lines: readonly TextLine[] } | undefined;

class Generator {
  private readonly index: TermIndex;
  private readonly facts: FactIndex;
  private readonly drafts: Draft[] = [];
  private readonly wanted: ReadonlySet<CardType>;
  private readonly seed: number;
  private readonly headings: readonly Heading[];
  private readonly paths: string[][] = [];
  /** The lines markdown-it gave as text (not code, HTML blocks or front matter). */
  private readonly readLines = new Set<number>();

  constructor(
    private readonly note: Note,
    private readonly file: string,
    private readonly glossary: Glossary,
    options: QuizOptions,
  ) {
    this.index = indexFor(glossary);
    this.wanted = new Set(options.types ?? CARD_TYPES);
    this.seed = options.seed ?? 0;
    const mentioned = new Set<string>();
    const owners = ownersOfItems(glossary);
    for (const o of note.occurrences) {
      mentioned.add(o.id);
      for (const owner of owners.get(o.id) ?? []) {
        mentioned.add(owner);
      }
    }
    this.facts = new FactIndex(glossary, mentioned);
    this.headings = note.headings;
    const stack: Heading[] = [];
    for (const heading of this.headings) {
      while (stack.length > 0 && (stack[stack.length - 1] as Heading).level >= heading.level) {
        stack.pop();
      }
      stack.push(heading);
      this.paths.push(stack.map((h) => h.title));
    }
  }

  run(): Card[] {
    this.walk(readBlocks(this.note.text), undefined);
    this.glossaryCards();
    return this.finish();
  }

  private want(type: CardType): boolean {
    return this.wanted.has(type);
  }

  // ── Walking the note ──────────────────────────────────────────────────────────────────────

  private walk(blocks: readonly Block[], first: Previous): void {
    let previous: Previous = first;
    for (const block of blocks) {
      this.markRead(block);
      switch (block.kind) {
        case 'heading':
          previous = { kind: 'heading', text: block.text, line: block.line };
          break;
        case 'paragraph':
          this.unit(block.lines);
          previous = { kind: 'lines', lines: block.lines };
          break;
        case 'list':
          this.list(block, previous);
          for (const item of block.items) {
            this.unit(item.lines);
            this.walk(item.children, { kind: 'lines', lines: item.lines });
          }
          previous = undefined;
          break;
        case 'table':
          this.table(block, previous);
          previous = undefined;
          break;
        default:
          break;
      }
    }
  }

  private markRead(block: Block): void {
    switch (block.kind) {
      case 'heading':
        this.readLines.add(block.line);
        break;
      case 'paragraph':
        block.lines.forEach((l) => this.readLines.add(l.line));
        break;
      case 'list':
        block.items.forEach((item) => item.lines.forEach((l) => this.readLines.add(l.line)));
        break;
      case 'table':
        this.readLines.add(block.line);
        block.rows.forEach((r) => this.readLines.add(r.line));
        break;
      default:
        break;
    }
  }

  /** A paragraph or a list item's text: user cards first; otherwise line by line. */
  private unit(lines: readonly TextLine[]): void {
    if (lines.length === 0) {
      return;
    }
    const split = lines.findIndex((l, i) => i > 0 && i < lines.length - 1 && plain(l.text) === '?');
    if (split > 0) {
      this.multiLine(lines, split);
      return;
    }
    const whole = lines.map((l) => l.text).join('\n');
    if (/\{\{c\d+::/.test(whole)) {
      this.deletions(lines, whole, ankiClozesIn(whole), true);
      return;
    }
    const highlights = highlightsIn(whole);
    if (highlights.length > 0) {
      this.deletions(lines, whole, highlights, false);
      return;
    }
    for (const line of lines) {
      this.line(line);
    }
  }

  private line(line: TextLine): void {
    const pair = userPairIn(line.text);
    if (pair !== undefined) {
      this.userPair(pair.front, pair.back, line.line, pair.both);
      return;
    }
    if (line.text.includes(HOLE)) {
      return; // nothing from inline code or HTML
    }
    if (this.arrows(line) || this.formula(line)) {
      return;
    }
    for (const sentence of sentencesOf(line.text)) {
      this.defining(sentence, line.line);
      this.figures(sentence, line.line);
    }
  }

  // ── Lead-ins ──────────────────────────────────────────────────────────────────────────────

  /** The lead-in a list or table follows: `…:`, `불량고객의 유형`, or (loosely) a heading. */
  private leadOf(previous: Previous): { text: string; explicit: boolean } | undefined {
    if (previous === undefined) {
      return undefined;
    }
    if (previous.kind === 'heading') {
      const text = previous.text.replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/, '').trim();
      return text === '' ? undefined : { text, explicit: false };
    }
    const last = previous.lines[previous.lines.length - 1];
    const text = last === undefined ? '' : plain(last.text).trim();
    if (text === '' || text.includes(HOLE) || text.length > 40) {
      return undefined;
    }
    if (/[:：]$/.test(text)) {
      const lead = text.slice(0, -1).trim();
      return lead === '' ? undefined : { text: lead, explicit: true };
    }
    if (text.length <= 30 && LEAD_NOUN.test(text) && !/[.!?]$/.test(text)) {
      return { text, explicit: true };
    }
    return undefined;
  }

  /** The reading that decides the particle after a lead that ends in a term (Big Data → 빅데이터). */
  private readingOf(word: string): string | undefined {
    const text = word.replace(/\s*[(（[][^()（）[\]]*[)）\]]$/, '').trimEnd();
    const matches = this.index.scan(text, { markdown: false });
    const last = matches[matches.length - 1];
    if (last === undefined || last.end !== text.length || last.alternatives.length > 0) {
      return undefined;
    }
    const term = this.glossary.terms.get(last.id);
    if (term === undefined) {
      return undefined;
    }
    const spelled = text.slice(last.start, last.end);
    if (fold(spelled) === fold(term.term)) {
      return term.reading;
    }
    // An acronym is read letter by letter (STP → 에스티피를, e-CRM → 이씨알엠을), never as its
    // headword (타깃 마케팅을, 전자 고객관계관리를); an English word of a Hangul headword is read as
    // the headword (Big Data → 빅데이터는).
    if ((/^[A-Z0-9&./-]+$/.test(spelled) && /[A-Z].*[A-Z]/.test(spelled)) || /[A-Z]{2}$/.test(spelled)) {
      return undefined;
    }
    return /[A-Za-z]$/.test(spelled) && /[\uac00-\ud7a3]$/.test(term.term) ? term.term : undefined;
  }

  // ── Lists, tables, sequences ──────────────────────────────────────────────────────────────

  private list(list: ListBlock, previous: Previous): void {
    if (!this.want('list') && !this.want('sequence')) {
      return;
    }
    const lead = this.leadOf(previous);
    const parts: ItemParts[] = [];
    for (const item of list.items) {
      const first = item.lines[0];
      const part = first === undefined ? undefined : itemParts(first.text);
      const limit = lead?.explicit === true ? 30 : 20;
      if (part === undefined || part.answer.length > limit || part.answer.split(/\s+/).length > 5 || (lead?.explicit !== true && looksVerbal(part.answer))) {
        return;
      }
      parts.push(part);
    }
    if (parts.length < 2 || parts.length > 15) {
      return;
    }
    const answers = parts.map((p) => p.answer);
    const match = this.facts.matchList(lead?.text, answers);
    const topic = lead?.text ?? (match?.fact.kind === undefined ? undefined : match.fact.title);
    if (topic === undefined) {
      return;
    }
    const sequence = match === undefined ? list.ordered && PROCESS.test(topic) : match.fact.kind === 'sequence';
    if (sequence) {
      this.sequenceCard(topic, parts, list.line, match?.fact, match?.items);
    } else {
      this.listCard(topic, parts, list.line, match?.fact, match?.items);
    }
  }

  private table(table: TableBlock, previous: Previous): void {
    if (table.header.length !== 2 || table.rows.length < 2 || table.rows.some((r) => r.cells.length !== 2)) {
      return;
    }
    const rows = table.rows.map((r) => ({ line: r.line, key: plain(r.cells[0] as string).trim(), value: plain(r.cells[1] as string).trim() }));
    if (rows.some((r) => r.key === '' || r.key.includes(HOLE) || r.value.includes(HOLE))) {
      return;
    }
    const h1 = table.header[0] as string;
    if (rows.every((r) => isFigure(r.value))) {
      for (const row of rows) {
        const front = `${row.key}: ___`;
        this.figureCloze(front, `${row.key}: ${row.value}`, row.value, `${h1}\u0000${row.key}\u0000${row.value}`, row.line, `${h1} ${row.key}`);
      }
      return;
    }
    if (!this.want('list') && !this.want('sequence')) {
      return;
    }
    let lead = this.leadOf(previous)?.text;
    if (lead === undefined || (previous?.kind === 'heading' && LABEL.test(h1))) {
      const subject = this.subjectOf(previous, table.line);
      lead = LABEL.test(h1) ? (subject === undefined ? undefined : `${subject}의 ${h1}`) : h1;
    }
    if (lead === undefined) {
      return;
    }
    const parts: ItemParts[] = [];
    for (const row of rows) {
      const part = itemParts(row.key);
      if (part === undefined || part.answer.length > 30) {
        return;
      }
      parts.push({ ...part, detail: row.value === '' ? undefined : row.value });
    }
    const answers = parts.map((p) => p.answer);
    const match = this.facts.matchList(lead, answers);
    if (match?.fact.kind === 'sequence') {
      this.sequenceCard(lead, parts, table.line, match.fact, match.items);
    } else {
      this.listCard(lead, parts, table.line, match?.fact, match?.items);
    }
  }

  /** What a table of `특징 | 내용` is about: `X: …` just above it, else the nearest heading. */
  private subjectOf(previous: Previous, line: number): string | undefined {
    if (previous?.kind === 'lines') {
      const first = plain(previous.lines[0]?.text ?? '');
      const colon = /^([^:：]{1,30}?)\s*[:：]/.exec(first);
      if (colon !== null) {
        return (colon[1] as string).trim();
      }
    }
    if (previous?.kind === 'heading') {
      return previous.text;
    }
    const path = this.contextAt(line);
    return path[path.length - 1];
  }

  private listCard(lead: string, parts: readonly ItemParts[], line: number, fact: Fact | undefined, items: readonly (FactItem | undefined)[] | undefined): void {
    if (!this.want('list')) {
      return;
    }
    const answers = parts.map((p) => p.answer);
    const accept = parts.map((p, i) => acceptOf(p, items?.[i]));
    const backLines = parts.map((p) => (p.detail === undefined ? p.label : `${p.label}: ${p.detail}`));
    let required: number | undefined;
    if (fact?.kind === 'enumeration') {
      for (const item of fact.items) {
        if (!items?.includes(item)) {
          answers.push(item.answer);
          accept.push(acceptOf(undefined, item));
          backLines.push(item.detail === undefined ? `${item.label} (용어집)` : `${item.label}: ${item.detail} (용어집)`);
        }
      }
      if (!fact.exhaustive) {
        required = Math.min(3, parts.length);
      }
    }
    this.drafts.push({
      type: 'list',
      anchor: `${lead}\u0000${parts.map((p) => p.label).join('\u0001')}`,
      front: listQuestion(lead, this.readingOf(lead), required),
      back: backLines.join('\n'),
      answers,
      accept,
      line,
      fact,
      ...(required === undefined ? {} : { required }),
      knownTerms: fact === undefined ? [] : [this.facts.owner.get(fact.key)?.id ?? ''],
    });
  }

  private sequenceCard(lead: string | undefined, parts: readonly ItemParts[], line: number, fact: Fact | undefined, items: readonly (FactItem | undefined)[] | undefined): void {
    if (!this.want('sequence')) {
      return;
    }
    // The heading without its numbering: `3-1. 고객만족이란` → 고객만족이란.
    const topic = this.contextAt(line).at(-1)?.replace(/^\s*(?:제\s*)?\d+(?:[-.]\d+)*\s*[.)장절]?\s+/, '');
    this.drafts.push({
      type: 'sequence',
      anchor: `${lead ?? ''}\u0000${parts.map((p) => p.label).join('\u0001')}`,
      front: sequenceQuestion(lead, topic, lead === undefined ? undefined : this.readingOf(lead)),
      back: parts.map((p) => p.label).join(' → '),
      answers: parts.map((p) => p.answer),
      accept: parts.map((p, i) => acceptOf(p, items?.[i])),
      line,
      fact,
      knownTerms: fact === undefined ? [] : [this.facts.owner.get(fact.key)?.id ?? ''],
    });
  }

  private arrows(line: TextLine): boolean {
    const found = arrowsIn(line.text);
    if (found === undefined) {
      return false;
    }
    const parts = found.steps.map((s) => itemParts(s) ?? { answer: s, label: s, inner: undefined, detail: undefined });
    const match = this.facts.matchList(found.lead, parts.map((p) => p.answer), 'sequence');
    this.sequenceCard(found.lead, parts, line.line, match?.fact, match?.items);
    return true;
  }

  // ── Formulas, definitions, figures ────────────────────────────────────────────────────────

  private formula(line: TextLine): boolean {
    const found = formulaIn(line.text);
    if (found === undefined) {
      return false;
    }
    if (!this.want('formula')) {
      return true;
    }
    const { left, right, operands } = found;
    const fact = this.facts.matchFormula(left);
    const back = `${left} = ${right}`;
    const known = fact === undefined ? [] : [this.facts.owner.get(fact.key)?.id ?? ''];
    const leftTerm = this.index.lookup(left);
    const leftAccept = leftTerm === undefined || leftTerm.alternatives.length > 0 ? [] : acceptOfTerm(this.glossary.terms.get(leftTerm.id), left);
    this.drafts.push({ type: 'formula', anchor: `${back}\u0000=`, front: `___ = ${right}`, back, answers: [left], accept: [leftAccept], line: line.line, fact, knownTerms: known });
    for (const operand of operands.slice(0, 3)) {
      const at = right.indexOf(operand);
      if (at < 0 || right.indexOf(operand, at + operand.length) >= 0) {
        continue;
      }
      const front = `${left} = ${right.slice(0, at)}___${right.slice(at + operand.length)}`;
      this.drafts.push({ type: 'formula', anchor: `${back}\u0000${operand}`, front, back, answers: [operand], line: line.line, fact, knownTerms: known });
    }
    return true;
  }

  private defining(sentence: string, line: number): void {
    if (!this.want('cloze')) {
      return;
    }
    const found = definingIn(sentence);
    if (found === undefined) {
      return;
    }
    const text = plain(sentence).trim();
    const label = found.label;
    const { answer, accept } = this.definedWord(label, found.how);
    if (answer === undefined) {
      return;
    }
    if (found.particle !== undefined) {
      // The particle the note wrote must fit the word: 로열티란, 고객만족이란, 로열티는, 가치는.
      const pair = found.how === 'ran' ? '이란/란' : '은/는';
      const right = attach(answer, pair, this.readingOf(answer));
      if (right !== undefined && right !== answer + found.particle && !label.endsWith(')')) {
        return;
      }
    }
    const start = text.indexOf(answer);
    if (start !== 0) {
      return;
    }
    const front = `___${text.slice(answer.length)}`;
    this.drafts.push({ type: 'cloze', anchor: `${text}\u0000${answer}`, front, back: text, answers: [answer], accept: [accept], hint: hintOf(answer), line });
  }

  /** The answer a defining sentence blanks, if the label is worth a card, and its accepted spellings. */
  private definedWord(label: string, how: 'bold' | 'colon' | 'ran' | 'topic'): { answer: string | undefined; accept: string[] } {
    const main = label.replace(/\s*[(（][^()（）]*[)）]$/, '').trim();
    if (main === '' || NOT_DEFINED.test(main) || main.length > 25) {
      return { answer: undefined, accept: [] };
    }
    const match = this.index.lookup(label);
    const term = match === undefined || match.alternatives.length > 0 ? undefined : this.glossary.terms.get(match.id);
    if (term?.generic === true) {
      return { answer: undefined, accept: [] };
    }
    const isTerm = term !== undefined && this.index.lookup(main)?.id === term.id;
    const known = isTerm ? acceptOfTerm(term, main) : [];
    if (label !== main) {
      known.unshift(label);
    }
    if (how === 'bold' || how === 'ran') {
      return main.split(/\s+/).length <= 4 ? { answer: main, accept: known } : { answer: undefined, accept: [] };
    }
    return isTerm ? { answer: main, accept: known } : { answer: undefined, accept: [] };
  }

  private figures(sentence: string, line: number): void {
    if (!this.want('cloze')) {
      return;
    }
    const text = plain(sentence).trim();
    if (text.length > 300 || (text.match(/[\uac00-\ud7a3]/g)?.length ?? 0) < 4) {
      return;
    }
    const found = figuresIn(text);
    if (found.length === 0) {
      return;
    }
    const terms = this.index.scan(text, { markdown: false });
    for (const figure of found) {
      if (terms.some((t) => t.start < figure.end && figure.start < t.end)) {
        continue; // 2:8법칙 is a name, not a figure
      }
      const front = `${text.slice(0, figure.start)}___${text.slice(figure.end)}`;
      this.figureCloze(front, text, figure.text, `${text}\u0000${figure.text}`, line, text);
    }
  }

  private figureCloze(front: string, back: string, value: string, anchor: string, line: number, about: string): void {
    if (!this.want('cloze')) {
      return;
    }
    const fact = this.facts.matchFigure(value, about);
    this.drafts.push({
      type: 'cloze', anchor, front, back, answers: [value], line, fact,
      knownTerms: fact === undefined ? [] : [this.facts.owner.get(fact.key)?.id ?? ''],
    });
  }

  // ── User cards ────────────────────────────────────────────────────────────────────────────

  private userPair(front: string, back: string, line: number, both: boolean): void {
    if (!this.want('user')) {
      return;
    }
    this.drafts.push({ type: 'user', anchor: `${front}\u0000::\u0000${back}`, front, back, answers: [back], line });
    if (both) {
      this.drafts.push({ type: 'user', anchor: `${back}\u0000::\u0000${front}`, front: back, back: front, answers: [front], line });
    }
  }

  private multiLine(lines: readonly TextLine[], split: number): void {
    if (!this.want('user')) {
      return;
    }
    const front = lines.slice(0, split).map((l) => plain(l.text)).join('\n').trim();
    const back = lines.slice(split + 1).map((l) => plain(l.text)).join('\n').trim();
    if (front === '' || back === '' || front.includes(HOLE) || back.includes(HOLE)) {
      return;
    }
    this.drafts.push({ type: 'user', anchor: `${front}\u0000?\u0000${back}`, front, back, answers: [back], line: (lines[0] as TextLine).line });
  }

  /** One card per cloze number (Anki) or per highlight; the other deletions show as text. */
  private deletions(lines: readonly TextLine[], whole: string, found: readonly Deletion[], anki: boolean): void {
    if (!this.want('user') || found.length === 0 || whole.includes(HOLE)) {
      return;
    }
    const numbers = [...new Set(found.map((d) => d.number))].sort((a, b) => a - b);
    const render = (number: number | undefined): string => {
      let out = '';
      let cursor = 0;
      for (const d of found) {
        out += whole.slice(cursor, d.start) + (d.number === number ? '___' : d.text);
        cursor = d.end;
      }
      return plain(out + whole.slice(cursor)).trim();
    };
    const back = render(undefined);
    for (const number of numbers) {
      const mine = found.filter((d) => d.number === number);
      const first = mine[0] as Deletion;
      let lineOf = (lines[0] as TextLine).line;
      let offset = 0;
      for (const l of lines) {
        if (offset > first.start) {
          break;
        }
        lineOf = l.line;
        offset += l.text.length + 1;
      }
      this.drafts.push({
        type: 'user',
        anchor: `${back}\u0000${anki ? 'c' : '=='}${number}`,
        front: render(number),
        back,
        answers: mine.map((d) => d.text),
        hint: first.hint,
        line: lineOf,
      });
    }
  }

  // ── Glossary cards ────────────────────────────────────────────────────────────────────────

  private glossaryCards(): void {
    if (!this.want('definition') && !this.want('reverse') && !this.want('choice')) {
      return;
    }
    const firstLine = new Map<string, number>();
    for (const o of this.note.occurrences) {
      // Only mentions in text markdown-it reads as text: not in an HTML block.
      if (o.alternatives.length === 0 && !firstLine.has(o.id) && this.readLines.has(o.line)) {
        firstLine.set(o.id, o.line);
      }
    }
    for (const [id, line] of firstLine) {
      const term = this.glossary.terms.get(id);
      if (term === undefined || term.generic) {
        continue;
      }
      const common = { line, knownTerms: [id], onlyKnownTerms: true, anchor: id };
      if (this.want('definition')) {
        this.drafts.push({ ...common, type: 'definition', front: definitionQuestion(term.term), back: term.definition, answers: [term.definition] });
      }
      const described = maskTerm(term.definition, term);
      const accept = acceptOfTerm(term, term.term);
      if (this.want('reverse')) {
        this.drafts.push({ ...common, type: 'reverse', front: reverseQuestion(described), back: term.term, answers: [term.term], accept: [accept], hint: hintOf(term.term) });
      }
      if (this.want('choice')) {
        const question = choiceQuestion(described);
        const wrong = distractorsFor(term, this.glossary, question, this.seed);
        if (wrong !== undefined) {
          const choices = shuffled([term.term, ...wrong.map((t) => t.term)], this.seed, term.id);
          this.drafts.push({ ...common, type: 'choice', front: question, back: term.term, answers: [term.term], accept: [accept], choices, answerIndex: choices.indexOf(term.term) });
        }
      }
    }
  }

  // ── Finishing ─────────────────────────────────────────────────────────────────────────────

  private contextAt(line: number): string[] {
    let lo = 0;
    let hi = this.headings.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.headings[mid] as Heading).line <= line) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found < 0 ? [] : [...(this.paths[found] as string[])];
  }

  private termsOf(draft: Draft): string[] {
    const ids: string[] = (draft.knownTerms ?? []).filter((id) => id !== '');
    if (draft.onlyKnownTerms !== true) {
      const text = `${draft.front}\n${draft.back}`;
      for (const match of this.index.scan(text, { markdown: false })) {
        if (match.alternatives.length === 0 && !ids.includes(match.id)) {
          ids.push(match.id);
        }
      }
    }
    const generic = (id: string): boolean => this.glossary.terms.get(id)?.generic === true;
    return [...ids.filter((id) => !generic(id)), ...ids.filter(generic)];
  }

  private finish(): Card[] {
    const seen = new Set<string>();
    const ids = new Map<string, number>();
    const cards: Array<{ card: Card; order: number }> = [];
    const typeRank = new Map(CARD_TYPES.map((t, i) => [t, i]));
    this.drafts.forEach((draft, order) => {
      if (!this.wanted.has(draft.type) || draft.answers.length === 0 || draft.answers.some((a) => a.trim() === '')) {
        return;
      }
      const shown = fold(draft.front);
      if (draft.answers.some((a) => fold(a) !== '' && shown.includes(fold(a)))) {
        return; // a card never shows its own answer
      }
      const key = `${draft.front}\u0000${draft.answers.join('\u0001')}`;
      if (seen.has(key)) {
        return;
      }
      seen.add(key);
      let id = contentHash(`${draft.type}\u0000${anchorText(draft.anchor)}`);
      const n = (ids.get(id) ?? 0) + 1;
      ids.set(id, n);
      if (n > 1) {
        id = `${id}-${n}`;
      }
      const terms = this.termsOf(draft);
      const accept = draft.accept?.some((a) => a.length > 0) === true ? draft.accept : undefined;
      const card: Card = {
        id,
        type: draft.type,
        front: draft.front,
        back: draft.back,
        answers: draft.answers,
        ...(draft.choices === undefined ? {} : { choices: draft.choices, answerIndex: draft.answerIndex as number }),
        ...(draft.required === undefined ? {} : { required: draft.required }),
        ...(draft.hint === undefined ? {} : { hint: draft.hint }),
        ...(accept === undefined ? {} : { accept }),
        ...(draft.fact === undefined ? {} : { fact: draft.fact.key }),
        source: { file: this.file, line: draft.line },
        context: this.contextAt(draft.line),
        terms,
        chapter: terms.length === 0 ? undefined : this.glossary.terms.get(terms[0] as string)?.chapter,
      };
      cards.push({ card, order });
    });
    cards.sort((a, b) => a.card.source.line - b.card.source.line || (typeRank.get(a.card.type) ?? 0) - (typeRank.get(b.card.type) ?? 0) || a.order - b.order);
    return cards.map((c) => c.card);
  }
}

/** A note item's other spellings (label with brackets, the bracketed name) and its glossary item's. */
function acceptOf(part: ItemParts | undefined, item: FactItem | undefined): string[] {
  const answer = part?.answer ?? item?.answer ?? '';
  const out: string[] = [];
  const add = (value: string | undefined): void => {
    if (value !== undefined && value.trim() !== '' && fold(value) !== fold(answer) && !out.some((o) => fold(o) === fold(value))) {
      out.push(value.trim());
    }
  };
  add(part?.label);
  add(part?.inner);
  if (item !== undefined) {
    add(item.answer);
    add(item.label);
    add(item.label.replace(/\s*[(（][^()（）]*[)）]$/, ''));
    item.accept.forEach(add);
  }
  return out;
}

/** A term's spellings other than `answer` that name only it (no `ambiguous` alias). */
function acceptOfTerm(term: Term | undefined, answer: string): string[] {
  if (term === undefined) {
    return [];
  }
  const ambiguous = new Set(term.ambiguous.map(fold));
  const out: string[] = [];
  for (const spelling of [term.term, ...term.aliases, ...(term.english === undefined ? [] : [term.english])]) {
    const key = fold(spelling);
    if (key !== fold(answer) && !ambiguous.has(key) && !out.some((o) => fold(o) === key)) {
      out.push(spelling);
    }
  }
  return out;
}

/** A definition with the term's own spellings blanked (`○○`), so a reverse card does not give it away. */
function maskTerm(definition: string, term: Term): string {
  const spellings = [...spellingKeys(term)].length === 0 ? [] : [term.term, ...term.aliases, ...(term.english === undefined ? [] : [term.english, englishSpelling(term.english)])];
  let out = definition;
  for (const spelling of [...new Set(spellings)].sort((a, b) => b.length - a.length)) {
    if (spelling.trim().length < 2) {
      continue;
    }
    // Spaced or not, hyphenated or not: 자동응답시스템 hides 자동 응답 시스템 too.
    const pattern = [...spelling.replace(/[\s-]+/g, '')].map(escapeRegExp).join('[\\s-]*');
    out = out.replace(new RegExp(pattern, 'giu'), '○○');
  }
  return out;
}
