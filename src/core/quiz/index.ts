/** The quiz: cards from a note plus the glossary, and the formats they export to. */
export { CARD_TYPES, type Card, type CardType, type QuizOptions } from './types';
export { generateCards } from './generate';
export { type AnkiOptions, type CsvOptions, CSV_COLUMNS, EXPORT_FORMATS, type ExportFormat, exportDeck, safeFileName, summarize, toAnki, toCsv, toMarkdown, toQuizlet } from './export';
export { attach, listQuestion, sequenceQuestion } from './grammar';
export { hintOf } from './text';
export { type QuizNote, buildDeck, deckSummary, noteTitle } from './deck';
export { cardTypeName, cardTypeNamed } from './names';
