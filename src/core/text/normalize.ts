import { composeSyllable, isOpenSyllable } from '../korean/hangul';

/**
 * A copy of (part of) a text prepared for matching, with a map back to the original.
 *
 * Matching needs NFC Hangul, ASCII instead of full-width forms and no invisible characters, but
 * VS Code and the CLI report positions in the text as stored. So the original is never replaced:
 * every character of `text` knows the original UTF-16 range it came from.
 */
export interface NormalizedText {
  /** The normalised characters. */
  readonly text: string;
  /** Original offset where normalised char `i` starts. */
  originalStart(i: number): number;
  /** Original offset just after normalised char `i` (inclusive index, exclusive end). */
  originalEnd(i: number): number;
}

const NEEDS_WORK =
  /[\u00a0\u00ad\u0300-\u036f\u1100-\u11ff\u2000-\u200f\u202f\u205f\u2060\u3000\uf900-\ufaff\ufeff\uff01-\uff5e]/;

/**
 * Normalises `input.slice(from, to)` for matching:
 * - conjoining jamo (NFD, as macOS writes files) compose into syllables: `만족` → `만족`
 * - other combining sequences are NFC-composed
 * - full-width ASCII folds to ASCII: `ＣＲＭ` → `CRM`, `２：８` → `2:8`
 * - CJK compatibility ideographs (hanja a Korean IME picks by reading) become their NFC form,
 *   as `normalizeWord` makes them in glossary keys
 * - zero-width characters, soft hyphens and BOMs are dropped
 * - NBSP, U+3000 and other space characters become a plain space
 *
 * Never NFKC: it would turn compatibility jamo (ㄱ) into conjoining jamo and change lengths.
 */
export function normalizeForMatching(input: string, from = 0, to = input.length): NormalizedText {
  const slice = from === 0 && to === input.length ? input : input.slice(from, to);
  if (!NEEDS_WORK.test(slice)) {
    return {
      text: slice,
      originalStart: (i) => from + i,
      originalEnd: (i) => from + i + 1,
    };
  }
  // Normalisation never lengthens the text by more than what `grow` handles (NFC of a combining
  // run can, rarely); codes and maps live in typed arrays, and the string is built in chunks.
  let capacity = to - from + 16;
  let codes = new Uint16Array(capacity);
  let starts = new Int32Array(capacity);
  let ends = new Int32Array(capacity);
  let n = 0;
  const grow = (extra: number): void => {
    if (n + extra <= capacity) {
      return;
    }
    capacity = Math.max(capacity * 2, n + extra);
    const c = new Uint16Array(capacity);
    c.set(codes);
    codes = c;
    const s = new Int32Array(capacity);
    s.set(starts);
    starts = s;
    const e = new Int32Array(capacity);
    e.set(ends);
    ends = e;
  };
  const push = (code: number, start: number, end: number): void => {
    codes[n] = code;
    starts[n] = start;
    ends[n] = end;
    n++;
  };
  let i = from;
  while (i < to) {
    const code = input.charCodeAt(i);
    // Conjoining jamo: initial (L) + medial (V) + optional final (T).
    if (code >= 0x1100 && code <= 0x1112 && i + 1 < to) {
      const medial = input.charCodeAt(i + 1);
      if (medial >= 0x1161 && medial <= 0x1175) {
        let final = 0;
        let used = 2;
        const tail = i + 2 < to ? input.charCodeAt(i + 2) : 0;
        if (tail >= 0x11a8 && tail <= 0x11c2) {
          final = tail - 0x11a7;
          used = 3;
        }
        codes[n] = composeSyllable(code - 0x1100, medial - 0x1161, final);
        starts[n] = i;
        ends[n++] = i + used;
        i += used;
        continue;
      }
    }
    // A precomposed open syllable followed by a final jamo (가 + ᆨ → 각).
    if (isOpenSyllable(code) && i + 1 < to) {
      const tail = input.charCodeAt(i + 1);
      if (tail >= 0x11a8 && tail <= 0x11c2) {
        push(code + (tail - 0x11a7), i, i + 2);
        i += 2;
        continue;
      }
    }
    if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0x00ad) {
      i += 1;
      continue;
    }
    if (code === 0x00a0 || code === 0x3000 || code === 0x202f || code === 0x205f || (code >= 0x2000 && code <= 0x200a)) {
      push(0x20, i, i + 1);
      i += 1;
      continue;
    }
    if (code >= 0xff01 && code <= 0xff5e) {
      push(code - 0xfee0, i, i + 1);
      i += 1;
      continue;
    }
    if (code >= 0xf900 && code <= 0xfaff) {
      const nfc = input.charAt(i).normalize('NFC');
      grow(nfc.length);
      for (let k = 0; k < nfc.length; k++) {
        push(nfc.charCodeAt(k), i, i + 1);
      }
      i += 1;
      continue;
    }
    // A base character followed by combining marks (é as e + U+0301).
    let runEnd = i + 1;
    while (runEnd < to && isCombiningMark(input.charCodeAt(runEnd))) {
      runEnd++;
    }
    if (runEnd > i + 1) {
      const composed = input.slice(i, runEnd).normalize('NFC');
      grow(composed.length);
      for (let k = 0; k < composed.length; k++) {
        push(composed.charCodeAt(k), i, runEnd);
      }
      i = runEnd;
      continue;
    }
    codes[n] = code;
    starts[n] = i;
    ends[n++] = i + 1;
    i += 1;
  }
  const CHUNK = 8192;
  const parts: string[] = [];
  for (let k = 0; k < n; k += CHUNK) {
    parts.push(String.fromCharCode.apply(null, codes.subarray(k, Math.min(n, k + CHUNK)) as unknown as number[]));
  }
  const startMap = starts;
  const endMap = ends;
  const length = n;
  return {
    text: parts.join(''),
    originalStart: (k) => (k < length ? (startMap[k] as number) : to),
    originalEnd: (k) => (k < length ? (endMap[k] as number) : to),
  };
}

function isCombiningMark(code: number): boolean {
  return code >= 0x0300 && code <= 0x036f;
}

/** Normalises a short string (a query, a glossary key) without keeping the map. */
const ALREADY_NORMAL = /^[\x21-\x7e\uac00-\ud7a3]+(?: [\x21-\x7e\uac00-\ud7a3]+)*$/;

export function normalizeWord(value: string): string {
  if (ALREADY_NORMAL.test(value)) {
    return value;
  }
  return normalizeForMatching(value.normalize('NFC')).text.replace(/\s+/g, ' ').trim();
}
