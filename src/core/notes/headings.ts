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
 * markdown-it reads a skeleton of the note with the same line numbers: the lines that can start
 * or end a heading or a fence, and the paragraph above each setext underline; every other line
 * is blank. That is all the block rules look at to decide these headings, and it is many times
 * faster than parsing the whole note (a test compares both on a corpus). Front matter is blanked
 * too (markdown-it does not know it, and would read its closing `---` as a setext underline).
 *
 * @example extractHeadings('# 고객로열티\n\n## 1. 고객과의 관계')
 * // [{ title: '고객로열티', level: 1, line: 0 }, { title: '1. 고객과의 관계', level: 2, line: 2 }]
 */
export function extractHeadings(text: string): Heading[] {
  return headingsOf(parser().parse(skeleton(text), {}));
}

/** The same headings from a parse of the whole note: the reference `extractHeadings` must equal. */
export function headingsOfFullParse(text: string): Heading[] {
  return headingsOf(parser().parse(blankFrontMatter(text), {}));
}

function headingsOf(tokens: ReadonlyArray<{ type: string; tag: string; level: number; map: [number, number] | null; content: string }>): Heading[] {
  const headings: Heading[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i];
    if (open === undefined || open.type !== 'heading_open' || open.level !== 0) {
      continue;
    }
    const title = plainInline(tokens[i + 1]?.content ?? '');
    if (title !== '') {
      headings.push({ title, level: Number(open.tag.slice(1)), line: open.map?.[0] ?? 0 });
    }
  }
  return headings;
}

function blankFrontMatter(text: string): string {
  const front = frontMatterEnd(text);
  return front > 0 ? text.slice(0, front).replace(/[^\r\n]/g, '') + text.slice(front) : text;
}

const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*$/;

/** The note with every line blank that cannot take part in a heading (see `extractHeadings`). */
function skeleton(text: string): string {
  const lines = blankFrontMatter(text).split(/\r\n|\n|\r/);
  const keep = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (ATX.test(line) || FENCE.test(line)) {
      keep[i] = 1;
    } else if (UNDERLINE.test(line)) {
      keep[i] = 1;
      // The paragraph (or list item, or table) the underline may belong to.
      for (let k = i - 1; k >= 0 && keep[k] === 0 && (lines[k] as string).trim() !== ''; k--) {
        keep[k] = 1;
      }
    }
  }
  for (let i = 0; i < lines.length; i++) {
    if (keep[i] === 0) {
      lines[i] = '';
    }
  }
  return lines.join('\n');
}

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
