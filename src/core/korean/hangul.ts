/**
 * Small, allocation-free facts about Hangul code points. The matcher calls these in its hot
 * loop, so they work on char codes rather than strings.
 */

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;
const FINALS_PER_SYLLABLE = 28;
/** Index of ㄹ among the final consonants (jongseong) of a precomposed syllable. */
const FINAL_RIEUL = 8;

/** True for a precomposed Hangul syllable (가–힣). */
export function isHangulSyllable(code: number): boolean {
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** True for any Hangul letter: syllables, conjoining jamo and compatibility jamo (ㄱ, ㅏ). */
export function isHangul(code: number): boolean {
  return (
    isHangulSyllable(code) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3131 && code <= 0x318e) ||
    (code >= 0xa960 && code <= 0xa97f) ||
    (code >= 0xd7b0 && code <= 0xd7ff)
  );
}

export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

export function isAsciiAlnum(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

/**
 * How a word ends, for choosing a particle:
 * - `vowel`: no final consonant (로열티 → 는, 가, 를, 로)
 * - `rieul`: final ㄹ (매출 → 은, 이, 을, but 로 rather than 으로)
 * - `consonant`: any other final consonant (고객 → 은, 이, 을, 으로)
 * - `unknown`: cannot tell (an English word without a reading)
 */
export type FinalSound = 'vowel' | 'rieul' | 'consonant' | 'unknown';

/** The final sound of one precomposed syllable, or `unknown` for anything else. */
export function syllableFinal(code: number): FinalSound {
  if (!isHangulSyllable(code)) {
    return 'unknown';
  }
  const jong = (code - SYLLABLE_FIRST) % FINALS_PER_SYLLABLE;
  if (jong === 0) {
    return 'vowel';
  }
  return jong === FINAL_RIEUL ? 'rieul' : 'consonant';
}

/** Composes a syllable from conjoining jamo indexes (initial 0–18, medial 0–20, final 0–27). */
export function composeSyllable(initial: number, medial: number, final: number): number {
  return SYLLABLE_FIRST + (initial * 21 + medial) * FINALS_PER_SYLLABLE + final;
}

/** True when a precomposed syllable has no final consonant, so a trailing jamo can join it. */
export function isOpenSyllable(code: number): boolean {
  return isHangulSyllable(code) && (code - SYLLABLE_FIRST) % FINALS_PER_SYLLABLE === 0;
}

const INITIALS = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

/** The initial consonant (초성) of a precomposed syllable as a compatibility jamo, or undefined. */
export function initialOf(code: number): string | undefined {
  return isHangulSyllable(code) ? INITIALS[Math.floor((code - SYLLABLE_FIRST) / (21 * FINALS_PER_SYLLABLE))] : undefined;
}

/**
 * The initial consonants of the syllables of `text`, other characters left out.
 *
 * @example initialConsonants('고객만족') // 'ㄱㄱㅁㅈ'
 */
export function initialConsonants(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    out += initialOf(text.charCodeAt(i)) ?? '';
  }
  return out;
}
