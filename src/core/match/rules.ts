import { isAsciiAlnum, isHangul, isHangulSyllable } from '../korean/hangul';

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

/**
 * Whether the separator `code` between `before` and `after` may be left out, in a key and in a
 * text alike: a space or hyphen inside a Latin name or between Latin and Hangul (`Big Data`,
 * `e-CRM`, `DB 마케팅`, `고객 DB`, `e-마케팅`), a slash or dot between two Latin letters or digits
 * (`A/B`, `2.0`). Spellings are stored without them, and the matcher steps over them.
 */
export function optionalSeparator(code: number, before: number, after: number): boolean {
  if (code === 0x20 || code === 0x2d) {
    return isAsciiAlnum(before) ? isAsciiAlnum(after) || isHangulSyllable(after) : isHangulSyllable(before) && isAsciiAlnum(after);
  }
  if (code === 0x2f || code === 0x2e) {
    return isAsciiAlnum(before) && isAsciiAlnum(after);
  }
  return false;
}

/** Removes every `optionalSeparator`: `e-CRM` → `eCRM`, `CRM 2.0` → `CRM20`, `DB 마케팅` → `DB마케팅`. */
export function stripLatinSeparators(key: string): string {
  let out = '';
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (i === 0 || i === key.length - 1 || !optionalSeparator(code, key.charCodeAt(i - 1), key.charCodeAt(i + 1))) {
      out += key[i];
    }
  }
  return out;
}

/**
 * A spelling without the spaces it has between Hangul (근원적 욕구 → 근원적욕구), and where they
 * were: `breaks` are the lengths of the compact prefixes a space followed. In a text, a space at
 * such a point is optional (신규 고객 획득 비용 = 신규고객 획득비용 = 신규고객획득비용).
 */
export function hangulSpaceBreaks(key: string): { compact: string; breaks: number[] } {
  let compact = '';
  const breaks: number[] = [];
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) === 0x20 && i > 0 && isHangul(key.charCodeAt(i - 1)) && isHangul(key.charCodeAt(i + 1))) {
      breaks.push(compact.length);
      continue;
    }
    compact += key[i];
  }
  return { compact, breaks };
}

/** A Latin letter or digit that is part of a longer Latin token: after `x-` or `x.` (e-|CRM). */
export function insideLatinToken(text: string, i: number): boolean {
  if (i < 2 || !isAsciiAlnum(text.charCodeAt(i))) {
    return false;
  }
  const sep = text.charCodeAt(i - 1);
  return (sep === 0x2d || sep === 0x2e) && isAsciiAlnum(text.charCodeAt(i - 2));
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
