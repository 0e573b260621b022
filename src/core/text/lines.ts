/** Converts UTF-16 offsets to 0-based line/column pairs (columns in UTF-16 code units). */
export class LineIndex {
  private readonly starts: number[];

  constructor(text: string) {
    const starts = [0];
    let nl = text.indexOf('\n');
    while (nl >= 0) {
      starts.push(nl + 1);
      nl = text.indexOf('\n', nl + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line containing `offset` and the column inside it. A CR before LF belongs to its line. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return { line: lo, column: offset - (this.starts[lo] as number) };
  }
}
