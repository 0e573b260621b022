/**
 * The glossary's domain types. Every feature reads these: hovers show a `Term`, the chapter tree
 * walks `Chapter`s, the quiz turns `Fact`s into cards.
 */

/** A chapter or section of the syllabus (과목 → 장 → 절). */
export interface Chapter {
  readonly id: string;
  readonly title: string;
  readonly order: number;
  /** The parent chapter's id; undefined for the subject (과목) itself. */
  readonly parent: string | undefined;
}

/** One item of an enumeration or one step of a sequence. */
export interface FactItem {
  readonly label: string;
  readonly detail: string | undefined;
  /** The id of the term this item names, when it is itself a glossary term. */
  readonly term: string | undefined;
}

/** `X의 유형`, `X의 특징`: items that belong together, order irrelevant. */
export interface EnumerationFact {
  readonly kind: 'enumeration';
  readonly title: string;
  readonly items: readonly FactItem[];
}

/** `잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자`: steps in order. */
export interface SequenceFact {
  readonly kind: 'sequence';
  readonly title: string;
  readonly steps: readonly FactItem[];
}

/** `가치 = 편익 - 가격`. */
export interface FormulaFact {
  readonly kind: 'formula';
  readonly title: string;
  readonly left: string;
  readonly right: string;
  /** Words of `right` that a cloze may hide. */
  readonly operands: readonly string[];
}

/** A sentence with a number in it; `value` occurs in `statement`. */
export interface FigureFact {
  readonly kind: 'figure';
  readonly statement: string;
  readonly value: string;
}

export type Fact = EnumerationFact | SequenceFact | FormulaFact | FigureFact;

/** Where a glossary entry came from, for diagnostics and for "go to definition". */
export interface SourceRef {
  readonly file: string;
  /** 0-based line of the entry in its file. */
  readonly line: number;
  readonly layer: LayerName;
}

/** Glossary layers, lowest precedence first. */
export type LayerName = 'bundled' | 'user' | 'workspace';

export const LAYER_ORDER: readonly LayerName[] = ['bundled', 'user', 'workspace'];

export interface Term {
  readonly id: string;
  /** The headword (표제어). */
  readonly term: string;
  readonly aliases: readonly string[];
  /** Aliases deliberately shared with another term. */
  readonly ambiguous: readonly string[];
  readonly english: string | undefined;
  /** Korean reading for particle choice when the headword does not end in Hangul. */
  readonly reading: string | undefined;
  readonly definition: string;
  readonly explanation: string | undefined;
  readonly chapter: string;
  readonly related: readonly string[];
  readonly confusable: readonly string[];
  readonly facts: readonly Fact[];
  readonly source: SourceRef;
}
