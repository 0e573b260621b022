import { type FinalSound, isAsciiDigit, syllableFinal } from './hangul';

/**
 * Final sound of a word as it is read aloud, for choosing 은/는, 이/가, 을/를, 과/와, (으)로.
 *
 * Handles what plain Hangul-only josa libraries get wrong: trailing brackets
 * (`고객만족(CS)` → 고객만족), numbers read the Sino-Korean way (`100` → 백, `5` → 오,
 * `1/3` → 삼분의 일), a final capital read by its letter name (`CRM` → 엠, `eCRM` → 엠) and
 * `%` read as 퍼센트. A `reading` (from the glossary, e.g. Big Data → 빅데이터) beats any guess.
 *
 * @example finalSoundOf('로열티') // 'vowel'
 * @example finalSoundOf('CRM') // 'consonant' (씨알엠)
 * @example finalSoundOf('Excel') // 'unknown'
 */
export function finalSoundOf(word: string, reading?: string): FinalSound {
  if (reading !== undefined && reading.trim() !== '') {
    return finalSoundOf(reading);
  }
  const text = stripTrailingBrackets(word.normalize('NFC'));
  if (text === '') {
    return 'unknown';
  }
  const last = text.charCodeAt(text.length - 1);
  const hangul = syllableFinal(last);
  if (hangul !== 'unknown') {
    return hangul;
  }
  if (last === 0x25 /* % */) {
    return 'vowel'; // 퍼센트
  }
  if (isAsciiDigit(last)) {
    return numberFinal(text);
  }
  const letter = LETTER_NAME_FINALS.get(text.slice(-1));
  return letter ?? 'unknown';
}

/** Particle pairs: [after a consonant, after a vowel]. `(으)로` is special-cased for ㄹ. */
const PAIRS = {
  '은/는': ['은', '는'],
  '이/가': ['이', '가'],
  '을/를': ['을', '를'],
  '과/와': ['과', '와'],
  '으로/로': ['으로', '로'],
  '이라는/라는': ['이라는', '라는'],
  '이란/란': ['이란', '란'],
} as const;

export type ParticlePair = keyof typeof PAIRS;

/**
 * `word` with the right particle, or undefined when its final sound cannot be known (a quiz
 * template then rephrases so that no particle is needed).
 *
 * @example attachParticle('3개월', '은/는') // '3개월은'
 * @example attachParticle('Big Data', '은/는', '빅데이터') // 'Big Data는'
 * @example attachParticle('Excel', '이/가') // undefined
 */
export function attachParticle(word: string, pair: ParticlePair, reading?: string): string | undefined {
  const [afterConsonant, afterVowel] = PAIRS[pair];
  const sound = finalSoundOf(word, reading);
  switch (sound) {
    case 'vowel':
      return word + afterVowel;
    case 'rieul':
      return word + (pair === '으로/로' ? afterVowel : afterConsonant);
    case 'consonant':
      return word + afterConsonant;
    case 'unknown':
      return undefined;
    default: {
      const never: never = sound;
      return never;
    }
  }
}

/**
 * Attaches the right particle, falling back to the double form (`은(는)`) when the final sound
 * cannot be known.
 *
 * @example withParticle('로열티', '은/는') // '로열티는'
 * @example withParticle('매출', '으로/로') // '매출로'
 * @example withParticle('Excel', '이/가') // 'Excel이(가)'
 */
export function withParticle(word: string, pair: ParticlePair, reading?: string): string {
  const [afterConsonant, afterVowel] = PAIRS[pair];
  return attachParticle(word, pair, reading) ?? `${word}${afterConsonant}(${afterVowel})`;
}

function stripTrailingBrackets(text: string): string {
  let out = text.trimEnd();
  for (;;) {
    const match = /\s*(\([^()]*\)|\[[^[\]]*\]|（[^（）]*）)$/u.exec(out);
    if (match === null || match.index === 0) {
      return out;
    }
    out = out.slice(0, match.index);
  }
}

/** Sino-Korean readings of 0–9: 영 일 이 삼 사 오 육 칠 팔 구. */
const DIGIT_FINALS: readonly FinalSound[] = [
  'consonant', 'rieul', 'vowel', 'consonant', 'vowel', 'vowel', 'consonant', 'rieul', 'rieul', 'vowel',
];

function numberFinal(text: string): FinalSound {
  // `1/3` is read 삼분의 일: the numerator is spoken last. `80/20` is a ratio: read in order.
  const fraction = /(\d+)\/(\d+)$/.exec(text);
  const spoken = fraction !== null && Number(fraction[1]) < Number(fraction[2]) ? (fraction[1] ?? text) : text;
  // The last digit decides, in integers, decimals (1.5 → 오) and grouped numbers (1,000) alike: a
  // final 0 is read 영 or ends on a unit (십 백 천 만 억 조), a consonant either way.
  return DIGIT_FINALS[Number(spoken[spoken.length - 1])] ?? 'unknown';
}

const LETTER_NAME_FINALS: ReadonlyMap<string, FinalSound> = new Map<string, FinalSound>([
  ['A', 'vowel'], ['B', 'vowel'], ['C', 'vowel'], ['D', 'vowel'], ['E', 'vowel'], ['F', 'vowel'],
  ['G', 'vowel'], ['H', 'vowel'], ['I', 'vowel'], ['J', 'vowel'], ['K', 'vowel'], ['L', 'rieul'],
  ['M', 'consonant'], ['N', 'consonant'], ['O', 'vowel'], ['P', 'vowel'], ['Q', 'vowel'],
  ['R', 'rieul'], ['S', 'vowel'], ['T', 'vowel'], ['U', 'vowel'], ['V', 'vowel'], ['W', 'vowel'],
  ['X', 'vowel'], ['Y', 'vowel'], ['Z', 'vowel'],
]);
