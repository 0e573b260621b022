import type { Card } from './types';
import { CARD_TYPES, type CardType } from './types';
import { cardTypeName } from './names';

/**
 * Export formats. Pure: each returns the file's text; the caller writes it (atomically) where the
 * student chose, naming it with `safeFileName`.
 */

export interface AnkiOptions {
  /** The deck to import into (`::` makes subdecks). */
  readonly deck: string;
  /** The note type for question/answer cards; `Basic` when undefined. */
  readonly notetype?: string;
  /** The note type for cloze cards; `Cloze` when undefined. */
  readonly clozeNotetype?: string;
  /** Tags added to every note. Anki tags have no spaces: spaces become `_`. */
  readonly tags?: readonly string[];
}

/**
 * Anki's text import (File → Import): UTF-8, one note per line, tab-separated, with the header
 * lines Anki reads (`#separator:tab`, `#html:true`, `#deck:`, `#notetype:`, `#tags:`).
 *
 * Cards whose front has one `___` per answer (cloze, formula, user clozes) become Cloze notes
 * (`{{c1::…}}`, with the 초성 hint as the cloze hint) with the heading path as Back Extra; the
 * others become Basic notes (Front, Back). When both kinds are present, the first column names
 * each row's note type (`#notetype column:1`), so one file imports as is. Fields are
 * HTML-escaped (`#html:true`), line breaks become `<br>`, tabs become spaces.
 */
export function toAnki(cards: readonly Card[], options: AnkiOptions): string {
  const basic = oneLine(options.notetype ?? 'Basic');
  const cloze = oneLine(options.clozeNotetype ?? 'Cloze');
  const rows = cards.map((card) => {
    const text = clozeText(card);
    return text === undefined
      ? { kind: basic, fields: [html(basicFront(card)), html(basicBack(card))] }
      : { kind: cloze, fields: [text, html(extraOf(card))] };
  });
  const kinds = new Set(rows.map((r) => r.kind));
  const mixed = kinds.size > 1;
  const tags = (options.tags ?? []).map((t) => t.trim().replace(/\s+/g, '_')).filter((t) => t !== '');
  const header = ['#separator:tab', '#html:true', `#deck:${oneLine(options.deck)}`];
  header.push(mixed ? '#notetype column:1' : `#notetype:${rows[0]?.kind ?? basic}`);
  header.push(`#tags:${tags.join(' ')}`);
  const lines = rows.map((r) => (mixed ? [r.kind, ...r.fields] : r.fields).join('\t'));
  return `${[...header, ...lines].join('\n')}\n`;
}

/** The cloze note text of a card, or undefined when it is a question/answer card. */
function clozeText(card: Card): string | undefined {
  if (card.type !== 'cloze' && card.type !== 'formula' && card.type !== 'user') {
    return undefined;
  }
  const parts = card.front.split('___');
  if (parts.length - 1 !== card.answers.length || card.answers.length === 0) {
    return undefined;
  }
  let out = html(parts[0] as string);
  card.answers.forEach((answer, i) => {
    const hint = i === 0 && card.hint !== undefined ? `::${html(card.hint)}` : '';
    // `}}` and `::` inside an answer would end the cloze early.
    const safe = html(answer).replace(/::/g, ':&#58;').replace(/\}\}/g, '}&#125;');
    out += `{{c1::${safe}${hint}}}${html(parts[i + 1] as string)}`;
  });
  return out;
}

function basicFront(card: Card): string {
  if (card.choices === undefined) {
    return card.front;
  }
  return `${card.front}\n${card.choices.map((c, i) => `${i + 1}) ${c}`).join('\n')}`;
}

function basicBack(card: Card): string {
  const back = card.answerIndex === undefined ? card.back : `${card.answerIndex + 1}) ${card.back}`;
  return card.context.length === 0 ? back : `${back}\n\n(${card.context.join(' › ')})`;
}

function extraOf(card: Card): string {
  return card.context.join(' › ');
}

/** HTML-escaped, one line: `<br>` for line breaks, a space for tabs, a leading `#` as an entity. */
function html(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r\n|\r|\n/g, '<br>')
    .replace(/\t/g, ' ')
    .replace(/^#/, '&#35;');
}

function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}

export interface CsvOptions {
  /** Starts the file with a UTF-8 BOM, so Excel reads it as UTF-8. */
  readonly bom?: boolean;
}

export const CSV_COLUMNS = ['id', 'type', 'front', 'back', 'answers', 'choices', 'answerIndex', 'required', 'hint', 'file', 'line', 'context', 'terms', 'chapter', 'fact'] as const;

/**
 * RFC 4180 CSV: a header row, CRLF line ends, fields with a comma, quote, CR or LF quoted and
 * their quotes doubled. Lists are joined with ` | `; `line` is 0-based like the JSON. A text
 * field that starts with `=`, `+`, `-`, `@`, a tab or CR gets a leading `'`, so a spreadsheet
 * never runs it as a formula.
 */
export function toCsv(cards: readonly Card[], options: CsvOptions = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const card of cards) {
    rows.push([
      guard(card.id),
      card.type,
      guard(card.front),
      guard(card.back),
      guard(card.answers.join(' | ')),
      guard((card.choices ?? []).join(' | ')),
      card.answerIndex === undefined ? '' : String(card.answerIndex),
      card.required === undefined ? '' : String(card.required),
      guard(card.hint ?? ''),
      guard(card.source.file),
      String(card.source.line),
      guard(card.context.join(' › ')),
      guard(card.terms.join(' | ')),
      guard(card.chapter ?? ''),
      guard(card.fact ?? ''),
    ]);
  }
  const body = rows.map((r) => r.map(csvField).join(',')).join('\r\n');
  return `${options.bom === true ? '\ufeff' : ''}${body}\r\n`;
}

function guard(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Quizlet's import (term, tab, definition, one pair a line): the front is the term, the back the
 * definition; line breaks inside become ` / `, tabs spaces.
 */
export function toQuizlet(cards: readonly Card[]): string {
  const flat = (text: string): string => text.replace(/\t/g, ' ').replace(/\s*(?:\r\n|\r|\n)+\s*/g, ' / ').trim();
  return cards.map((card) => `${flat(basicFront(card))}\t${flat(card.answerIndex === undefined ? card.back : `${card.answerIndex + 1}) ${card.back}`)}`).join('\n') + (cards.length > 0 ? '\n' : '');
}


/** A readable markdown page: one section per card, the answer in a `<details>` block. */
export function toMarkdown(cards: readonly Card[], title = '퀴즈 카드'): string {
  const out: string[] = [`# ${mdLine(title)}`, ''];
  cards.forEach((card, i) => {
    out.push(`## ${i + 1}. ${cardTypeName(card.type, 'ko')}`, '');
    out.push(...mdBlock(card.front), '');
    if (card.choices !== undefined) {
      card.choices.forEach((c, k) => out.push(`${k + 1}. ${mdLine(c)}`));
      out.push('');
    }
    if (card.hint !== undefined) {
      out.push(`힌트: ${mdLine(card.hint)}`, '');
    }
    out.push('<details><summary>정답</summary>', '', ...mdBlock(card.back), '', '</details>', '');
    const where = [`${card.source.file}:${card.source.line + 1}`, ...(card.context.length === 0 ? [] : [card.context.join(' › ')])];
    out.push(`<sub>${mdLine(where.join(' · '))}</sub>`, '');
  });
  return out.join('\n');
}

/** Note text inside markdown: no HTML, no heading or list marker at a line start, `___` kept. */
function mdLine(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]#|])/g, (c) => (c === '_' ? c : `\\${c}`));
}

function mdBlock(text: string): string[] {
  // `\-` and `1\.`: CommonMark escapes punctuation only, so a backslash before a digit would show.
  return text.split(/\r\n|\r|\n/).map((line) => mdLine(line).replace(/^(\s*)([-+])(\s)/, '$1\\$2$3').replace(/^(\s*)(\d+)([.)])(\s)/, '$1$2\\$3$4') + '  ');
}

const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\..*)?$/i;
const MAX_BYTES = 150;

/**
 * A file name (without extension) from a note title, safe on Windows, macOS and Linux: no path
 * separators or `..`, none of `<>:"/\|?*` or control characters, no reserved Windows name (CON,
 * NUL, COM1 …), no leading dot or trailing dot/space, at most 150 UTF-8 bytes, never empty.
 *
 * @example safeFileName('[고객관계관리] 고객로열티 전략') // '[고객관계관리] 고객로열티 전략'
 * @example safeFileName('../../etc/passwd') // 'etc_passwd'
 */
export function safeFileName(title: string): string {
  let name = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[<>:"/\\|?*]+/g, '_')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s._]+|[\s.]+$/g, '')
    .replace(/_+/g, '_');
  if (RESERVED.test(name)) {
    name = `_${name}`;
  }
  name = capBytes(name, MAX_BYTES).replace(/[\s.]+$/g, '');
  return name === '' ? 'quiz' : name;
}

function capBytes(text: string, max: number): string {
  let bytes = 0;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (bytes + size > max) {
      break;
    }
    bytes += size;
    out += ch;
  }
  return out;
}

/** How many cards of each type. */
export function summarize(cards: readonly Card[]): Record<CardType, number> {
  const out = Object.fromEntries(CARD_TYPES.map((t) => [t, 0])) as Record<CardType, number>;
  for (const card of cards) {
    out[card.type]++;
  }
  return out;
}

/** The export formats and their file extensions. */
export const EXPORT_FORMATS = { anki: 'txt', csv: 'csv', quizlet: 'tsv', md: 'md' } as const;
export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** A deck in one of the export formats; `title` names the Anki deck and heads the markdown page. */
export function exportDeck(cards: readonly Card[], format: ExportFormat, title: string, options: CsvOptions = {}): string {
  switch (format) {
    case 'anki':
      return toAnki(cards, { deck: title, tags: ['crm-notes'] });
    case 'csv':
      return toCsv(cards, options);
    case 'quizlet':
      return toQuizlet(cards);
    case 'md':
      return toMarkdown(cards, title);
  }
}
