/**
 * Where something is in a note, in the terms every feature and the CLI report: a file (a URI
 * string in the extension, a path in the CLI), a 0-based line and UTF-16 columns in that line
 * as stored in the file (end exclusive). Converted to VS Code types only in `features/convert.ts`.
 */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}
