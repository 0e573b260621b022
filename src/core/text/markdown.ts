/**
 * What counts as note text when looking for terms.
 *
 * Decided once for every feature (hover, CLI, tree, quiz):
 * - fenced code blocks (``` and ~~~, at any indentation), front matter (`---` … `---` at the top),
 *   HTML comments, inline code spans, link and image destinations (`](…)`), reference definitions
 *   (`[x]: url`), autolinks and HTML tags (`<…>`) and bare URLs are NOT note text: no term is found
 *   there.
 * - link text and image alt text, headings, lists, tables, emphasis and wiki links ARE note text.
 * - indented code blocks are not recognised: students indent nested lists by four spaces, and
 *   those lines are notes.
 *
 * Regions are UTF-16 ranges in the original text; masking replaces them with spaces of the same
 * length, so every offset stays where it was.
 */

/** A half-open range `[start, end)` of UTF-16 offsets. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

const BLOCK_START = /^[ \t]*(`{3,}|~{3,})|<!--/gm;

/** Front matter, fenced code blocks and HTML comments: the regions that span lines. */
export function blockRegions(text: string): Region[] {
  const regions: Region[] = [];
  let from = 0;
  const front = frontMatterEnd(text);
  if (front > 0) {
    regions.push({ start: 0, end: front });
    from = front;
  }
  BLOCK_START.lastIndex = from;
  for (;;) {
    const hit = BLOCK_START.exec(text);
    if (hit === null) {
      break;
    }
    if (hit[0] === '<!--') {
      // From the second dash: `<!-->` and `<!--->` are whole (empty) comments, as in CommonMark.
      const close = text.indexOf('-->', hit.index + 2);
      const end = close < 0 ? text.length : close + 3;
      regions.push({ start: hit.index, end });
      BLOCK_START.lastIndex = end;
      continue;
    }
    const fence = hit[1] as string;
    const lineEnd = endOfLine(text, hit.index);
    const info = text.slice(hit.index + hit[0].length, lineEnd);
    if (fence[0] === '`' && info.includes('`')) {
      // Not a fence: an inline code span at the start of a line.
      BLOCK_START.lastIndex = lineEnd;
      continue;
    }
    const end = closingFenceEnd(text, lineEnd, fence);
    regions.push({ start: hit.index, end });
    BLOCK_START.lastIndex = end;
  }
  return regions;
}

/** Where the front matter (`---` … `---` at the very top) ends, or 0 when there is none. */
export function frontMatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!/^---[ \t]*\r?\n/.test(text.slice(start, start + 8))) {
    return 0;
  }
  const close = /^(?:---|\.\.\.)[ \t]*$/m;
  const body = endOfLine(text, start) + 1;
  close.lastIndex = 0;
  const rest = text.slice(body);
  const hit = close.exec(rest);
  if (hit === null) {
    return 0;
  }
  return body + hit.index + hit[0].length;
}

function endOfLine(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

function closingFenceEnd(text: string, from: number, fence: string): number {
  const marker = fence[0] === '`' ? '`' : '~';
  const closing = new RegExp(`^[ \\t]*${marker === '`' ? '`' : '~'}{${fence.length},}[ \\t]*\\r?$`, 'gm');
  closing.lastIndex = from;
  const hit = closing.exec(text);
  return hit === null ? text.length : hit.index + hit[0].length;
}

const INLINE = /`+|\]\(|<[A-Za-z/!?]|(?:https?|ftp|mailto):[^\s<>()[\]]+|^[ \t]*\[[^\]\n]+\]:[ \t]*\S/gm;

/**
 * Inline regions inside `[from, to)`: code spans, link destinations, reference definitions, tags,
 * autolinks and bare URLs. Only looks within lines, so a window of a huge note costs the window.
 */
export function inlineRegions(text: string, from = 0, to = text.length): Region[] {
  const regions: Region[] = [];
  const re = new RegExp(INLINE.source, INLINE.flags);
  re.lastIndex = from;
  let runs: BacktickRuns | undefined;
  // The end of the hit's line, found once per line: a line of 150,000 code spans stays linear.
  let lineEnd = -1;
  for (;;) {
    const hit = re.exec(text);
    if (hit === null || hit.index >= to) {
      break;
    }
    const token = hit[0];
    if (hit.index > lineEnd) {
      lineEnd = Math.min(endOfLine(text, hit.index), to);
    }
    let end = hit.index + token.length;
    if (token[0] === '`') {
      if (runs === undefined || runs.lineEnd !== lineEnd) {
        runs = new BacktickRuns(text, hit.index, lineEnd);
      }
      const close = runs.next(end, token.length);
      if (close < 0) {
        re.lastIndex = end;
        continue;
      }
      end = close + token.length;
      regions.push({ start: hit.index, end });
    } else if (token === '](') {
      end = closingParen(text, end, lineEnd);
      regions.push({ start: hit.index + 2, end });
    } else if (token[0] === '<') {
      let close = end;
      while (close < lineEnd && text.charCodeAt(close) !== 0x3e /* > */) {
        close++;
      }
      if (close >= lineEnd) {
        re.lastIndex = end;
        continue;
      }
      end = close + 1;
      regions.push({ start: hit.index, end });
    } else if (/^[ \t]*\[/.test(token)) {
      regions.push({ start: hit.index + token.indexOf(']:') + 2, end: lineEnd });
      end = lineEnd;
    } else {
      regions.push({ start: hit.index, end });
    }
    re.lastIndex = Math.max(end, hit.index + 1);
  }
  return regions;
}

/**
 * The backtick runs of one line (from a start offset to the line's end), by length, so finding
 * the run that closes a code span is a look-up rather than a walk: a line with runs of a
 * thousand different lengths costs linear time, not quadratic.
 */
class BacktickRuns {
  private readonly byLength = new Map<number, number[]>();
  private readonly cursor = new Map<number, number>();

  constructor(text: string, from: number, readonly lineEnd: number) {
    let i = text.indexOf('`', from);
    while (i >= 0 && i < lineEnd) {
      let run = 1;
      while (i + run < lineEnd && text.charCodeAt(i + run) === 0x60) {
        run++;
      }
      const list = this.byLength.get(run);
      if (list === undefined) {
        this.byLength.set(run, [i]);
      } else {
        list.push(i);
      }
      i = text.indexOf('`', i + run);
    }
  }

  /** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
  next(from: number, length: number): number {
    const list = this.byLength.get(length);
    if (list === undefined) {
      return -1;
    }
    // Look-ups come in increasing `from` order within a line, so a cursor per length suffices.
    let k = this.cursor.get(length) ?? 0;
    while (k < list.length && (list[k] as number) < from) {
      k++;
    }
    this.cursor.set(length, k);
    return k < list.length ? (list[k] as number) : -1;
  }
}

function closingParen(text: string, from: number, lineEnd: number): number {
  let depth = 1;
  for (let i = from; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) {
      i++;
    } else if (c === 0x28) {
      depth++;
    } else if (c === 0x29) {
      depth--;
      if (depth === 0) {
        return i + 1;
      }
    }
  }
  return lineEnd;
}

/** True when `offset` lies in one of the sorted, non-overlapping `regions`. */
export function inRegions(regions: readonly Region[], offset: number): boolean {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const region = regions[mid] as Region;
    if (offset < region.start) {
      hi = mid - 1;
    } else if (offset >= region.end) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

/**
 * `text.slice(from, to)` with every region blanked out (spaces; line breaks kept), so offsets
 * are unchanged and nothing inside a region can match.
 */
export function maskRegions(text: string, regions: readonly Region[], from = 0, to = text.length): string {
  if (regions.length === 0) {
    return from === 0 && to === text.length ? text : text.slice(from, to);
  }
  const parts: string[] = [];
  let cursor = from;
  for (const region of regions) {
    const start = Math.max(region.start, cursor);
    const end = Math.min(region.end, to);
    if (end <= start) {
      continue;
    }
    parts.push(text.slice(cursor, start));
    parts.push(text.slice(start, end).replace(/[^\r\n]/g, ' '));
    cursor = end;
  }
  parts.push(text.slice(cursor, to));
  return parts.join('');
}

/** Every region of a note that is not note text (see the module comment), sorted. */
export function noteRegions(text: string, blocks: readonly Region[] = blockRegions(text)): Region[] {
  const regions: Region[] = [];
  let cursor = 0;
  for (const block of blocks) {
    for (const region of inlineRegions(text, cursor, block.start)) {
      regions.push(region);
    }
    regions.push(block);
    cursor = block.end;
  }
  for (const region of inlineRegions(text, cursor, text.length)) {
    regions.push(region);
  }
  return regions;
}

/** The whole note with every non-note region blanked out; `blocks` when the caller has them. */
export function maskMarkdown(text: string, blocks?: readonly Region[]): string {
  return maskRegions(text, noteRegions(text, blocks));
}
