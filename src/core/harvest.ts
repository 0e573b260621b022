import type { Glossary } from './glossary/glossary';
import type { NewTerm } from './glossary/edit';
import type { TermIndex } from './matcher';
import type { Note } from './notes/note';
import { foldKey } from './text/fold';

/** A `한글(English)` or `English(한글)` pair in a note that the glossary does not know yet. */
export interface Harvest {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly korean: string;
  readonly english: string;
  /** Add `alias` to a term the other half already names, or add a new term. */
  readonly proposal: { readonly kind: 'alias'; readonly id: string; readonly alias: string } | { readonly kind: 'term'; readonly entry: NewTerm };
}

const KOREAN_FIRST = /([\uac00-\ud7a3][\uac00-\ud7a3 ]{0,24}[\uac00-\ud7a3])\s*\(\s*([A-Za-z][A-Za-z0-9 .&/'-]{1,48}[A-Za-z0-9.])\s*\)/g;
const ENGLISH_FIRST = /([A-Za-z][A-Za-z0-9 .&/'-]{1,48}[A-Za-z0-9.])\s*\(\s*([\uac00-\ud7a3][\uac00-\ud7a3 ]{0,24}[\uac00-\ud7a3])\s*\)/g;

/** An id for a new term from its English name: `Growth Hacking` → `growth-hacking`. */
export function idFromEnglish(english: string): string {
  return english.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'user-term';
}

/**
 * Pairs the student wrote as `한글(English)` or `English(한글)` that the glossary lacks: when one
 * half names a term, the other becomes its alias; when neither does, a new term, its definition
 * prefilled from the sentence it stands in. Never in code, links or front matter.
 */
export function findHarvests(note: Note, glossary: Glossary, index: TermIndex): Harvest[] {
  const out: Harvest[] = [];
  const text = note.text;
  const known = (word: string): string | undefined => {
    const match = index.lookup(word);
    return match === undefined || !glossary.terms.has(match.id) ? undefined : match.id;
  };
  for (const [pattern, koreanFirst] of [[KOREAN_FIRST, true], [ENGLISH_FIRST, false]] as const) {
    const re = new RegExp(pattern.source, pattern.flags);
    for (let hit = re.exec(text); hit !== null; hit = re.exec(text)) {
      if (!note.isNoteText(hit.index)) {
        continue;
      }
      const english = (koreanFirst ? hit[2] : hit[1])?.trim() ?? '';
      // Before the bracket, the Korean run may hold the words before the term too
      // (`로열티는 고객관계(Relationship)`): the longest known ending of it, else its last word.
      const words = ((koreanFirst ? hit[1] : hit[2]) ?? '').trim().split(/\s+/);
      const endings = [3, 2, 1].filter((n) => n <= words.length).map((n) => words.slice(-n).join(' '));
      const korean = koreanFirst ? (endings.find((k) => known(k) !== undefined) ?? words[words.length - 1] ?? '') : words.join(' ');
      const byKorean = known(korean);
      const byEnglish = known(english);
      let proposal: Harvest['proposal'] | undefined;
      if (byKorean !== undefined && byEnglish === undefined) {
        proposal = { kind: 'alias', id: byKorean, alias: english };
      } else if (byEnglish !== undefined && byKorean === undefined) {
        proposal = { kind: 'alias', id: byEnglish, alias: korean };
      } else if (byKorean === undefined && byEnglish === undefined) {
        proposal = { kind: 'term', entry: { id: uniqueId(glossary, idFromEnglish(english)), term: korean, english, definition: sentenceAround(text, hit.index, hit.index + hit[0].length) } };
      }
      if (proposal === undefined || (proposal.kind === 'alias' && foldKey(proposal.alias) === foldKey(glossary.terms.get(proposal.id)?.english ?? ''))) {
        continue;
      }
      const start = koreanFirst ? hit.index + hit[0].indexOf(korean) : hit.index;
      const { line, column } = note.lines.position(start);
      out.push({ line, start: column, end: column + (hit.index + hit[0].length - start), korean, english, proposal });
    }
  }
  return out.sort((a, b) => a.line - b.line || a.start - b.start);
}

function uniqueId(glossary: Glossary, base: string): string {
  let id = base;
  for (let n = 2; glossary.terms.has(id); n++) {
    id = `${base}-${n}`;
  }
  return id;
}

/** The sentence (or list item) a pair stands in, without list markers, as a first definition. */
function sentenceAround(text: string, from: number, to: number): string {
  const lineStart = text.lastIndexOf('\n', from - 1) + 1;
  const lineEnd = text.indexOf('\n', to);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  return line.replace(/^\s*(?:[-*+]|\d+[.)]|#+)\s*/, '').trim().slice(0, 300);
}
