import { attachParticle } from '../korean/josa';

/**
 * Question templates in grammatical Korean. A particle is attached only when the final sound of
 * the word is known (받침, vowel, ㄹ, digits read the Sino-Korean way, capitals by letter name,
 * a glossary `reading`); otherwise the template is rephrased so that no particle follows the
 * word. A double form like `은(는)` is never produced.
 */

/** `word` with the right particle, or undefined when its sound is unknown (see `attachParticle`). */
export const attach = attachParticle;

/** `고객로열티의 정의는?` — 의 fits after any word. */
export function definitionQuestion(term: string): string {
  return `${term}의 정의는?`;
}

export function reverseQuestion(description: string): string {
  return `다음 설명에 해당하는 용어를 쓰시오.\n${description}`;
}

export function choiceQuestion(description: string): string {
  return `다음 설명에 해당하는 용어로 알맞은 것은?\n${description}`;
}

/**
 * @example listQuestion('불량고객의 유형') // '불량고객의 유형을 모두 쓰시오.'
 * @example listQuestion('CRM의 특징', undefined, 3) // 'CRM의 특징 중 3가지를 쓰시오.'
 */
export function listQuestion(lead: string, reading?: string, required?: number): string {
  if (required !== undefined) {
    return `${lead} 중 ${required}가지를 쓰시오.`;
  }
  const object = attach(lead, '을/를', reading);
  return object === undefined ? `다음에 해당하는 것을 모두 쓰시오: ${lead}` : `${object} 모두 쓰시오.`;
}

/**
 * @example sequenceQuestion('고객관계의 발전') // '고객관계의 발전을 순서대로 쓰시오.'
 * @example sequenceQuestion(undefined, '고객과의 관계 맺기') // '다음 단계를 순서대로 쓰시오: 고객과의 관계 맺기'
 */
export function sequenceQuestion(lead: string | undefined, topic?: string, reading?: string): string {
  // `관계 단계 순서: …` asks for 관계 단계, not for 관계 단계 순서 순서대로.
  const named = lead?.replace(/\s*순서$/, '') || lead;
  const object = named === undefined ? undefined : attach(named, '을/를', named === lead ? reading : undefined);
  if (object !== undefined) {
    return `${object} 순서대로 쓰시오.`;
  }
  const about = lead ?? topic;
  return about === undefined ? '다음 단계를 순서대로 쓰시오.' : `다음 단계를 순서대로 쓰시오: ${about}`;
}
