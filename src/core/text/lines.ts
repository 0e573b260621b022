/**
 * Converts UTF-16 offsets to 0-based line/column pairs (columns in UTF-16 code units). Lines end
 * at LF, CRLF or a lone CR, as in VS Code; a CR before LF belongs to its line.
 */
export class LineIndex {
  private readonly starts: Int32Array;

  constructor(text: string) {
    const starts: number[] = [0];
    if (text.indexOf('\r') < 0) {
      // The common case, with the native search: LF only.
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
        starts.push(nl + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x0a || (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
          starts.push(i + 1);
        }
      }
    }
    this.starts = Int32Array.from(starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** Offset where line `line` starts (clamped to the last line). */
  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))] as number;
  }

  /** The line containing `offset` and the column inside it. */
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
