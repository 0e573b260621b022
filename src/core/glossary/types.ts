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
  /**
   * The short gradable answer (no parentheses, no numbering): `편재성` for the label
   * `편재성(Ubiquity)`. Always set; the label itself when the entry gives none.
   */
  readonly answer: string;
  /** Other answers a grader accepts (`유비쿼터스`, `Ubiquity`); empty when none. */
  readonly accept: readonly string[];
}

/** Fields every fact has, whatever its kind. */
export interface FactBase {
  /**
   * A stable key, unique in the merged glossary: `${termId}:${kind}:${title}` (a figure uses its
   * statement), with `#2`, `#3`, … added when one term has two facts that would share a key.
   * The quiz keys its cards on it.
   */
  readonly key: string;
  /**
   * True when the list is complete (the default): a student who names an item not on it is wrong.
   * False for one author's or textbook's list, or a list of examples (주요/대표/예).
   */
  readonly exhaustive: boolean;
  /** Whose list or formula this is (author, textbook), when it is one author's. */
  readonly source: string | undefined;
}

/** `X의 유형`, `X의 특징`: items that belong together, order irrelevant. */
export interface EnumerationFact extends FactBase {
  readonly kind: 'enumeration';
  readonly title: string;
  readonly items: readonly FactItem[];
}

/** `잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자`: steps in order. */
export interface SequenceFact extends FactBase {
  readonly kind: 'sequence';
  readonly title: string;
  readonly steps: readonly FactItem[];
}

/** `가치 = 편익 - 가격`. */
export interface FormulaFact extends FactBase {
  readonly kind: 'formula';
  readonly title: string;
  readonly left: string;
  readonly right: string;
  /** Words of `right` that a cloze may hide. */
  readonly operands: readonly string[];
}

/** A sentence with a number in it; `value` occurs in `statement`. */
export interface FigureFact extends FactBase {
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

/**
 * The context that makes an everyday word a term (신뢰도 is association-rule confidence only in a
 * section about 연관규칙; 채널 is not a TV 채널). Without a cue nearby, the spelling is no match.
 */
export interface Sense {
  /**
   * Words or term ids (an id stands for every spelling of that term); one must be in the section.
   * Empty when the spelling is the term anywhere except after `notAfter` or beside `notWith`.
   */
  readonly cues: readonly string[];
  /**
   * The spellings that are everyday words, which need a cue (and `notWith` is read for); undefined
   * for all of them, empty for none (가격: a course word anywhere, only `notAfter` tells the asset
   * price `주식 가격` apart).
   */
  readonly spellings: readonly string[] | undefined;
  /** Words that, written right before any spelling (`직원 로열티`, `TV 채널`), mean the everyday sense. */
  readonly notAfter: readonly string[];
  /** Words that, anywhere on the same line (`인질 구출하는 액션 영화`), mean the everyday sense. */
  readonly notWith: readonly string[];
}

export interface Term {
  readonly id: string;
  /** The headword (표제어). */
  readonly term: string;
  readonly aliases: readonly string[];
  /**
   * An everyday word (고객, 가치, 채널): it still gets a hover, but coverage, underlines,
   * diagnostics and cloze blanks leave it out. False unless the entry says `"generic": true`.
   */
  readonly generic: boolean;
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
  /** When the entry is an everyday word: the context that makes it this term. */
  readonly sense: Sense | undefined;
  readonly source: SourceRef;
}
