import type { KeyKind, TermIndex, TermMatch } from '../matcher';
import { utf8Length } from '../text/hash';
import { LineIndex } from '../text/lines';
import { type Region, blockRegions, inRegions, inlineRegions } from '../text/markdown';
import { type Heading, extractHeadings } from './headings';

/** One mention of a term in a note: offsets in the text and line/columns as stored in the file. */
export interface Occurrence {
  readonly id: string;
  readonly alternatives: readonly string[];
  readonly via: KeyKind;
  /** UTF-16 offsets of the term (without particles) in the note. */
  readonly offset: number;
  readonly endOffset: number;
  /** 0-based line and UTF-16 columns in it (end exclusive). */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  /** Exactly the note's characters in that range (NFD stays NFD). */
  readonly text: string;
}

/** Receives one occurrence of `Note.forEachOccurrence`: the fields of `Occurrence` but its text. */
export type OccurrenceVisitor = (id: string, line: number, start: number, end: number, offset: number, endOffset: number, alternatives: readonly string[], via: KeyKind) => void;

/** Why a note is not read for terms. */
export type Refusal = 'tooLarge' | 'binary';

export interface NoteLimits {
  /** Notes larger than this many UTF-8 bytes are refused. */
  readonly maxBytes: number;
}

/** The default note size limit: the hover's default setting. */
export const DEFAULT_NOTE_LIMITS: NoteLimits = { maxBytes: 8 * 1024 * 1024 };

/**
 * A note read through the core pipeline: text → markdown regions → occurrences, headings. Every
 * part is computed on first use and kept, so one `Note` per document version serves the hover,
 * the tree, the quiz and the CLI alike.
 */
export class Note {
  private refusal: Refusal | undefined | null = null;
  private lineIndex: LineIndex | undefined;
  private blockList: Region[] | undefined;
  private occurrenceList: Occurrence[] | undefined;
  private headingList: Heading[] | undefined;

  constructor(
    readonly text: string,
    private readonly index: TermIndex,
    private readonly limits: NoteLimits = DEFAULT_NOTE_LIMITS,
  ) {}

  /** Too large (in UTF-8 bytes, as on disk) or binary (a NUL in the first 8 KB), or undefined. */
  get refused(): Refusal | undefined {
    if (this.refusal === null) {
      const text = this.text;
      if (text.length > this.limits.maxBytes || (text.length * 3 > this.limits.maxBytes && utf8Length(text) > this.limits.maxBytes)) {
        this.refusal = 'tooLarge';
      } else if (text.slice(0, 8192).includes('\u0000')) {
        this.refusal = 'binary';
      } else {
        this.refusal = undefined;
      }
    }
    return this.refusal;
  }

  get lines(): LineIndex {
    this.lineIndex ??= new LineIndex(this.text);
    return this.lineIndex;
  }

  /** Fenced code, front matter and HTML comments (see `text/markdown.ts`). */
  get blocks(): readonly Region[] {
    this.blockList ??= this.refused === undefined ? blockRegions(this.text) : [];
    return this.blockList;
  }

  /** Every term mention outside code, links, HTML and front matter, in order. */
  get occurrences(): readonly Occurrence[] {
    if (this.occurrenceList === undefined) {
      const out: Occurrence[] = [];
      const text = this.text;
      this.forEachOccurrence((id, line, start, end, offset, endOffset, alternatives, via) => {
        out.push({ id, alternatives, via, offset, endOffset, line, start, end, text: text.slice(offset, endOffset) });
      });
      this.occurrenceList = out;
    }
    return this.occurrenceList;
  }

  /**
   * The occurrences one at a time, without an object each: for callers that write them straight
   * out (the CLI's JSON of a 5 MB note has hundreds of thousands). Same order and values as
   * `occurrences`; the matched text is `text.slice(offset, endOffset)`.
   */
  forEachOccurrence(visit: OccurrenceVisitor): void {
    if (this.occurrenceList !== undefined) {
      for (const o of this.occurrenceList) {
        visit(o.id, o.line, o.start, o.end, o.offset, o.endOffset, o.alternatives, o.via);
      }
      return;
    }
    if (this.refused !== undefined) {
      return;
    }
    const lines = this.lines;
    // Matches come in text order, so the line is found by walking forward, not searching.
    let line = 0;
    let lineStart = 0;
    let next = lines.lineCount > 1 ? lines.lineStart(1) : Number.POSITIVE_INFINITY;
    this.index.scanEach(this.text, { blocks: this.blocks }, (offset, endOffset, _wordEnd, id, alternatives, via) => {
      while (offset >= next) {
        line++;
        lineStart = next;
        next = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : Number.POSITIVE_INFINITY;
      }
      const start = offset - lineStart;
      visit(id, line, start, start + (endOffset - offset), offset, endOffset, alternatives, via);
    });
  }

  get headings(): readonly Heading[] {
    this.headingList ??= this.refused === undefined ? extractHeadings(this.text) : [];
    return this.headingList;
  }

  /**
   * Whether `offset` is note text: not in fenced code, front matter or HTML comments, nor in a
   * code span, link target, tag or URL of its line (see `text/markdown.ts`).
   */
  isNoteText(offset: number): boolean {
    if (offset < 0 || offset >= this.text.length || this.refused !== undefined || inRegions(this.blocks, offset)) {
      return false;
    }
    const { line } = this.lines.position(offset);
    const start = this.lines.lineStart(line);
    const end = line + 1 < this.lines.lineCount ? this.lines.lineStart(line + 1) : this.text.length;
    return !inRegions(inlineRegions(this.text, start, end), offset);
  }

  /** The term under `offset`, as the hover asks: only the text around it is scanned. */
  termAt(offset: number): Occurrence | undefined {
    if (this.refused !== undefined || inRegions(this.blocks, offset)) {
      return undefined;
    }
    const match = this.index.findTermAt(this.text, offset);
    return match === undefined ? undefined : this.occurrence(match, this.lines);
  }

  /** `termAt` by 0-based line and UTF-16 column. */
  termAtPosition(line: number, character: number): Occurrence | undefined {
    return this.termAt(this.lines.lineStart(line) + character);
  }

  private occurrence(match: TermMatch, lines: LineIndex): Occurrence {
    const { line, column } = lines.position(match.start);
    return {
      id: match.id,
      alternatives: match.alternatives,
      via: match.via,
      offset: match.start,
      endOffset: match.end,
      line,
      start: column,
      end: column + (match.end - match.start),
      text: this.text.slice(match.start, match.end),
    };
  }
}
