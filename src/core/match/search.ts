import { initialOf } from '../korean/hangul';
import type { KeyKind, TermIndex } from '../matcher';
import { foldKey } from '../text/fold';

/** One spelling found by `TermSearch`, with the ranges of it that the query matched. */
export interface SearchHit {
  readonly id: string;
  /** The spelling as the glossary writes it (headword, alias or English name). */
  readonly spelling: string;
  readonly kind: KeyKind;
  /** UTF-16 ranges `[start, end)` of `spelling` the query matched, for highlighting. */
  readonly highlights: ReadonlyArray<readonly [number, number]>;
}

const KIND_RANK: Record<KeyKind, number> = { headword: 0, alias: 1, english: 2 };

interface Spelling {
  readonly id: string;
  readonly spelling: string;
  readonly kind: KeyKind;
  /** foldKey of the spelling, and for each of its characters the index in `spelling` it came from. */
  readonly fold: string;
  readonly foldAt: Int32Array;
  /** The initial consonant of each Hangul syllable, and where each came from. */
  readonly initials: string;
  readonly initialsAt: Int32Array;
}

/** True when `query` is only compatibility consonants (ㄱ–ㅎ) and spaces, with at least one. */
export function isChoseongQuery(query: string): boolean {
  return /^[\s\u3131-\u314e]+$/.test(query) && /[\u3131-\u314e]/.test(query);
}

/**
 * Look-ups for people typing: by prefix of any spelling (`고객만` → 고객만족, 고객만족도; `big d` →
 * Big Data) and by initial consonants (초성: `ㄱㄱㅁㅈ` → 고객만족). For completion, the tree's
 * filter and the term look-up; built once per glossary from the matcher's spellings.
 */
export class TermSearch {
  private readonly spellings: Spelling[] = [];
  /** `spellings` indexes sorted by fold, for prefix look-ups by binary search. */
  private readonly byFold: number[];

  constructor(entries: Iterable<{ readonly id: string; readonly spelling: string; readonly kind: KeyKind }>) {
    const seen = new Set<string>();
    for (const { id, spelling, kind } of entries) {
      const key = `${id}\u0000${spelling}`;
      if (seen.has(key) || spelling.trim() === '') {
        continue;
      }
      seen.add(key);
      this.spellings.push(describe(id, spelling, kind));
    }
    this.byFold = this.spellings.map((_s, i) => i).sort((a, b) => compare((this.spellings[a] as Spelling).fold, (this.spellings[b] as Spelling).fold));
  }

  /** Every spelling of every term of `index`. */
  static fromIndex(index: TermIndex): TermSearch {
    const entries: Array<{ id: string; spelling: string; kind: KeyKind }> = [];
    for (const [, list] of index.spellings()) {
      for (const e of list) {
        entries.push({ id: e.id, spelling: e.spelling, kind: e.kind });
      }
    }
    return new TermSearch(entries);
  }

  get size(): number {
    return this.spellings.length;
  }

  /** 초성 when the query is only consonants, otherwise by prefix. One hit per term, best first. */
  search(query: string, limit = 50): SearchHit[] {
    return isChoseongQuery(query) ? this.choseong(query, limit) : this.prefix(query, limit);
  }

  /** Spellings that start with `query` (spacing, hyphens and case ignored), shortest first. */
  prefix(query: string, limit = 50): SearchHit[] {
    const q = foldKey(query);
    if (q === '') {
      return [];
    }
    let lo = 0;
    let hi = this.byFold.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare((this.spellings[this.byFold[mid] as number] as Spelling).fold, q) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    const found: Spelling[] = [];
    for (let k = lo; k < this.byFold.length; k++) {
      const s = this.spellings[this.byFold[k] as number] as Spelling;
      if (!s.fold.startsWith(q)) {
        break;
      }
      found.push(s);
    }
    found.sort((a, b) => a.fold.length - b.fold.length || KIND_RANK[a.kind] - KIND_RANK[b.kind] || compare(a.spelling, b.spelling));
    return this.distinct(found, limit, (s) => [[s.foldAt[0] as number, (s.foldAt[q.length - 1] as number) + 1]]);
  }

  /** Spellings whose initial consonants start with the query's (then those that contain them). */
  choseong(query: string, limit = 50): SearchHit[] {
    const q = query.replace(/\s+/g, '');
    if (q === '') {
      return [];
    }
    const starts: Spelling[] = [];
    const inner: Spelling[] = [];
    for (const s of this.spellings) {
      const at = s.initials.indexOf(q);
      if (at === 0) {
        starts.push(s);
      } else if (at > 0) {
        inner.push(s);
      }
    }
    const order = (a: Spelling, b: Spelling): number => a.initials.length - b.initials.length || KIND_RANK[a.kind] - KIND_RANK[b.kind] || compare(a.spelling, b.spelling);
    starts.sort(order);
    inner.sort(order);
    return this.distinct([...starts, ...inner], limit, (s) => {
      const at = s.initials.indexOf(q);
      const ranges: Array<[number, number]> = [];
      for (let k = at; k < at + q.length; k++) {
        const pos = s.initialsAt[k] as number;
        const last = ranges[ranges.length - 1];
        if (last !== undefined && last[1] === pos) {
          last[1] = pos + 1;
        } else {
          ranges.push([pos, pos + 1]);
        }
      }
      return ranges;
    });
  }

  private distinct(found: readonly Spelling[], limit: number, highlights: (s: Spelling) => Array<[number, number]>): SearchHit[] {
    const out: SearchHit[] = [];
    const ids = new Set<string>();
    for (const s of found) {
      if (out.length >= limit) {
        break;
      }
      if (ids.has(s.id)) {
        continue;
      }
      ids.add(s.id);
      out.push({ id: s.id, spelling: s.spelling, kind: s.kind, highlights: highlights(s) });
    }
    return out;
  }
}

function describe(id: string, spelling: string, kind: KeyKind): Spelling {
  const fold: string[] = [];
  const foldAt: number[] = [];
  const initials: string[] = [];
  const initialsAt: number[] = [];
  for (let i = 0; i < spelling.length; i++) {
    const ch = spelling[i] as string;
    const code = spelling.charCodeAt(i);
    if (!/[\s-]/.test(ch)) {
      fold.push(ch.toLowerCase());
      foldAt.push(i);
    }
    const initial = initialOf(code);
    if (initial !== undefined) {
      initials.push(initial);
      initialsAt.push(i);
    }
  }
  return { id, spelling, kind, fold: fold.join(''), foldAt: Int32Array.from(foldAt), initials: initials.join(''), initialsAt: Int32Array.from(initialsAt) };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
