import MarkdownIt from 'markdown-it';
import { frontMatterEnd } from '../text/markdown';

/** One heading of a note, as markdown-it reads it (ATX `#` and setext `===`/`---`). */
export interface Heading {
  /** The heading's text with inline markup removed (`**굵게**` → 굵게, `[링크](url)` → 링크). */
  readonly title: string;
  /** 1–6. */
  readonly level: number;
  /** 0-based line of the heading (the text line for setext headings). */
  readonly line: number;
}

let blockParser: InstanceType<typeof MarkdownIt> | undefined;

/** markdown-it with only the block rules: headings need no inline parsing, and it is 40% faster. */
function parser(): InstanceType<typeof MarkdownIt> {
  if (blockParser === undefined) {
    blockParser = new MarkdownIt({ html: true });
    blockParser.core.ruler.disable(['inline', 'linkify', 'replacements', 'smartquotes', 'text_join']);
  }
  return blockParser;
}

/**
 * The headings of a note in order, from markdown-it's tokens: so `#` inside fenced code or an
 * indented code block is no heading, and setext headings are. Top-level headings only (not
 * inside lists or block quotes), as a note's outline.
 *
 * A skeleton of the note is read instead of the note: the lines that can start or end a heading
 * or a fence, and the paragraph above each setext underline; every run of other lines becomes one
 * blank line, and line numbers are mapped back. That is all the block rules look at to decide
 * these headings. A skeleton without setext underlines is read by `atxHeadings` (no parser); one
 * with them by markdown-it; a note with an indented `#` or fence line (which may belong to a list
 * item), or with a line that may open an HTML block (which hides the `#` lines inside it), is
 * parsed whole. Tests compare the result with a parse of the whole note on a corpus and
 * on generated notes. Front matter is blanked too (markdown-it does not know it, and would read
 * its closing `---` as a setext underline).
 *
 * @example extractHeadings('# 고객로열티\n\n## 1. 고객과의 관계')
 * // [{ title: '고객로열티', level: 1, line: 0 }, { title: '1. 고객과의 관계', level: 2, line: 2 }]
 */
export function extractHeadings(text: string): Heading[] {
  const { kept, lines, setext, whole } = skeleton(text);
  if (whole) {
    // An indented `#` or fence may continue a list item above it, which the skeleton drops; an
    // HTML block (`<!-- … -->`, `<details>` …) runs past lines the skeleton drops.
    return headingsOfFullParse(text);
  }
  return setext ? headingsOf(parser().parse(kept.join('\n'), {}), lines) : atxHeadings(kept, lines);
}

/** The same headings from a parse of the whole note: the reference `extractHeadings` must equal. */
export function headingsOfFullParse(text: string): Heading[] {
  return headingsOf(parser().parse(blankFrontMatter(text), {}));
}

function headingsOf(tokens: ReadonlyArray<{ type: string; tag: string; level: number; map: [number, number] | null; content: string }>, lines?: Uint32Array): Heading[] {
  const headings: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open === undefined || open.type !== 'heading_open' || open.level !== 0) {
      continue;
    }
    const title = plainInline(tokens[i + 1]?.content ?? '');
    if (title !== '') {
      const line = open.map?.[0] ?? 0;
      headings.push({ title, level: Number(open.tag.slice(1)), line: lines === undefined ? line : (lines[line] ?? line) });
    }
  }
  return headings;
}

function blankFrontMatter(text: string): string {
  const front = frontMatterEnd(text);
  return front > 0 ? text.slice(0, front).replace(/[^\r\n]/g, '') + text.slice(front) : text;
}

/** An ATX heading line: its `#`s and its text. */
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*)|$)/;
/** A line that opens or closes a fence: its marker. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** A line that may open an HTML block (markdown-it runs with `html: true`). */
const HTML_START = /^ {0,3}</;

/**
 * The note with every line that cannot take part in a heading dropped (see `extractHeadings`),
 * each run of dropped lines written as one blank line so that paragraphs stay apart, and the
 * original line of each skeleton line.
 */
function skeleton(text: string): { kept: string[]; lines: Uint32Array; setext: boolean; whole: boolean } {
  const lines = blankFrontMatter(text).split(/\r\n|\n|\r/);
  const keep = new Uint8Array(lines.length);
  let setext = false;
  let whole = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (ATX.test(line) || FENCE.test(line)) {
      keep[i] = 1;
      whole ||= line.charCodeAt(0) === 0x20;
    } else if (UNDERLINE.test(line)) {
      keep[i] = 1;
      setext ||= i > 0 && (lines[i - 1] as string).trim() !== '';
      // The paragraph (or list item, or table) the underline may belong to.
      for (let k = i - 1; k >= 0 && keep[k] === 0 && (lines[k] as string).trim() !== ''; k--) {
        keep[k] = 1;
      }
    } else if (HTML_START.test(line)) {
      whole = true;
    }
  }
  const kept: string[] = [];
  const at: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (keep[i] === 1) {
      kept.push(lines[i] as string);
      at.push(i);
    } else if (i === 0 || keep[i - 1] === 1) {
      kept.push('');
      at.push(i);
    }
  }
  return { kept, lines: Uint32Array.from(at), setext, whole };
}

/**
 * The headings of a skeleton without setext underlines, read the way markdown-it's fence and
 * heading rules read it (no parser needed: every line is an ATX heading, a fence, a thematic
 * break or blank): a fence runs to a closing fence of its character at least as long, or to the
 * end; a heading's text loses its closing `#` sequence.
 */
function atxHeadings(skeletonLines: readonly string[], lines: Uint32Array): Heading[] {
  const headings: Heading[] = [];
  let fence: { char: string; length: number } | undefined;
  skeletonLines.forEach((line, i) => {
    const opener = FENCE.exec(line);
    if (fence !== undefined) {
      if (opener !== null && (opener[1] as string)[0] === fence.char && (opener[1] as string).length >= fence.length && line.slice(opener[0].length).trim() === '') {
        fence = undefined;
      }
      return;
    }
    if (opener !== null) {
      const marker = opener[1] as string;
      // A backtick fence's info string cannot hold a backtick (then the line is inline code).
      if (marker[0] !== '`' || !line.slice(opener[0].length).includes('`')) {
        fence = { char: marker[0] as string, length: marker.length };
      }
      return;
    }
    const atx = ATX.exec(line);
    if (atx === null) {
      return;
    }
    const content = (atx[2] ?? '').replace(CLOSING_HASHES, '').trim();
    const title = plainInline(content);
    if (title !== '') {
      headings.push({ title, level: (atx[1] as string).length, line: lines[i] ?? i });
    }
  });
  return headings;
}

/** A closing sequence: spaces, `#`s, spaces at the end — or a line of only `#`s. */
const CLOSING_HASHES = /(?:^|[ \t]+)#+[ \t]*$/;

/** Inline markdown → its plain text, enough for a heading title. */
function plainInline(content: string): string {
  return content
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\[([^\]|]*)(?:\|([^\]]*))?\]\]/g, (_m, target: string, label: string | undefined) => label ?? target)
    .replace(/(\*\*|__|~~|==)(.+?)\1/g, '$2')
    .replace(/(^|[^*\w])[*_]([^*_]+)[*_](?=$|[^*\w])/g, '$1$2')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!~=|<>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
