import type { Glossary } from './glossary/glossary';
import { LAYER_ORDER, type Sense } from './glossary/types';
import { type FinalSound, isAsciiAlnum, isAsciiDigit, isHangul, isHangulSyllable, syllableFinal } from './korean/hangul';
import { finalSoundOf } from './korean/josa';
import { derivationalTailLength, particleChainLength } from './korean/particles';
import { SenseRules, englishSpelling } from './match/sense';
import { Trie } from './match/trie';
import { hangulSpaceBreaks, insideLatinToken, lower, optionalSeparator, sameLetters, stripLatinSeparators, windowAround } from './match/rules';
import { foldNormalized } from './text/fold';
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

export interface ScanOptions {
  /** Skip code, link targets, HTML and front matter (default true). */
  readonly markdown?: boolean;
  /** The note's `blockRegions`, when the caller has them already. */
  readonly blocks?: readonly Region[];
}

/** Receives one match of `scanEach`: offsets as in `TermMatch`. */
export type MatchVisitor = (start: number, end: number, wordEnd: number, id: string, alternatives: readonly string[], via: KeyKind) => void;

/** What the index needs to know about a term. */
export interface IndexTerm {
  readonly id: string;
  readonly term: string;
  readonly aliases: readonly string[];
  readonly english?: string | undefined;
  readonly reading?: string | undefined;
  /** Lower wins a spelling shared with another term (workspace 0, user 1, bundled 2). */
  readonly priority?: number;
  /** An everyday word (고객, 가치): its mentions do not show that a section is about CRM. */
  readonly generic?: boolean | undefined;
  /** For an everyday word: the context that makes it this term (see `SenseRules`). */
  readonly sense?: Sense | undefined;
}

interface KeyEntry {
  readonly id: string;
  readonly kind: KeyKind;
  /** The spelling as written (normalised), for display. */
  readonly spelling: string;
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

const KIND_RANK: Record<KeyKind, number> = { headword: 0, alias: 1, english: 2 };

const ROOT = Trie.ROOT;

/**
 * Every spelling of every term in a trie, and the Korean rules for where a spelling counts:
 * particles checked against the final consonant, longest match, compounds, spacing variants,
 * English aliases, the prefix guard (불만족 is not 만족) and NFD/full-width/zero-width input.
 */
export class TermIndex {
  private readonly trie = new Trie<KeyEntry>();
  /** Every spelling's entry, in insertion order. */
  private readonly keys: KeyEntry[] = [];
  private folded: Map<string, KeyEntry[]> | undefined;
  /** Spellings not yet in the trie, by first character (lower case). */
  private readonly deferred = new Map<number, KeyEntry[]>();
  /** 1 where `deferred` holds spellings for that first character: one array read per position. */
  private readonly pendingFirst = new Uint8Array(0x10000);
  private size = 0;
  /** Scratch for `matchOnce`: candidate ends and trie nodes, used as a stack. */
  private candidateEnds = new Int32Array(128);
  private candidateNodes = new Int32Array(128);
  private stackTop = 0;
  /** Results of `matchOnce` by position, for compounds; reset by every scan. */
  private memo: Map<number, Candidate | null> | undefined;
  /**
   * Which found spellings are the term where they stand (신뢰도 under 연관규칙, not 기업 신뢰도):
   * applied by `Note`, which knows the note's sections. Undefined when no term has a sense.
   */
  senses: SenseRules | undefined;

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
        index.addKey(term, englishSpelling(term.english), 'english');
      }
    }
    index.senses = SenseRules.build(terms);
    return index;
  }

  private insert(key: string, entry: KeyEntry, breaks: readonly number[]): void {
    let folded = '';
    for (let i = 0; i < key.length; i++) {
      folded += String.fromCharCode(lower(key.charCodeAt(i)));
    }
    this.trie.insert(folded, entry, (a, b) => a.id === b.id, compareEntries, breaks);
  }

  /**
   * Makes a spelling's entry and files it under its first character. That character's subtrie
   * is built the first time a text reaches it (see `rootChild`): a hover builds only the
   * subtries it touches, and exact look-ups (`lookup`) need no trie at all.
   */
  private addKey(term: IndexTerm, raw: string, kind: KeyKind): void {
    const key = normalizeWord(raw);
    if (key.length < 2 && !(key.length === 1 && isHangulSyllable(key.charCodeAt(0)) && kind === 'headword')) {
      return;
    }
    let upper = 0;
    let lowerCase = false;
    let digit = false;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      if (code >= 0x41 && code <= 0x5a) {
        upper++;
      } else if (code >= 0x61 && code <= 0x7a) {
        lowerCase = true;
      } else if (code >= 0x30 && code <= 0x39) {
        digit = true;
      }
    }
    const exact = upper > 0 || lowerCase || digit ? stripLatinSeparators(key) : key;
    // Short all-caps acronyms (CRM, RFM) match case-sensitively; other Latin keys do not.
    const caseSensitive = upper >= 2 && !lowerCase;
    const last = exact.charCodeAt(exact.length - 1);
    const entry: KeyEntry = {
      id: term.id,
      kind,
      spelling: key,
      exact,
      letters: caseSensitive ? exact.replace(/[^A-Za-z]/g, '') : '',
      caseSensitive,
      final: isHangulSyllable(last) ? syllableFinal(last) : undefined,
      finalSource: kind === 'headword' && term.reading !== undefined ? term.reading : exact,
      priority: term.priority ?? 0,
      order: this.size++,
    };
    this.keys.push(entry);
    const first = lower(key.charCodeAt(0));
    const list = this.deferred.get(first);
    if (list === undefined) {
      this.deferred.set(first, [entry]);
      this.pendingFirst[first] = 1;
    } else {
      list.push(entry);
    }
  }

  /**
   * Puts a spelling into the trie without the spaces it has between Hangul words, marking where
   * they were: there a space in the text is optional (근원적 욕구 / 근원적욕구), at the other
   * points of the spelling only when the part before it is a spelling itself (see `matchOnce`).
   */
  private place(entry: KeyEntry): void {
    const { compact, breaks } = hangulSpaceBreaks(entry.exact);
    this.insert(compact, entry, breaks);
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

  /** Folded spellings (see `foldKey`) for exact look-ups, built on first use. */
  private foldedKeys(): Map<string, KeyEntry[]> {
    if (this.folded === undefined) {
      const folded = new Map<string, KeyEntry[]>();
      for (const entry of this.keys) {
        const fold = foldNormalized(entry.exact);
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

  /** The root's child along `code` (lower-cased), building that first character's subtrie first. */
  private rootChild(code: number): number {
    if (this.pendingFirst[code] === 1) {
      this.pendingFirst[code] = 0;
      this.buildDeferred(code);
    }
    return this.trie.child(ROOT, code);
  }

  /** Whether `text[from, to)` is exactly one spelling of some term. */
  private isSpelling(text: string, from: number, to: number): boolean {
    if (to <= from) {
      return false;
    }
    let node = this.rootChild(lower(text.charCodeAt(from)));
    for (let i = from + 1; i < to && node !== 0; i++) {
      node = this.trie.child(node, lower(text.charCodeAt(i)));
    }
    return node !== 0 && this.trie.valuesAt(node) !== undefined;
  }

  /**
   * Finds every term in a text. With `markdown` (the default) code, link targets, HTML and front
   * matter are skipped (see `text/markdown.ts`).
   */
  scan(text: string, options: ScanOptions = {}): TermMatch[] {
    const out: TermMatch[] = [];
    this.scanEach(text, options, (start, end, wordEnd, id, alternatives, via) => {
      out.push({ start, end, wordEnd, id, alternatives, via });
    });
    return out;
  }

  /**
   * `scan` without a `TermMatch` per match: `visit` gets each match's fields, in text order. For
   * callers that keep their own records (a note's occurrences, the workspace index).
   */
  scanEach(text: string, options: ScanOptions, visit: MatchVisitor): void {
    const source = options.markdown === false ? text : maskMarkdown(text, options.blocks);
    this.scanRange(source, 0, source.length, visit);
  }

  /**
   * `scanEach` over some ranges of `text` only (offsets in `text`, ranges in order and apart,
   * each starting at a line start): the markdown is masked once for all of them.
   */
  scanRanges(text: string, ranges: readonly Region[], options: ScanOptions, visit: MatchVisitor): void {
    if (ranges.length === 0) {
      return;
    }
    const source = options.markdown === false ? text : maskMarkdown(text, options.blocks);
    for (const range of ranges) {
      this.scanRange(source, range.start, range.end, visit);
    }
  }

  /**
   * The term under `offset`, looking only at the line around it (see `windowAround`), so the
   * cost does not grow with the document. `blocks` are the note's `blockRegions` (fenced code,
   * front matter), computed once per document version by the caller.
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
    const direct = this.foldedKeys().get(foldNormalized(stripLatinSeparators(normalized)));
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

  /** Every folded spelling with its term ids and kinds, for suggestions and completion. */
  spellings(): IterableIterator<[string, readonly { id: string; kind: KeyKind; spelling: string }[]]> {
    return this.foldedKeys().entries();
  }

  private scanRange(source: string, from: number, to: number, visit?: MatchVisitor): TermMatch[] {
    const norm = normalizeForMatching(source, from, to);
    const text = norm.text;
    const length = text.length;
    const out: TermMatch[] = [];
    this.memo = undefined;
    let previousEnd = -1;
    let i = 0;
    while (i < length) {
      // A term may start at the start of a word, or exactly where the previous term ended
      // (compounds). Mid-word positions — Hangul after Hangul (불|만족), a letter or digit after
      // one (S|CRM) — are the common case: one table look-up skips them.
      const cls = WORD_CLASS[text.charCodeAt(i)] as number;
      if (cls !== 0 && i > 0 && i !== previousEnd && WORD_CLASS[text.charCodeAt(i - 1)] === cls) {
        i++;
        continue;
      }
      if (this.rootChild(lower(text.charCodeAt(i))) === 0 || (cls === 2 && insideLatinToken(text, i))) {
        i++;
        continue;
      }
      const found = this.matchAt(text, i);
      if (found === undefined) {
        i++;
        continue;
      }
      const entries = found.entries;
      const first = entries[0] as KeyEntry;
      const start = norm.originalStart(i);
      const end = norm.originalEnd(found.end - 1);
      const wordEnd = norm.originalEnd(found.wordEnd - 1);
      const alternatives = entries.length > 1 ? entries.slice(1).map((e) => e.id) : NO_ALTERNATIVES;
      if (visit === undefined) {
        out.push({ start, end, wordEnd, id: first.id, alternatives, via: first.kind });
      } else {
        visit(start, end, wordEnd, first.id, alternatives, first.kind);
      }
      previousEnd = found.end;
      i = found.wordEnd;
    }
    this.memo = undefined;
    return out;
  }

  private matchAt(text: string, start: number): Candidate | undefined {
    const memo = this.memo;
    if (memo !== undefined) {
      const cached = memo.get(start);
      if (cached !== undefined) {
        return cached ?? undefined;
      }
    }
    return this.matchOnce(text, start);
  }

  /** The longest term starting at `start` whose right context is acceptable. */
  private matchOnce(text: string, start: number): Candidate | undefined {
    const base = this.stackTop;
    let count = 0;
    let node = ROOT;
    let j = start;
    // Where the current space-separated part began, when a space has been skipped (see below).
    let part = -1;
    while (j < text.length) {
      let code = text.charCodeAt(j);
      if (j > start && (code === 0x20 || code === 0x2d || code === 0x2f || code === 0x2e)) {
        const before = text.charCodeAt(j - 1);
        const after = text.charCodeAt(j + 1);
        // Hangul then Latin (모바일 CRM, 고객 DB) needs two syllables before — in `…)이 CRM`, 이 is
        // a particle — or one that a spelling continues with a version number (웹 2.0).
        if (optionalSeparator(code, before, after) && (isAsciiAlnum(before) || j - start >= 2 || (isAsciiDigit(after) && this.trie.child(node, after) !== 0))) {
          // Spellings are stored without these (see `stripLatinSeparators`), so no edge of the
          // trie has one: Big Data = BigData, e-CRM = eCRM, DB 마케팅 = DB마케팅, A/B = AB.
          j++;
          code = after;
        } else if (code === 0x20 && isHangulSyllable(before) && isHangulSyllable(after) && this.trie.child(node, code) === 0) {
          if (this.trie.isBreak(node)) {
            // The glossary wrote a space here in some spelling: 신규 고객 획득 비용.
            j++;
            part = -1;
            code = after;
          } else if (part < 0 || this.isSpelling(text, part, j)) {
            // A space is optional where the part after it is a spelling (checked where a
            // candidate ends, below), and so is every part between two such spaces: 고객 만족 =
            // 고객만족, 평생 가치 = 평생가치 (가치 is one). Never between arbitrary syllables:
            // 고객이 탈퇴 is not 고객이탈 (탈 is no spelling).
            j++;
            part = j;
            code = after;
          }
        }
      }
      node = node === ROOT ? this.rootChild(lower(code)) : this.trie.child(node, lower(code));
      if (node === 0) {
        break;
      }
      j++;
      if (this.trie.valuesAt(node) !== undefined && (part < 0 || this.isSpelling(text, part, j))) {
        this.pushCandidate(base + count, j, node);
        count++;
      }
    }
    this.stackTop = base + count;
    try {
      for (let k = base + count - 1; k >= base; k--) {
        const end = this.candidateEnds[k] as number;
        const all = this.trie.valuesAt(this.candidateNodes[k] as number) as readonly KeyEntry[];
        let anyCaseSensitive = false;
        for (let e = 0; e < all.length; e++) {
          if ((all[e] as KeyEntry).caseSensitive) {
            anyCaseSensitive = true;
            break;
          }
        }
        const entries = anyCaseSensitive ? all.filter((e) => !e.caseSensitive || sameLetters(text, start, end, e.letters)) : all;
        if (entries.length === 0) {
          continue;
        }
        const first = entries[0] as KeyEntry;
        first.final ??= finalSoundOf(first.finalSource);
        const wordEnd = this.rightContext(text, end, first.final);
        if (wordEnd >= 0) {
          return { end, wordEnd, entries };
        }
      }
      return undefined;
    } finally {
      this.stackTop = base;
    }
  }

  private pushCandidate(at: number, end: number, node: number): void {
    if (at >= this.candidateEnds.length) {
      const ends = new Int32Array(this.candidateEnds.length * 2);
      ends.set(this.candidateEnds);
      this.candidateEnds = ends;
      const nodes = new Int32Array(this.candidateNodes.length * 2);
      nodes.set(this.candidateNodes);
      this.candidateNodes = nodes;
    }
    this.candidateEnds[at] = end;
    this.candidateNodes[at] = node;
  }

  /**
   * Whether a term stands at `at` (a compound's next part: 우량고객|관리). Answers come from a
   * table filled right to left over the rest of the Hangul run, so a long run of terms written
   * without spaces costs linear time and no recursion.
   */
  private compoundAt(text: string, at: number): boolean {
    this.memo ??= new Map();
    const memo = this.memo;
    const known = memo.get(at);
    if (known !== undefined) {
      return known !== null;
    }
    let runEnd = at;
    while (runEnd < text.length && isHangulSyllable(text.charCodeAt(runEnd))) {
      runEnd++;
    }
    for (let p = runEnd - 1; p >= at; p--) {
      if (!memo.has(p)) {
        memo.set(p, this.matchOnce(text, p) ?? null);
      }
    }
    return memo.get(at) !== null;
  }

  /** Where the word ends after a term ending at `end`, or -1 when the term does not stand there. */
  private rightContext(text: string, end: number, final: FinalSound): number {
    const lastCode = text.charCodeAt(end - 1);
    const next = text.charCodeAt(end);
    if (end >= text.length || Number.isNaN(next)) {
      return end;
    }
    if (!isHangulSyllable(lastCode)) {
      // A Latin or symbol ending: a following letter or digit would make it a longer word
      // (CRMS); Hangul after it is a particle or a Korean word written onto it (CRM은, CRM시스템).
      if (isAsciiAlnum(lastCode) && (isAsciiAlnum(next) || ((next === 0x2d || next === 0x2e) && isAsciiAlnum(text.charCodeAt(end + 1))))) {
        return -1; // CRMS, CRM-based, CRM.js: a longer Latin token
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
    if (this.compoundAt(text, end)) {
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

/** Shared by every match without alternatives (most of them): one array, not one per match. */
const NO_ALTERNATIVES: readonly string[] = Object.freeze([]);

/** 1 for Hangul letters, 2 for ASCII letters and digits, 0 otherwise: what makes a position mid-word. */
const WORD_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    table[code] = isHangul(code) ? 1 : isAsciiAlnum(code) ? 2 : 0;
  }
  return table;
})();

function compareEntries(a: KeyEntry, b: KeyEntry): number {
  return a.priority - b.priority || KIND_RANK[a.kind] - KIND_RANK[b.kind] || a.order - b.order;
}
