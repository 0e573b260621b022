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
    folded = foldNormalized(normalizeWord(value));
    if (memo.size >= MEMO_LIMIT) {
      memo.clear();
    }
    memo.set(value, folded);
  }
  return folded;
}

/** The longest string `foldKey` remembers, and how many it remembers at most. */
const SHORT = 32;
const MEMO_LIMIT = 20_000;
const memo = new Map<string, string>();

/** `foldKey` for a string that is already normalised (a glossary key, a normalised query). */
export function foldNormalized(value: string): string {
  return value.toLowerCase().replace(/[\s-]+/g, '');
}
