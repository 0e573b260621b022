import { isAsciiAlnum, isHangul } from '../korean/hangul';

/**
 * Where a spelling may stand in a text: the rules about word starts, Latin letters and windows
 * that do not depend on the glossary. The Korean rules after a term (particles, compounds,
 * derivational tails) are in `korean/particles.ts`; the matcher combines both.
 */

/** ASCII upper case to lower case; every other code unchanged. The trie is keyed by this. */
export function lower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 32 : code;
}

/** Compares the ASCII letters of `text[start, end)` with a key's letters, case-sensitively. */
export function sameLetters(text: string, start: number, end: number, letters: string): boolean {
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      if (k >= letters.length || letters.charCodeAt(k) !== code) {
        return false;
      }
      k++;
    }
  }
  return k === letters.length;
}

/** Removes a space or hyphen between two ASCII letters/digits: `Big Data` → `BigData`. */
export function stripLatinSeparators(key: string): string {
  if (!key.includes(' ') && !key.includes('-')) {
    return key;
  }
  return key.replace(/(?<=[A-Za-z0-9])[ -](?=[A-Za-z0-9])/g, '');
}

/** Removes spaces between two Hangul characters: 근원적 욕구 → 근원적욕구. */
export function removeHangulSpaces(key: string): string {
  return key.replace(/(?<=[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3]) (?=[\u1100-\u11ff\u3131-\u318e\uac00-\ud7a3])/g, '');
}

/** How far `findTermAt` looks on either side of the offset within a line. */
export const HOVER_WINDOW = 1024;

/** True when a word may start at `i` whatever came before it: after a space, comma, bracket… */
function isWordBoundary(text: string, i: number): boolean {
  if (i <= 0) {
    return true;
  }
  const prev = text.charCodeAt(i - 1);
  return !isHangul(prev) && !isAsciiAlnum(prev);
}

/**
 * The window around `offset` that `findTermAt` looks at: its line, clipped to `HOVER_WINDOW`
 * characters on either side. A clipped edge moves to the nearest word boundary (a space, a
 * comma, a bracket — anything that is not a letter), so a word is never cut in half and the
 * window sees what a whole-note scan sees around `offset`.
 */
export function windowAround(text: string, offset: number, limit = HOVER_WINDOW): [number, number] {
  let from = offset;
  while (from > 0 && text.charCodeAt(from - 1) !== 0x0a && offset - from < limit) {
    from--;
  }
  if (from > 0 && text.charCodeAt(from - 1) !== 0x0a) {
    let boundary = from;
    while (boundary < offset && !isWordBoundary(text, boundary)) {
      boundary++;
    }
    from = boundary;
  }
  let to = offset;
  while (to < text.length && text.charCodeAt(to) !== 0x0a && to - offset < limit) {
    to++;
  }
  if (to < text.length && text.charCodeAt(to) !== 0x0a) {
    let boundary = to;
    while (boundary > offset + 1 && !isWordBoundary(text, boundary)) {
      boundary--;
    }
    to = boundary;
  }
  return [from, to];
}
