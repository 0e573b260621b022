import { initialConsonants } from '../korean/hangul';
import { foldKey } from '../text/fold';

/** Small text helpers shared by the card builders. */

/** The key two answers are compared by: NFC, case, spaces and hyphens folded (`foldKey`). */
export function fold(text: string): string {
  return foldKey(text);
}

/** Whitespace collapsed, NFC: the text a card id is taken from. */
export function anchorText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * A 초성 hint: Hangul syllables as their initial consonants, a Latin word as its first letter and
 * underscores, everything else kept. Undefined when the answer has no letters to hide.
 *
 * @example hintOf('고객만족') // 'ㄱㄱㅁㅈ'
 * @example hintOf('분석 CRM') // 'ㅂㅅ C__'
 */
export function hintOf(answer: string): string | undefined {
  const text = answer.normalize('NFC');
  if (!/[\uac00-\ud7a3A-Za-z]/.test(text)) {
    return undefined;
  }
  const out = text
    .replace(/[\uac00-\ud7a3]+/g, (run) => initialConsonants(run))
    .replace(/[A-Za-z]+/g, (word) => word[0] + '_'.repeat(word.length - 1));
  return out === text ? undefined : out;
}

/** `편재성(Ubiquity)` → `{ main: '편재성', inner: 'Ubiquity' }`; no trailing brackets → `inner` undefined. */
export function splitBrackets(label: string): { main: string; inner: string | undefined } {
  const match = /^(.+?)\s*[(（]([^()（）]+)[)）]$/u.exec(label.trim());
  if (match === null) {
    return { main: label.trim(), inner: undefined };
  }
  return { main: (match[1] as string).trim(), inner: (match[2] as string).trim() };
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A deterministic 32-bit PRNG (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit hash of a string (FNV-1a), to derive per-card seeds. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  }
  return h >>> 0;
}
