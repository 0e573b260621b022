import { type Locale, type MessageCode, message } from '../messages';
import { CARD_TYPES, type CardType } from './types';

const TYPE_MESSAGES: Record<CardType, MessageCode> = {
  definition: 'quiz.type.definition',
  reverse: 'quiz.type.reverse',
  cloze: 'quiz.type.cloze',
  list: 'quiz.type.list',
  sequence: 'quiz.type.sequence',
  formula: 'quiz.type.formula',
  choice: 'quiz.type.choice',
  user: 'quiz.type.user',
};

/** A card type's name as the student reads it: 정의, 빈칸, 객관식 … */
export function cardTypeName(type: CardType, locale: Locale): string {
  return message(locale, TYPE_MESSAGES[type]);
}

/** The card type named `name` (`cloze`, or its Korean name `빈칸`), or undefined. */
export function cardTypeNamed(name: string): CardType | undefined {
  const wanted = name.trim().toLowerCase();
  return CARD_TYPES.find((type) => type === wanted || cardTypeName(type, 'ko') === wanted || cardTypeName(type, 'en').toLowerCase() === wanted);
}
