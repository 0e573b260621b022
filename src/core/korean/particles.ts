import { type FinalSound, isHangulSyllable, syllableFinal } from './hangul';

/**
 * Which final sound a particle may follow.
 * - `C`: a consonant, ㄹ included (이, 을, 은, 과)
 * - `V`: a vowel (가, 를, 는, 와)
 * - `C-not-L`: a consonant other than ㄹ (으로)
 * - `V-or-L`: a vowel or ㄹ (로)
 * - `any`: anything (의, 에, 도)
 */
type Attach = 'C' | 'V' | 'C-not-L' | 'V-or-L' | 'any';

/**
 * The closed list of particles (조사) and copula endings that may follow a term inside the same
 * word. Chains such as 과+의, 에서+는, 으로+부터+는 are built from it, so only the atoms are
 * listed.
 */
const PARTICLES: ReadonlyArray<readonly [string, Attach]> = [
  ['이', 'C'], ['가', 'V'], ['께서', 'any'],
  ['을', 'C'], ['를', 'V'],
  ['의', 'any'],
  ['에', 'any'], ['에서', 'any'], ['에게', 'any'], ['에게서', 'any'], ['께', 'any'], ['한테', 'any'],
  ['으로', 'C-not-L'], ['로', 'V-or-L'], ['서', 'any'], ['써', 'any'],
  ['와', 'V'], ['과', 'C'], ['하고', 'any'], ['이랑', 'C'], ['랑', 'V'],
  ['처럼', 'any'], ['같이', 'any'], ['만큼', 'any'], ['보다', 'any'], ['대로', 'any'],
  ['은', 'C'], ['는', 'V'], ['도', 'any'], ['만', 'any'], ['까지', 'any'], ['부터', 'any'],
  ['마저', 'any'], ['조차', 'any'], ['밖에', 'any'], ['뿐', 'any'], ['마다', 'any'], ['씩', 'any'],
  ['이나', 'C'], ['나', 'V'], ['이든지', 'C'], ['든지', 'V'], ['이든', 'C'], ['든', 'V'],
  ['이라도', 'C'], ['라도', 'V'], ['이야', 'C'], ['야', 'V'], ['이란', 'C'], ['란', 'V'],
  ['이며', 'C'], ['며', 'V'], ['요', 'any'],
  // Copula forms; after a vowel the 이 may drop (가치다, 가치라는).
  ['이다', 'any'], ['다', 'V'], ['입니다', 'any'], ['이고', 'C'], ['고', 'V'], ['이면', 'C'], ['면', 'V'],
  ['인', 'any'], ['임', 'any'], ['이었다', 'C'], ['였다', 'V'], ['이라는', 'C'], ['라는', 'V'],
  ['이라고', 'C'], ['라고', 'V'], ['이에요', 'C'], ['예요', 'V'], ['이므로', 'C'], ['므로', 'V'],
  ['이지만', 'C'], ['지만', 'V'], ['이자', 'C'], ['자', 'V'], ['인데', 'any'], ['이며', 'C'],
  ['일수록', 'any'], ['일', 'any'], ['인지', 'any'], ['이라', 'C'], ['라', 'V'], ['이라면', 'C'], ['라면', 'V'],
  ['이라서', 'C'], ['라서', 'V'], ['이어서', 'C'], ['여서', 'V'], ['이었던', 'C'], ['였던', 'V'],
  ['이어야', 'C'], ['여야', 'V'], ['이기', 'C'], ['이니까', 'C'], ['니까', 'V'], ['이냐', 'C'], ['냐', 'V'],
  ['이든가', 'C'], ['이면서', 'C'], ['면서', 'V'], ['인가', 'any'], ['인가요', 'any'],
  // Past and spoken copula of a student's aside (나도 체리피커였음, 진짜 가망고객이긴 함, 이게 해지방어구나).
  ['이었음', 'C'], ['였음', 'V'], ['이었는데', 'C'], ['였는데', 'V'], ['이었네', 'C'], ['였네', 'V'], ['이긴', 'C'], ['이네', 'C'],
  ['이었을', 'C'], ['였을', 'V'], ['이구나', 'C'], ['구나', 'V'], ['이었구나', 'C'], ['였구나', 'V'], ['이잖아', 'C'], ['잖아', 'V'],
  // 끼리 (among themselves): 고객끼리, 우량고객끼리의.
  ['끼리', 'any'],
];

/** Suffixes that derive a word from a term without changing what it is about (고객들, 전략적). */
const DERIVATIONAL = ['들', '적', '화', '률', '율', '별', '상', '측', '층', '군', '팀'];

/** Syllables that start 하다/되다/시키다 forms (만족하는, 유지된, 활성화시킨). */
const VERB_STARTS = new Set(
  ['하', '한', '할', '함', '합', '해', '했', '되', '된', '될', '됨', '됩', '돼', '됐', '시'].map((s) =>
    s.charCodeAt(0),
  ),
);

const SI = '시'.charCodeAt(0);

const BY_FIRST_CHAR: ReadonlyMap<number, ReadonlyArray<readonly [string, Attach]>> = (() => {
  const map = new Map<number, Array<readonly [string, Attach]>>();
  for (const entry of PARTICLES) {
    const first = entry[0].charCodeAt(0);
    const list = map.get(first) ?? [];
    if (!list.some(([text]) => text === entry[0])) {
      list.push(entry);
    }
    map.set(first, list);
  }
  for (const list of map.values()) {
    list.sort((a, b) => b[0].length - a[0].length);
  }
  return map;
})();

function fits(attach: Attach, before: FinalSound): boolean {
  if (before === 'unknown') {
    return true;
  }
  switch (attach) {
    case 'any':
      return true;
    case 'C':
      return before !== 'vowel';
    case 'V':
      return before === 'vowel';
    case 'C-not-L':
      return before === 'consonant';
    case 'V-or-L':
      return before !== 'consonant';
    default: {
      const never: never = attach;
      return never;
    }
  }
}

function isWordEnd(text: string, pos: number, end: number): boolean {
  return pos >= end || !isHangulSyllable(text.charCodeAt(pos));
}

const MAX_CHAIN = 3;

/**
 * Length of the particle chain that starts at `pos` and runs to the end of the word, or -1 when
 * what follows is not such a chain. `before` is the final sound of the term in front of it.
 *
 * @example particleChainLength('고객과의 관계', 2, 'consonant') // 2 (과+의)
 * @example particleChainLength('시장가', 2, 'consonant') // -1 (가 needs a vowel before it)
 */
export function particleChainLength(text: string, pos: number, before: FinalSound, end = text.length): number {
  const reach = chainEnd(text, pos, before, end, 0);
  return reach < 0 ? -1 : reach - pos;
}

function chainEnd(text: string, pos: number, before: FinalSound, end: number, depth: number): number {
  if (isWordEnd(text, pos, end)) {
    return depth === 0 ? -1 : pos;
  }
  if (depth === MAX_CHAIN) {
    return -1;
  }
  const candidates = BY_FIRST_CHAR.get(text.charCodeAt(pos));
  if (candidates === undefined) {
    return -1;
  }
  for (const [particle, attach] of candidates) {
    if (!fits(attach, before) || !text.startsWith(particle, pos) || pos + particle.length > end) {
      continue;
    }
    const next = pos + particle.length;
    const after = syllableFinal(particle.charCodeAt(particle.length - 1));
    const reach = isWordEnd(text, next, end) ? next : chainEnd(text, next, after, end, depth + 1);
    if (reach >= 0) {
      return reach;
    }
  }
  return -1;
}

/**
 * Length of a derivational or verbal tail at `pos` that keeps the term's meaning (고객들이,
 * 전략적인, 만족하는, 활성화시킨), including the particles after it, or -1.
 */
export function derivationalTailLength(text: string, pos: number, end = text.length): number {
  if (isWordEnd(text, pos, end)) {
    return -1;
  }
  const code = text.charCodeAt(pos);
  if (VERB_STARTS.has(code)) {
    if (code === SI && !/^시[키켜킨킬켰]/.test(text.slice(pos, pos + 2))) {
      return -1;
    }
    let cursor = pos;
    while (!isWordEnd(text, cursor, end)) {
      cursor++;
    }
    return cursor - pos;
  }
  for (const suffix of DERIVATIONAL) {
    if (text.startsWith(suffix, pos)) {
      const next = pos + suffix.length;
      if (isWordEnd(text, next, end)) {
        return suffix.length;
      }
      const after = syllableFinal(suffix.charCodeAt(suffix.length - 1));
      const chain = particleChainLength(text, next, after, end);
      if (chain >= 0) {
        return suffix.length + chain;
      }
      const verb = VERB_STARTS.has(text.charCodeAt(next)) ? derivationalTailLength(text, next, end) : -1;
      if (verb >= 0) {
        return suffix.length + verb;
      }
    }
  }
  return -1;
}
