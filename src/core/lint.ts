import type { Glossary } from './glossary/glossary';
import { isHangulSyllable, syllableFinal } from './korean/hangul';
import { particleChainLength } from './korean/particles';
import type { Note } from './notes/note';

/** One problem in a note, at a range of one line (UTF-16 columns as stored in the file). */
export interface LintProblem {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Offsets in the note's text. */
  readonly offset: number;
  readonly endOffset: number;
  /** Exactly the note's characters in the range. */
  readonly text: string;
  /** `misspelt-term`: one jamo off the glossary; `two-spellings`: the note writes one term two ways. */
  readonly code: 'misspelt-term' | 'two-spellings';
  /** The term it is most likely meant to be. */
  readonly id: string;
  /** The spelling to put in its place. */
  readonly suggestion: string;
}

/**
 * Correct Korean words one jamo away from a glossary spelling, which must never be flagged
 * (a test keeps this list honest).
 */
export const FALSE_FRIENDS: ReadonlySet<string> = new Set(['고객님', '가치관', '관계자', '불만족', '만족도', '경쟁사', '서비스업', '마케터', '고객층', '판매자', '구매자', '이용자', '사용자']);

/** A Korean spelling with one syllable blanked, as a look-up key: 로*티. */
function wildcard(spelling: string, at: number): string {
  return `${spelling.slice(0, at)}*${spelling.slice(at + 1)}`;
}

/** True when two syllables differ in exactly one of initial, medial or final (로얄 vs 로열: ㅑ/ㅕ). */
function oneJamoApart(a: number, b: number): boolean {
  if (!isHangulSyllable(a) || !isHangulSyllable(b) || a === b) {
    return false;
  }
  const x = a - 0xac00;
  const y = b - 0xac00;
  const diffs = Number(Math.floor(x / 588) !== Math.floor(y / 588)) + Number(Math.floor((x % 588) / 28) !== Math.floor((y % 588) / 28)) + Number(x % 28 !== y % 28);
  return diffs === 1;
}

/**
 * A term written two ways in one note (고객생애가치 here, 고객평생가치 there): the less used Hangul
 * spelling is flagged with the more used one as the suggestion. Latin names (CRM beside
 * 고객관계관리), spacing variants and a spelling inside another (로열티 in 고객로열티) do not count.
 */
function twoSpellings(note: Note, skip: ReadonlySet<number>): LintProblem[] {
  const byTerm = new Map<string, Map<string, Array<Note['occurrences'][number]>>>();
  for (const o of note.occurrences) {
    const compact = o.text.normalize('NFC').replace(/\s+/g, '');
    if (skip.has(o.offset) || !/^[\uac00-\ud7a3]+$/.test(compact)) {
      continue;
    }
    const spellings = byTerm.get(o.id) ?? new Map();
    spellings.set(compact, [...(spellings.get(compact) ?? []), o]);
    byTerm.set(o.id, spellings);
  }
  const problems: LintProblem[] = [];
  for (const spellings of byTerm.values()) {
    if (spellings.size < 2) {
      continue;
    }
    // The most used spelling (the first one written, on a tie) is the note's own.
    const ranked = [...spellings].sort((a, b) => b[1].length - a[1].length || (a[1][0]?.offset ?? 0) - (b[1][0]?.offset ?? 0));
    const [main, mainOccurrences] = ranked[0] as (typeof ranked)[number];
    const suggestion = mainOccurrences[0]?.text.normalize('NFC') ?? main;
    for (const [spelling, occurrences] of ranked.slice(1)) {
      if (spelling.includes(main) || main.includes(spelling)) {
        continue;
      }
      for (const o of occurrences) {
        problems.push({ line: o.line, start: o.start, end: o.end, offset: o.offset, endOffset: o.endOffset, text: o.text, code: 'two-spellings', id: o.id, suggestion });
      }
    }
  }
  return problems;
}

/** The comment that tells the lint to leave spellings alone in one note. */
export const IGNORE_COMMENT = 'crm-notes-ignore';

/**
 * Spellings a note asks not to be flagged: `<!-- crm-notes-ignore: 로얄티, 상향팬매 -->` anywhere
 * in it (an HTML comment, so it is invisible in the preview).
 */
export function ignoredSpellings(text: string): Set<string> {
  const out = new Set<string>();
  const comment = /<!--\s*crm-notes-ignore:([^>]*?)-->/g;
  for (let hit = comment.exec(text); hit !== null; hit = comment.exec(text)) {
    for (const word of (hit[1] ?? '').split(',')) {
      const trimmed = word.trim().normalize('NFC');
      if (trimmed !== '') {
        out.add(trimmed);
      }
    }
  }
  return out;
}

/** The comment line that adds `spelling` to a note's ignore list (see `ignoredSpellings`). */
export function ignoreComment(spelling: string): string {
  return `<!-- ${IGNORE_COMMENT}: ${spelling.replace(/-->|,/g, '')} -->`;
}

/** Same length, and exactly one syllable one jamo apart. */
function differsByOneJamo(a: string, b: string): boolean {
  let diffs = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) {
      if (++diffs > 1 || !oneJamoApart(a.charCodeAt(i), b.charCodeAt(i))) {
        return false;
      }
    }
  }
  return diffs === 1;
}

interface Target {
  readonly id: string;
  /** The spelling, spaces removed (as a word is compared). */
  readonly compact: string;
  /** The spelling as written, to put in. */
  readonly spelling: string;
}

/**
 * Finds glossary terms written with one jamo wrong (로얄티 → 로열티, 데이타베이스 마케팅 →
 * 데이터베이스 마케팅, 고객유지률 → 고객유지율, 상향팬매 → 상향판매): words of three syllables or more,
 * particles allowed after them, never in code, links or front matter, never on a word that is
 * itself a spelling or a known correct word (`FALSE_FRIENDS`), never towards an everyday
 * (`generic`) term.
 */
export class TermSpeller {
  private readonly targets = new Map<string, Target[]>();
  private readonly spellings = new Set<string>();
  /** First-two-syllable keys of every target (`고객`, `고*`, `*객`): a word matching none is skipped. */
  private readonly heads = new Set<string>();
  private maxLength = 0;
  /** Aliases that are the headword with one jamo changed (로얄티 for 로열티): found, but misspelt. */
  private readonly variants = new Map<string, string>();

  /**
   * `glossary` is the one in use; variant spellings are taken from `bundled` only, so a spelling
   * the user added to their own glossary (the quick fix does that) is theirs and not a typo.
   */
  constructor(glossary: Glossary, bundled: Glossary = glossary) {
    for (const term of bundled.terms.values()) {
      const head = term.term.replace(/\s+/g, '');
      for (const alias of term.aliases) {
        const compact = alias.replace(/\s+/g, '');
        if (!term.generic && compact.length >= 3 && compact.length === head.length && differsByOneJamo(compact, head)) {
          this.variants.set(`${term.id}\u0000${compact}`, term.term);
        }
      }
    }
    for (const term of glossary.terms.values()) {
      for (const spelling of [term.term, ...term.aliases]) {
        const compact = spelling.replace(/\s+/g, '');
        this.spellings.add(compact);
        if (term.generic || compact.length < 3 || ![...compact].every((c) => isHangulSyllable(c.charCodeAt(0)))) {
          continue;
        }
        this.maxLength = Math.max(this.maxLength, compact.length);
        this.heads.add(compact.slice(0, 2));
        this.heads.add(`${compact[0] as string}*`);
        this.heads.add(`*${compact[1] as string}`);
        for (let at = 0; at < compact.length; at++) {
          const key = wildcard(compact, at);
          const list = this.targets.get(key) ?? [];
          list.push({ id: term.id, compact, spelling: term.term });
          this.targets.set(key, list);
        }
      }
    }
  }

  /** The misspelt terms of a note, in text order, except those the note says to ignore. */
  check(note: Note): LintProblem[] {
    if (note.refused !== undefined) {
      return [];
    }
    const ignored = ignoredSpellings(note.text);
    const misspelt = this.checkAll(note);
    const flagged = new Set(misspelt.map((p) => p.offset));
    return [...misspelt, ...twoSpellings(note, flagged)].filter((p) => !ignored.has(p.text.normalize('NFC'))).sort((a, b) => a.offset - b.offset);
  }

  private checkAll(note: Note): LintProblem[] {
    const text = note.text;
    const occupied = note.occurrences;
    const problems: LintProblem[] = [];
    for (const o of occupied) {
      const suggestion = o.via === 'alias' ? this.variants.get(`${o.id}\u0000${o.text.normalize('NFC').replace(/\s+/g, '')}`) : undefined;
      if (suggestion !== undefined) {
        problems.push({ line: o.line, start: o.start, end: o.end, offset: o.offset, endOffset: o.endOffset, text: o.text, code: 'misspelt-term', id: o.id, suggestion });
      }
    }
    let next = 0; // index into `occupied`, which is sorted
    const words = /[\uac00-\ud7a3]+(?: [\uac00-\ud7a3]+)?/g;
    for (let hit = words.exec(text); hit !== null; hit = words.exec(text)) {
      const start = hit.index;
      // The second word was only for spelling with a space: continue from the first word's end.
      const space = hit[0].indexOf(' ');
      if (space > 0) {
        words.lastIndex = start + space + 1;
      }
      while (next < occupied.length && (occupied[next] as { endOffset: number }).endOffset <= start) {
        next++;
      }
      const found = this.checkWord(text, start, hit[0]);
      if (found === undefined) {
        continue;
      }
      const overlapsTerm = next < occupied.length && (occupied[next] as { offset: number }).offset < start + found.length;
      if (overlapsTerm || !note.isNoteText(start)) {
        continue;
      }
      const { line, column } = note.lines.position(start);
      problems.push({
        line,
        start: column,
        end: column + found.length,
        offset: start,
        endOffset: start + found.length,
        text: text.slice(start, start + found.length),
        code: 'misspelt-term',
        id: found.target.id,
        suggestion: found.target.spelling,
      });
    }
    return problems.sort((a, b) => a.offset - b.offset);
  }

  /** The longest prefix of `word` (particles may follow it) one jamo from a target spelling. */
  private checkWord(text: string, start: number, word: string): { length: number; target: Target } | undefined {
    const compactWord = word.replace(/ /g, '');
    // One syllable is wrong at most, so the first or the second syllable is right.
    if (compactWord.length < 3 || !(this.heads.has(compactWord.slice(0, 2)) || this.heads.has(`${compactWord[0] as string}*`) || this.heads.has(`*${compactWord[1] as string}`))) {
      return undefined;
    }
    for (let length = Math.min(compactWord.length, this.maxLength); length >= 3; length--) {
      const candidate = compactWord.slice(0, length);
      if (this.spellings.has(candidate) || FALSE_FRIENDS.has(candidate)) {
        return undefined; // a real word: no spelling of it is a typo
      }
      // In the original text: the candidate may span the space of a two-word spelling.
      const rawLength = length + (word.indexOf(' ') >= 0 && word.indexOf(' ') < length ? 1 : 0);
      const endInText = start + rawLength;
      const rest = text.charCodeAt(endInText);
      if (isHangulSyllable(rest)) {
        const final = syllableFinal(candidate.charCodeAt(candidate.length - 1));
        if (particleChainLength(text, endInText, final) < 0) {
          continue;
        }
      }
      for (let at = 0; at < candidate.length; at++) {
        for (const target of this.targets.get(wildcard(candidate, at)) ?? []) {
          if (target.compact.length === candidate.length && oneJamoApart(candidate.charCodeAt(at), target.compact.charCodeAt(at))) {
            return { length: rawLength, target };
          }
        }
      }
    }
    return undefined;
  }
}
