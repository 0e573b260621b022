import MarkdownIt from 'markdown-it';
import { frontMatterEnd } from '../text/markdown';

/**
 * A note as the quiz reads it: markdown-it's tokens turned into a small tree of the blocks that
 * can hold cards. Fenced and indented code, HTML blocks and front matter never get here; inline
 * code and inline HTML become `HOLE`, so any text that touches them can be refused.
 */

/** Stands for inline code or inline HTML in a line of text. */
export const HOLE = '\uFFFC';
/** Around strong (`**x**`) text, so `**X**: …` can be told from `X: …`. */
export const STRONG_OPEN = '\u0001';
export const STRONG_CLOSE = '\u0002';

/** One line of inline text (markers kept) and its 0-based line in the note. */
export interface TextLine {
  readonly text: string;
  readonly line: number;
}

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly line: number;
  readonly level: number;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly line: number;
  readonly lines: readonly TextLine[];
}

export interface ListItem {
  readonly line: number;
  /** The item's own paragraphs, line by line. */
  readonly lines: readonly TextLine[];
  /** Lists (and other blocks) nested in the item. */
  readonly children: readonly Block[];
}

export interface ListBlock {
  readonly kind: 'list';
  readonly line: number;
  readonly ordered: boolean;
  readonly items: readonly ListItem[];
}

export interface TableRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface TableBlock {
  readonly kind: 'table';
  readonly line: number;
  readonly header: readonly string[];
  readonly rows: readonly TableRow[];
}

export type Block = HeadingBlock | ParagraphBlock | ListBlock | TableBlock;

interface Token {
  readonly type: string;
  readonly tag: string;
  readonly map: [number, number] | null;
  readonly content: string;
  readonly children: Token[] | null;
}

let md: InstanceType<typeof MarkdownIt> | undefined;

function parser(): InstanceType<typeof MarkdownIt> {
  md ??= new MarkdownIt({ html: true, linkify: false, typographer: false });
  return md;
}

/** The blocks of a note, in order (block quotes are read through). */
export function readBlocks(text: string): Block[] {
  const front = frontMatterEnd(text);
  const source = front > 0 ? text.slice(0, front).replace(/[^\r\n]/g, '') + text.slice(front) : text;
  const tokens = parser().parse(source, {}) as unknown as Token[];
  const cursor = { at: 0 };
  return readUntil(tokens, cursor, undefined);
}

/** Reads blocks until the token of type `close` (exclusive; consumed) or the end. */
function readUntil(tokens: readonly Token[], cursor: { at: number }, close: string | undefined): Block[] {
  const blocks: Block[] = [];
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at] as Token;
    if (close !== undefined && token.type === close) {
      cursor.at++;
      return blocks;
    }
    const line = token.map?.[0] ?? 0;
    switch (token.type) {
      case 'heading_open': {
        const inline = tokens[cursor.at + 1];
        cursor.at += 3;
        const title = plain(renderInline(inline)).replace(/\s+/g, ' ').trim();
        if (title !== '') {
          blocks.push({ kind: 'heading', line, level: Number(token.tag.slice(1)), text: title });
        }
        break;
      }
      case 'paragraph_open': {
        const inline = tokens[cursor.at + 1];
        cursor.at += 3;
        blocks.push({ kind: 'paragraph', line, lines: splitLines(renderInline(inline), line) });
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open': {
        cursor.at++;
        blocks.push(readList(tokens, cursor, line, token.type === 'ordered_list_open'));
        break;
      }
      case 'table_open': {
        cursor.at++;
        const table = readTable(tokens, cursor, line);
        if (table !== undefined) {
          blocks.push(table);
        }
        break;
      }
      default:
        // Code, HTML blocks, rules and the open/close tokens of block quotes: nothing to keep.
        cursor.at++;
    }
  }
  return blocks;
}

function readList(tokens: readonly Token[], cursor: { at: number }, line: number, ordered: boolean): ListBlock {
  const items: ListItem[] = [];
  const close = ordered ? 'ordered_list_close' : 'bullet_list_close';
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at] as Token;
    if (token.type === close) {
      cursor.at++;
      break;
    }
    if (token.type !== 'list_item_open') {
      cursor.at++;
      continue;
    }
    cursor.at++;
    const inner = readUntil(tokens, cursor, 'list_item_close');
    const lines: TextLine[] = [];
    const children: Block[] = [];
    for (const block of inner) {
      if (block.kind === 'paragraph' && children.length === 0) {
        lines.push(...block.lines);
      } else {
        children.push(block);
      }
    }
    // A task-list box (`- [ ] 관계 단계 순서: …`) is not part of the item's words.
    const first = lines[0];
    if (first !== undefined && /^\[[ xX]\]\s+/.test(first.text)) {
      lines[0] = { ...first, text: first.text.replace(/^\[[ xX]\]\s+/, '') };
    }
    items.push({ line: token.map?.[0] ?? line, lines, children });
  }
  return { kind: 'list', line, ordered, items };
}

function readTable(tokens: readonly Token[], cursor: { at: number }, line: number): TableBlock | undefined {
  const rows: TableRow[] = [];
  let cells: string[] | undefined;
  let rowLine = line;
  while (cursor.at < tokens.length) {
    const token = tokens[cursor.at] as Token;
    cursor.at++;
    if (token.type === 'table_close') {
      break;
    }
    if (token.type === 'tr_open') {
      cells = [];
      rowLine = token.map?.[0] ?? rowLine + 1;
    } else if (token.type === 'tr_close' && cells !== undefined) {
      rows.push({ line: rowLine, cells });
      cells = undefined;
    } else if (token.type === 'inline' && cells !== undefined) {
      cells.push(renderInline(token).replace(/\n/g, ' ').trim());
    }
  }
  const [header, ...body] = rows;
  return header === undefined ? undefined : { kind: 'table', line, header: header.cells.map(plain), rows: body };
}

/** An inline token's text: markup dropped, strong marked, code and HTML as `HOLE`, breaks as `\n`. */
function renderInline(inline: Token | undefined): string {
  let out = '';
  for (const child of inline?.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'text_special':
        out += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        out += '\n';
        break;
      case 'strong_open':
        out += STRONG_OPEN;
        break;
      case 'strong_close':
        out += STRONG_CLOSE;
        break;
      case 'image':
        out += child.content;
        break;
      case 'html_inline':
        out += /^<br\s*\/?>$/i.test(child.content) ? ' ' : HOLE;
        break;
      case 'code_inline':
        out += HOLE;
        break;
      default:
        // em, strikethrough and link open/close: their text comes as text tokens.
        break;
    }
  }
  return out;
}

function splitLines(text: string, first: number): TextLine[] {
  return text.split('\n').map((part, i) => ({ text: part.trim(), line: first + i }));
}

/** Text without the strong markers. */
export function plain(text: string): string {
  return text.replace(/[\u0001\u0002]/g, '');
}
