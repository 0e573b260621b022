import { normalizeWord } from './normalize';

/**
 * The key under which two spellings count as the same word: normalised (NFC, half-width, no
 * invisible characters), lower case, without spaces or hyphens. Used by every exact look-up —
 * `define`, suggestions, collisions between glossary layers — so they always agree.
 *
 * @example foldKey('Big Data') === foldKey('big-data') // 'bigdata'
 * @example foldKey('고객 만족') === foldKey('고객만족')
 */
export function foldKey(value: string): string {
  if (value.length > SHORT) {
    return foldNormalized(normalizeWord(value));
  }
  // Short strings (spellings, the word before a mention, a label) repeat across a note and a
  // workspace: folded once each, in a memo that is dropped when it grows large.
  let folded = memo.get(value);
  if (folded === undefined) {
    folded = detached(foldNormalized(normalizeWord(value)));
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
    }
    // A copy of the key: a slice of a note (`text.slice(start, end)`) would keep the whole note
    // alive in the memo.
    memo.set(detached(value), folded);
  }
  return folded;
}

/** A fresh copy of a short string, sharing no memory with the string it was sliced from. */
function detached(value: string): string {
  const codes = new Array<number>(value.length);
  for (let i = 0; i < value.length; i++) {
    codes[i] = value.charCodeAt(i);
  }
  return String.fromCharCode(...codes);
}

/** The longest string `foldKey` remembers, and how many it remembers at most. */
const SHORT = 32;
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** `foldKey` for a string that is already normalised (a glossary key, a normalised query). */
export function foldNormalized(value: string): string {
  return value.toLowerCase().replace(/[\s-]+/g, '');
}
