import type { Glossary } from './glossary/glossary';
import { LAYER_ORDER } from './glossary/types';
import { type FinalSound, isAsciiAlnum, isHangul, isHangulSyllable, syllableFinal } from './korean/hangul';
import { finalSoundOf } from './korean/josa';
import { derivationalTailLength, particleChainLength } from './korean/particles';
import { type Region, inRegions, inlineRegions, maskMarkdown, maskRegions } from './text/markdown';
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
  /** Final sound for particle checks; computed on first use for keys that do not end in Hangul. */
  final: FinalSound | undefined;
  /** What to read for the final sound when `final` is not known yet. */
  readonly finalSource: string;
  readonly priority: number;
  readonly order: number;
}

const ROOT = 0;

const KIND_RANK: Record<KeyKind, number> = { headword: 0, alias: 1, english: 2 };

/**
 * A trie over every spelling of every term, and the Korean rules for where a spelling counts:
 * particles checked against the final consonant, longest match, compounds, spacing variants,
 * English aliases, the prefix guard (불만족 is not 만족) and NFD/full-width/zero-width input.
 */
export class TermIndex {
  // The trie without an object or Map per node: the root's children are a direct table by char
  // code (every scan position starts there); all other edges live in one open-addressing hash
  // table of typed arrays keyed by (node, char code). `outputIndex` points into `outputs` at
  // nodes where a spelling ends.
  private readonly rootTable = new Int32Array(0x10000);
  /** Edge slots of three ints each (node, char code, child); one cache line per probe. */
  private edges: Int32Array = new Int32Array(3 << 14);
  private edgeCount = 0;
  private outputIndex: Int32Array = new Int32Array(1 << 13);
  private nodeCount = 1;
  private readonly outputs: KeyEntry[][] = [[]];
  /** Every spelling's entry, in insertion order. */
  private readonly keys: KeyEntry[] = [];
  private folded: Map<string, KeyEntry[]> | undefined;
  /** Spellings not yet in the trie, by first character (lower case). */
  private readonly deferred = new Map<number, Deferred[]>();
  private size = 0;

  private constructor() {}

  /** Number of spellings indexed (headwords, aliases and English names). */
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
    for (const term of terms) {
      index.addKey(term, term.term, 'headword');
      for (const alias of term.aliases) {
        index.addKey(term, alias, 'alias');
      }
      if (term.english !== undefined) {
        index.addKey(term, term.english, 'english');
      }
    }
    return index;
  }

  private insert(key: string, entry: KeyEntry): void {
    let node = ROOT;
    for (let i = 0; i < key.length; i++) {
      const code = lower(key.charCodeAt(i));
      node = this.child(node, code) ?? this.addChild(node, code);
    }
    this.addOutput(node, entry);
  }

  /**
   * Files a spelling under its first character. That character's subtrie is built the first time
   * a text reaches it (see `child`): a hover builds only the subtries it touches, and building the
   * index costs a few hundred nanoseconds per spelling.
   */
  private addKey(term: IndexTerm, raw: string, kind: KeyKind): void {
    const key = normalizeWord(raw);
    if (key.length < 2 && !(key.length === 1 && isHangulSyllable(key.charCodeAt(0)) && kind === 'headword')) {
      return;
    }
    const first = lower(key.charCodeAt(0));
    const spelling: Deferred = { term, key, kind, order: this.size++ };
    const list = this.deferred.get(first);
    if (list === undefined) {
      this.deferred.set(first, [spelling]);
    } else {
      list.push(spelling);
    }
  }

  /** Puts a deferred spelling into the trie, with its compact variant. */
  private place({ term, key, kind, order }: Deferred): void {
    let upper = 0;
    let lowerCase = false;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code >= 0x41 && code <= 0x5a) {
        upper++;
      } else if (code >= 0x61 && code <= 0x7a) {
        lowerCase = true;
      }
    }
    const exact = upper > 0 || lowerCase || /[0-9]/.test(key) ? stripLatinSeparators(key) : key;
    // Short all-caps acronyms (CRM, RFM) match case-sensitively; other Latin keys do not.
    const caseSensitive = upper >= 2 && !lowerCase;
    const letters = caseSensitive ? exact.replace(/[^A-Za-z]/g, '') : '';
    const last = exact.charCodeAt(exact.length - 1);
    const entry: KeyEntry = {
      id: term.id,
      kind,
      exact,
      letters,
      caseSensitive,
      final: isHangulSyllable(last) ? syllableFinal(last) : undefined,
      finalSource: kind === 'headword' && term.reading !== undefined ? term.reading : exact,
      priority: term.priority ?? 0,
      order,
    };
    this.keys.push(entry);
    this.insert(exact, entry);
    // A space the glossary wrote between Hangul words is optional (근원적 욕구 / 근원적욕구).
    if (exact.includes(' ')) {
      const compact = removeHangulSpaces(exact);
      if (compact !== exact) {
        this.insert(compact, entry);
      }
    }
  }

  private buildDeferred(code: number): void {
    const list = this.deferred.get(code);
    if (list !== undefined) {
      this.deferred.delete(code);
      for (const spelling of list) {
        this.place(spelling);
      }
    }
  }

  /** Folded spellings (lower case, no spaces or hyphens) for exact look-ups, built on first use. */
  private foldedKeys(): Map<string, KeyEntry[]> {
    if (this.folded === undefined) {
      for (const code of [...this.deferred.keys()]) {
        this.buildDeferred(code);
      }
      const folded = new Map<string, KeyEntry[]>();
      for (const entry of this.keys) {
        const fold = entry.exact.toLowerCase().replace(/[\s-]+/g, '');
        const list = folded.get(fold);
        if (list === undefined) {
          folded.set(fold, [entry]);
        } else if (!list.some((e) => e.id === entry.id)) {
          list.push(entry);
          list.sort(compareEntries);
        }
      }
      this.folded = folded;
    }
    return this.folded;
  }

  private child(node: number, code: number): number | undefined {
    if (node === ROOT) {
      if (this.deferred.size > 0) {
        this.buildDeferred(code);
      }
      const child = this.rootTable[code] as number;
      return child === 0 ? undefined : child;
    }
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    for (let slot = edgeHash(node, code) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * 3;
      const child = edges[at + 2] as number;
      if (child === 0) {
        return undefined;
      }
      if (edges[at] === node && edges[at + 1] === code) {
        return child;
      }
    }
  }

  private addChild(node: number, code: number): number {
    const child = this.nodeCount++;
    if (child >= this.outputIndex.length) {
      const grown = new Int32Array(this.outputIndex.length * 2);
      grown.set(this.outputIndex);
      this.outputIndex = grown;
    }
    if (node === ROOT) {
      this.rootTable[code] = child;
    } else {
      if ((this.edgeCount + 1) * 6 > this.edges.length) {
        this.rehash();
      }
      this.putEdge(node, code, child);
    }
    return child;
  }

  private putEdge(node: number, code: number, child: number): void {
    const edges = this.edges;
    const mask = edges.length / 3 - 1;
    let slot = edgeHash(node, code) & mask;
    while (edges[slot * 3 + 2] !== 0) {
      slot = (slot + 1) & mask;
    }
    edges[slot * 3] = node;
    edges[slot * 3 + 1] = code;
    edges[slot * 3 + 2] = child;
    this.edgeCount++;
  }

  private rehash(): void {
    const old = this.edges;
    this.edges = new Int32Array(old.length * 2);
    this.edgeCount = 0;
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] !== 0) {
        this.putEdge(old[at] as number, old[at + 1] as number, old[at + 2] as number);
      }
    }
  }

  private entriesAt(node: number): KeyEntry[] | undefined {
    const at = this.outputIndex[node] as number;
    return at === 0 ? undefined : this.outputs[at];
  }


  private addOutput(node: number, entry: KeyEntry): void {
    const at = this.outputIndex[node] as number;
    if (at === 0) {
      this.outputIndex[node] = this.outputs.length;
      this.outputs.push([entry]);
      return;
    }
    const entries = this.outputs[at] as KeyEntry[];
    if (!entries.some((e) => e.id === entry.id)) {
      entries.push(entry);
      entries.sort(compareEntries);
    }
  }

  /** Whether `text[from, to)` is exactly one spelling of some term. */
  private isSpelling(text: string, from: number, to: number): boolean {
    let node: number | undefined = ROOT;
    for (let i = from; i < to && node !== undefined; i++) {
      node = this.child(node, lower(text.charCodeAt(i)));
    }
    return node !== undefined && to > from && this.entriesAt(node) !== undefined;
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
    // `고객생애가치(CLV)`, `진실의 순간 (MOT)`: the word, then what is in the brackets.
    const bracketed = /^(.+?)\s*[(（]([^()（）]+)[)）]$/.exec(normalized);
    if (bracketed !== null) {
      return this.lookup(bracketed[1] as string) ?? this.lookup(bracketed[2] as string);
    }
    const direct = this.foldedKeys().get(normalized.toLowerCase().replace(/[\s-]+/g, ''));
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
    return this.foldedKeys().entries();
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
      if (this.child(ROOT, lower(code)) === undefined || !startAllowed(text, i, previousEnd)) {
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
    let node: number | undefined = ROOT;
    let j = start;
    // Where the current space-separated part began, when a space has been skipped (see below).
    let part = -1;
    while (node !== undefined && j < text.length) {
      let code = text.charCodeAt(j);
      if ((code === 0x20 || code === 0x2d) && j > start && this.child(node, code) === undefined) {
        const before = text.charCodeAt(j - 1);
        const after = text.charCodeAt(j + 1);
        if (isAsciiAlnum(before) && isAsciiAlnum(after)) {
          // Between two Latin letters or digits a space or hyphen is optional: Big Data = BigData.
          j++;
          code = after;
        } else if (code === 0x20 && isHangulSyllable(before) && isHangulSyllable(after) && this.isSpelling(text, part < 0 ? start : part, j)) {
          // A space between two spellings is optional: 고객 만족 = 고객만족 when 고객 and 만족 are
          // spellings. Never between arbitrary syllables: 고객이 탈퇴 is not 고객이탈.
          j++;
          part = j;
          code = after;
        }
      }
      node = this.child(node, lower(code));
      j++;
      const entries = node === undefined ? undefined : this.entriesAt(node);
      if (entries !== undefined && (part < 0 || this.isSpelling(text, part, j))) {
        candidates.push({ end: j, entries });
      }
    }
    for (let k = candidates.length - 1; k >= 0; k--) {
      const candidate = candidates[k] as { end: number; entries: KeyEntry[] };
      const entries = candidate.entries.filter((e) => !e.caseSensitive || sameLetters(text, start, candidate.end, e.letters));
      if (entries.length === 0) {
        continue;
      }
      const first = entries[0] as KeyEntry;
      first.final ??= finalSoundOf(first.finalSource);
      const wordEnd = this.rightContext(text, candidate.end, first.final, memo);
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

interface Deferred {
  readonly term: IndexTerm;
  /** The normalised spelling. */
  readonly key: string;
  readonly kind: KeyKind;
  readonly order: number;
}

interface Candidate {
  readonly end: number;
  readonly wordEnd: number;
  readonly entries: readonly KeyEntry[];
}

/** A multiplicative hash of an edge (node, char code); the table size is a power of two. */
function edgeHash(node: number, code: number): number {
  return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 7;
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
  if (!key.includes(' ') && !key.includes('-')) {
    return key;
  }
  return key.replace(/(?<=[A-Za-z0-9])[ -](?=[A-Za-z0-9])/g, '');
}

/** Removes spaces between two Hangul characters: 근원적 욕구 → 근원적욕구. */
function removeHangulSpaces(key: string): string {
  return key.replace(/(?<=[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]) (?=[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3])/g, '');
}

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
