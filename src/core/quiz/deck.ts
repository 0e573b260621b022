import type { Glossary } from '../glossary/glossary';
import type { TermIndex } from '../matcher';
import { type Locale, message } from '../messages';
import { type NoteLimits, Note } from '../notes/note';
import { summarize } from './export';
import { cardTypeName } from './names';
import { generateCards } from './generate';
import { CARD_TYPES, type Card, type QuizOptions } from './types';

/** A note as the quiz commands get it: where it is (shown on each card) and its text. */
export interface QuizNote {
  readonly file: string;
  readonly text: string;
}

/**
 * The cards of several notes, in note order, each card once: a glossary card (the definition of
 * 로열티) that two notes would both make is kept from the first note only, so a quiz over a
 * chapter's notes does not ask the same thing twice.
 */
export function buildDeck(notes: readonly QuizNote[], index: TermIndex, glossary: Glossary, options: QuizOptions = {}, limits?: NoteLimits): Card[] {
  const seen = new Set<string>();
  const deck: Card[] = [];
  for (const { file, text } of notes) {
    for (const card of generateCards(new Note(text, index, limits), file, glossary, options)) {
      if (!seen.has(card.id)) {
        seen.add(card.id);
        deck.push(card);
      }
    }
  }
  return deck;
}

/**
 * One line for a notification or a terminal: `카드 52장 — 정의 14, 빈칸 4, 공식 3`, the types with
 * no card left out; `만들 카드가 없습니다` for none.
 */
export function deckSummary(cards: readonly Card[], locale: Locale): string {
  if (cards.length === 0) {
    return message(locale, 'quiz.none');
  }
  const counts = summarize(cards);
  const parts = CARD_TYPES.filter((type) => counts[type] > 0).map((type) => `${cardTypeName(type, locale)} ${counts[type]}`);
  return message(locale, 'quiz.summary', cards.length, parts.join(', '));
}

/**
 * A note's title for a deck and its export file: the first level-1 heading (in the first 64 KB),
 * else the file name without `.md`.
 *
 * @example noteTitle('# 4장 고객로열티\n…', 'notes/ch4.md') // '4장 고객로열티'
 */
export function noteTitle(text: string, file: string): string {
  const heading = /^#[ \t]+(.+?)[ \t#]*$/m.exec(text.slice(0, 64 * 1024));
  const title = heading?.[1]?.trim();
  if (title !== undefined && title !== '') {
    return title;
  }
  const name = file.split(/[\\/]/).pop() ?? '';
  return name.replace(/\.(md|markdown)$/i, '') || 'CRM 노트';
}
