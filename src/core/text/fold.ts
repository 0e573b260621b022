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
  return foldNormalized(normalizeWord(value));
}

/** `foldKey` for a string that is already normalised (a glossary key, a normalised query). */
export function foldNormalized(value: string): string {
  return value.toLowerCase().replace(/[\s-]+/g, '');
}
