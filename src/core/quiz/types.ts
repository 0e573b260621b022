/** The quiz's domain types: what the generator makes, the practice panel shows and exports write. */

export type CardType = 'definition' | 'reverse' | 'cloze' | 'list' | 'sequence' | 'formula' | 'choice' | 'user';

/** Every card type, in the order summaries list them. */
export const CARD_TYPES: readonly CardType[] = ['definition', 'reverse', 'cloze', 'list', 'sequence', 'formula', 'choice', 'user'];

export interface Card {
  /**
   * Stable: a hash of the type and the note-relative anchor text (never line numbers or file
   * order), so it survives unrelated edits and moving the paragraph; glossary-based cards hash
   * the type and the term id.
   */
  readonly id: string;
  readonly type: CardType;
  /** The question as the student sees it; a cloze shows `___` for each blank. */
  readonly front: string;
  /** The full answer text. */
  readonly back: string;
  /** Gradable answers; a list: its items (any order); a sequence: its steps in order. */
  readonly answers: readonly string[];
  /** `choice` only: 4 options, order fixed by the seed. */
  readonly choices?: readonly string[];
  /** `choice` only: the index of the right option in `choices`. */
  readonly answerIndex?: number;
  /** A list from a non-exhaustive glossary fact: "name N of them". */
  readonly required?: number;
  /** A 초성 hint for the answer of a reverse or cloze card. */
  readonly hint?: string;
  /** Per answer (same index), the other spellings a grader accepts. */
  readonly accept?: readonly (readonly string[])[];
  /** The glossary fact key when the note states a fact the glossary also holds. */
  readonly fact?: string;
  /** Where the card comes from: the note's file and a 0-based line. */
  readonly source: { readonly file: string; readonly line: number };
  /** The heading path above the source line. */
  readonly context: readonly string[];
  /** Ids of the glossary terms the card's text mentions (non-generic first). */
  readonly terms: readonly string[];
  /** The glossary chapter of the first term; undefined when the card names none. */
  readonly chapter: string | undefined;
}

export interface QuizOptions {
  /** Only these card types (all when undefined). */
  readonly types?: readonly CardType[];
  /** Fixes the order of multiple-choice options; 0 when undefined. */
  readonly seed?: number;
}
