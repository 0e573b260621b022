import type { Glossary } from './glossary/glossary';
import { LAYER_ORDER } from './glossary/types';
import { type FinalSound, isAsciiAlnum, isHangul, isHangulSyllable, syllableFinal } from './korean/hangul';
import { finalSoundOf } from './korean/josa';
import { derivationalTailLength, particleChainLength } from './korean/particles';
import { type Region, blockRegions, inRegions, inlineRegions, maskMarkdown, maskRegions } from './text/markdown';
import { normalizeForMatching, normalizeWord } from './text/normalize';

/** One term found in a text. Offsets are UTF-16 offsets in the original text. */
export interface TermMatch {
  /** Start of the term. */
  readonly start: number;
  /** End of the term (exclusive), without any particle: the hover range. */
  readonly end: number;
  /** End of the particles or derivational tail after the term (`로열티는` → after 는). */
  readonly wordEnd: number;
  /** The matched term's id (the highest-precedence owner when a spelling is shared). */
  readonly id: string;
  /** Other terms sharing this spelling (declared ambiguous), if any. */
  readonly alternatives: readonly string[];
  /** Which spelling matched: the headword, an alias or the English name. */
  readonly via: KeyKind;
}

export type KeyKind = 'headword' | 'alias' | 'english';

/** What the index needs to know about a term. */
export interface IndexTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly english?: string | undefined;
  readonly reading?: string | undefined;
  /** Lower wins a spelling shared with another term (workspace 0, user 1, bundled 2). */
  readonly priority?: number;
}

interface KeyEntry {
  readonly id: string;
  readonly kind: KeyKind;
  /** The key with separators removed and case kept, to check case-sensitive acronyms. */
  readonly exact: string;
  /** The key's ASCII letters, for the case-sensitive comparison. */
  readonly letters: string;
  readonly caseSensitive: boolean;
  /** Final sound for particle checks when the key ends in Hangul. */
  readonly final: FinalSound;
  readonly priority: number;
  readonly order: number;
}

interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  entries: KeyEntry[] | undefined;
}

const KIND_RANK: Record<KeyKind, number> = { headword: 0, alias: 1, english: 2 };
const MAX_SPACED_VARIANTS = 8;

/**
 * A trie over every spelling of every term, and the Korean rules for where a spelling counts:
 * particles checked against the final consonant, longest match, compounds, spacing variants,
 * English aliases, the prefix guard (불만족 is not 만족) and NFD/full-width/zero-width input.
 */
export class TermIndex {
  private readonly root: TrieNode = { next: undefined, entries: undefined };
  /** Every key, folded (lower case, no spaces or hyphens), for exact look-ups. */
  private readonly folded = new Map<string, KeyEntry[]>();
  private size = 0;

  private constructor() {}

  /** Number of distinct spellings (with spacing variants) in the trie. */
  get keyCount(): number {
    return this.size;
  }

  /** A higher layer (workspace, then user, then bundled) wins a shared spelling. */
  static fromGlossary(glossary: Glossary): TermIndex {
    const top = LAYER_ORDER.length - 1;
    return TermIndex.build([...glossary.terms.values()].map((term) => ({ ...term, priority: top - LAYER_ORDER.indexOf(term.source.layer) })));
  }

  /** Builds the index; `terms` earlier in the list win shared spellings. */
  static build(terms: readonly IndexTerm[]): TermIndex {
    const index = new TermIndex();
    const plain = new Set<string>();
    for (const term of terms) {
      for (const key of [term.term, ...term.aliases]) {
        plain.add(normalizeWord(key).replace(/ /g, ''));
      }
    }
    let order = 0;
    for (const term of terms) {
      const keys: Array<[string, KeyKind]> = [[term.term, 'headword'], ...term.aliases.map((a): [string, KeyKind] => [a, 'alias'])];
      if (term.english !== undefined) {
        keys.push([term.english, 'english']);
      }
      for (const [raw, kind] of keys) {
        const key = normalizeWord(raw);
        if (key.length < 2 && !(key.length === 1 && isHangulSyllable(key.charCodeAt(0)) && kind === 'headword')) {
          continue;
        }
        const exact = stripLatinSeparators(key);
        const letters = exact.replace(/[^A-Za-z]/g, '');
        const caseSensitive = letters.length >= 2 && letters === letters.toUpperCase();
        const last = exact.charCodeAt(exact.length - 1);
        const final = isHangulSyllable(last) ? syllableFinal(last) : finalSoundOf(exact, kind === 'headword' ? term.reading : undefined);
        const entry: KeyEntry = { id: term.id, kind, exact, letters, caseSensitive, final, priority: term.priority ?? 0, order: order++ };
        for (const variant of spacingVariants(exact, plain)) {
          index.insert(variant, entry);
        }
        const fold = exact.toLowerCase().replace(/[\s-]+/g, '');
        const list = index.folded.get(fold) ?? [];
        if (!list.some((e) => e.id === entry.id)) {
          list.push(entry);
          list.sort(compareEntries);
        }
        index.folded.set(fold, list);
      }
    }
    return index;
  }

  private insert(key: string, entry: KeyEntry): void {
    let node = this.root;
    for (let i = 0; i < key.length; i++) {
      const code = lower(key.charCodeAt(i));
      node.next ??= new Map();
      let child = node.next.get(code);
      if (child === undefined) {
        child = { next: undefined, entries: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    if (node.entries === undefined) {
      node.entries = [];
      this.size++;
    }
    if (!node.entries.some((e) => e.id === entry.id)) {
      node.entries.push(entry);
      node.entries.sort(compareEntries);
    }
  }

  /**
   * Finds every term in a text. With `markdown` (the default) code, link targets, HTML and front
   * matter are skipped (see `text/markdown.ts`).
   */
  scan(text: string, options: { markdown?: boolean } = {}): TermMatch[] {
    const source = options.markdown === false ? text : maskMarkdown(text);
    return this.scanRange(source, 0, source.length);
  }

  /**
   * The term under `offset`, looking only at the line around it (at most a few hundred
   * characters), so the cost does not grow with the document. `blocks` are the note's
   * `blockRegions` (fenced code, front matter), computed once per document version by the caller.
   */
  findTermAt(text: string, offset: number, blocks?: readonly Region[]): TermMatch | undefined {
    if (offset < 0 || offset >= text.length || (blocks !== undefined && inRegions(blocks, offset))) {
      return undefined;
    }
    const [from, to] = windowAround(text, offset);
    const masked = maskRegions(text, inlineRegions(text, from, to), from, to);
    const found = this.scanRange(masked, 0, masked.length);
    for (const match of found) {
      if (match.start + from <= offset && offset < match.end + from) {
        return { ...match, start: match.start + from, end: match.end + from, wordEnd: match.wordEnd + from };
      }
    }
    return undefined;
  }

  /**
   * The term a single word names, particles allowed (`로열티는` → 로열티, `crm` → CRM), or
   * undefined. For look-ups by a person (CLI `define`, search boxes).
   */
  lookup(word: string): TermMatch | undefined {
    const normalized = normalizeWord(word);
    const direct = this.folded.get(normalized.toLowerCase().replace(/[\s-]+/g, ''));
    if (direct !== undefined && direct.length > 0) {
      const [first, ...rest] = direct as [KeyEntry, ...KeyEntry[]];
      return { start: 0, end: word.length, wordEnd: word.length, id: first.id, alternatives: rest.map((e) => e.id), via: first.kind };
    }
    const found = this.scanRange(normalized, 0, normalized.length);
    const first = found[0];
    if (first !== undefined && first.start === 0 && first.wordEnd === normalized.length) {
      return first;
    }
    return undefined;
  }

  /** Every folded spelling with its term ids, for suggestions. */
  spellings(): IterableIterator<[string, readonly { id: string }[]]> {
    return this.folded.entries();
  }

  private scanRange(source: string, from: number, to: number): TermMatch[] {
    const norm = normalizeForMatching(source, from, to);
    const text = norm.text;
    const out: TermMatch[] = [];
    const memo = new Map<number, Candidate | null>();
    let previousEnd = -1;
    let i = 0;
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (!this.root.next?.has(lower(code)) || !startAllowed(text, i, previousEnd)) {
        i++;
        continue;
      }
      const found = this.matchAt(text, i, memo);
      if (found === undefined) {
        i++;
        continue;
      }
      const [first, ...rest] = found.entries as [KeyEntry, ...KeyEntry[]];
      out.push({
        start: norm.originalStart(i),
        end: norm.originalEnd(found.end - 1),
        wordEnd: norm.originalEnd(found.wordEnd - 1),
        id: first.id,
        alternatives: rest.map((e) => e.id),
        via: first.kind,
      });
      previousEnd = found.end;
      i = found.wordEnd;
    }
    return out;
  }

  /** The longest term starting at `start` whose right context is acceptable. */
  private matchAt(text: string, start: number, memo: Map<number, Candidate | null>): Candidate | undefined {
    const cached = memo.get(start);
    if (cached !== undefined) {
      return cached ?? undefined;
    }
    memo.set(start, null); // guards against cycles through compounds
    const candidates: Array<{ end: number; entries: KeyEntry[] }> = [];
    let node: TrieNode | undefined = this.root;
    let j = start;
    while (node !== undefined && j < text.length) {
      let code = text.charCodeAt(j);
      // Between two Latin letters or digits a space or hyphen is optional: Big Data = BigData.
      if ((code === 0x20 || code === 0x2d) && j > start && isAsciiAlnum(text.charCodeAt(j - 1)) && isAsciiAlnum(text.charCodeAt(j + 1)) && !node.next?.has(code)) {
        j++;
        code = text.charCodeAt(j);
      }
      node = node.next?.get(lower(code));
      j++;
      if (node?.entries !== undefined) {
        candidates.push({ end: j, entries: node.entries });
      }
    }
    for (let k = candidates.length - 1; k >= 0; k--) {
      const candidate = candidates[k] as { end: number; entries: KeyEntry[] };
      const entries = candidate.entries.filter((e) => !e.caseSensitive || sameLetters(text, start, candidate.end, e.letters));
      if (entries.length === 0) {
        continue;
      }
      const wordEnd = this.rightContext(text, candidate.end, (entries[0] as KeyEntry).final, memo);
      if (wordEnd >= 0) {
        const result = { end: candidate.end, wordEnd, entries };
        memo.set(start, result);
        return result;
      }
    }
    return undefined;
  }

  /** Where the word ends after a term ending at `end`, or -1 when the term does not stand there. */
  private rightContext(text: string, end: number, final: FinalSound, memo: Map<number, Candidate | null>): number {
    const lastCode = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (end >= text.length || Number.isNaN(next)) {
      return end;
    }
    if (!isHangulSyllable(lastCode)) {
      // A Latin or symbol ending: a following letter or digit would make it a longer word
      // (CRMS); Hangul after it is a particle or a Korean word written onto it (CRM은, CRM시스템).
      if (isAsciiAlnum(lastCode) && isAsciiAlnum(next)) {
        return -1;
      }
      if (isHangulSyllable(next)) {
        const chain = particleChainLength(text, end, final);
        return chain >= 0 ? end + chain : end;
      }
      return end;
    }
    if (!isHangulSyllable(next)) {
      return end;
    }
    const chain = particleChainLength(text, end, final);
    if (chain >= 0) {
      return end + chain;
    }
    if (this.matchAt(text, end, memo) !== undefined) {
      return end; // a compound: 우량고객|관리
    }
    const tail = derivationalTailLength(text, end);
    return tail >= 0 ? end + tail : -1;
  }
}

interface Candidate {
  readonly end: number;
  readonly wordEnd: number;
  readonly entries: readonly KeyEntry[];
}

function compareEntries(a: KeyEntry, b: KeyEntry): number {
  return a.priority - b.priority || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order;
}

function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/**
 * A term may start at the start of a word, or exactly where the previous term ended (compounds).
 * Hangul after Hangul is mid-word (불|만족); a letter or digit after a letter or digit is
 * mid-word (S|CRM).
 */
function startAllowed(text: string, i: number, previousEnd: number): boolean {
  if (i === 0 || i === previousEnd) {
    return true;
  }
  const prev = text.charCodeAt(i - 1);
  const code = text.charCodeAt(i);
  if (isHangul(code)) {
    return !isHangul(prev);
  }
  if (isAsciiAlnum(code)) {
    return !isAsciiAlnum(prev);
  }
  return true;
}

/** Compares the ASCII letters of `text[start, end)` with a key's letters, case-sensitively. */
function sameLetters(text: string, start: number, end: number, letters: string): boolean {
  return text.slice(start, end).replace(/[^A-Za-z]/g, '') === letters;
}

/** Removes a space or hyphen between two ASCII letters/digits: `Big Data` → `BigData`. */
function stripLatinSeparators(key: string): string {
  return key.replace(/(?<=[A-Za-z0-9])[ -](?=[A-Za-z0-9])/g, '');
}

/**
 * Spellings of a key with optional spaces: where the key has a space, and where it splits into
 * parts that are all spellings of their own (고객만족 → 고객 만족 when 고객 and 만족 are terms).
 * Never between arbitrary syllables: 고객이탈 must not match `고객이 탈퇴`.
 */
function spacingVariants(key: string, plain: ReadonlySet<string>): string[] {
  const compact = key.replace(/(?<=\p{Script=Hangul}) (?=\p{Script=Hangul})/gu, '');
  const optional = new Set<number>();
  // Positions in `compact` where the written key had a space.
  let offset = 0;
  for (let i = 0; i < key.length; i++) {
    if (key[i] === ' ' && isHangul(key.charCodeAt(i - 1)) && isHangul(key.charCodeAt(i + 1))) {
      optional.add(i - offset);
      offset++;
    }
  }
  for (const boundary of segmentBoundaries(compact, plain)) {
    optional.add(boundary);
  }
  const positions = [...optional].sort((a, b) => a - b).slice(0, 3);
  const variants = new Set<string>([compact]);
  for (let mask = 1; mask < 1 << positions.length && variants.size < MAX_SPACED_VARIANTS; mask++) {
    let variant = '';
    let last = 0;
    positions.forEach((pos, bit) => {
      if (mask & (1 << bit)) {
        variant += compact.slice(last, pos) + ' ';
        last = pos;
      }
    });
    variants.add(variant + compact.slice(last));
  }
  return [...variants];
}

/**
 * Where a Hangul key may take a space: before every tail that splits into known spellings of at
 * least two syllables each, the head being at least two syllables too (우량고객 → 우량 고객 because
 * 고객 is a term; 고객만족도 → 고객 만족도 / 고객만족 도? no: 도 is one syllable).
 */
function segmentBoundaries(key: string, plain: ReadonlySet<string>): number[] {
  if (key.length < 4 || !/^\p{Script=Hangul}+$/u.test(key)) {
    return [];
  }
  const memo = new Map<number, boolean>();
  const splits = (from: number): boolean => {
    if (from === key.length) {
      return true;
    }
    const known = memo.get(from);
    if (known !== undefined) {
      return known;
    }
    let ok = false;
    for (let end = from + 2; end <= key.length && !ok; end++) {
      ok = plain.has(key.slice(from, end)) && splits(end);
    }
    memo.set(from, ok);
    return ok;
  };
  const boundaries: number[] = [];
  for (let p = 2; p <= key.length - 2; p++) {
    if (splits(p)) {
      boundaries.push(p);
    }
  }
  return boundaries;
}

/**
 * Fenced code and front matter of a note, for `findTermAt`. Re-export so callers need only this
 * module.
 */
export { blockRegions };

/** The window around `offset` that `findTermAt` looks at: its line, clipped to ±256 characters. */
function windowAround(text: string, offset: number): [number, number] {
  const limit = 256;
  let from = offset;
  while (from > 0 && text.charCodeAt(from - 1) !== 0x0a && offset - from < limit) {
    from--;
  }
  if (from > 0 && text.charCodeAt(from - 1) !== 0x0a) {
    // Clipped: start at a word boundary so a word is never cut in half.
    while (from < offset && !/\s/.test(text[from - 1] ?? ' ')) {
      from++;
    }
  }
  let to = offset;
  while (to < text.length && text.charCodeAt(to) !== 0x0a && to - offset < limit) {
    to++;
  }
  if (to < text.length && text.charCodeAt(to) !== 0x0a) {
    while (to > offset + 1 && !/\s/.test(text[to] ?? ' ')) {
      to--;
    }
  }
  return [from, to];
}
