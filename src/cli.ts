import { closeSync, constants, fstatSync, openSync, readSync, readdirSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { loadBundledGlossary, parseBundledGlossary } from './bundledGlossary';
import { GLOSSARY_LIMITS, type ParsedGlossary, formatDiagnostic } from './core/glossary/parse';
import { dumpGlossary } from './core/glossary/dump';
import { loadGlossaryBytes } from './core/glossary/load';
import { glossaryStats, termJson } from './core/glossary/report';
import { TermSpeller } from './core/lint';
import type { Term } from './core/glossary/types';
import { type Locale, type MessageCode, localeFrom, message } from './core/messages';
import { Note } from './core/notes/note';
import { type OutlineHeading, OutlineMapper, coverage } from './core/notes/outline';
import { type GlossarySnapshot, buildSnapshot, snapshotOf } from './core/service';
import { CARD_TYPES, type CardType, EXPORT_FORMATS, type ExportFormat, type QuizOptions, buildDeck, cardTypeName, cardTypeNamed, deckSummary, exportDeck, noteTitle, safeFileName } from './core/quiz';
import { suggestTerms } from './core/suggest';
import { decodeText } from './core/text/decode';
import { padDisplay, displayWidth, visible, visibleJson } from './core/text/terminal';

/** Exit codes: 0 done, 1 a lookup failed or input was bad, 2 the command line was wrong. */
const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;
/** Notes the CLI reads: larger than the editor's default (8 MB), as a terminal has no typing to keep fast. */
const NOTE_LIMITS = { maxBytes: 64 * 1024 * 1024 };

class UsageError extends Error {}

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly locale: Locale;
  /** Standard output is a terminal: data written there is made visible (see `visible`). */
  readonly terminal: boolean;
}

interface Options {
  readonly positional: string[];
  readonly json: boolean;
  readonly glossaries: string[];
  readonly help: boolean;
  readonly fix: boolean;
  /** `quiz`: `--format`, `--out`, `--types`, `--seed`, `--deck`, and `--bom` for CSV. */
  readonly values: ReadonlyMap<ValueOption, string>;
  readonly bom: boolean;
}

/** Options that take a value (besides `--glossary` and `--lang`). */
const VALUE_OPTIONS = ['--format', '--out', '--types', '--seed', '--deck'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

function isValueOption(arg: string): arg is ValueOption {
  return (VALUE_OPTIONS as readonly string[]).includes(arg);
}

const HELP: Record<Locale, string> = {
  ko: `crm-notes — 고객관계관리 노트 도구 (CRM 노트 VS Code 확장과 같은 엔진)

사용법:
  crm-notes terms FILE|DIR... [--json]   노트에서 용어 찾기 (줄·열은 0부터, 열은 UTF-16 단위)
  crm-notes define WORD [--json]         용어 정의 보기 (조사가 붙어도 됨: 로열티는)
  crm-notes glossary validate FILE...    용어집 파일 검사 (문제는 file:line:col: message)
  crm-notes glossary stats [--json]      용어집 통계 (용어 수, 장별 용어 수)
  crm-notes glossary dump --json         합친 용어집(내장 + --glossary)을 용어집 형식으로 출력
  crm-notes outline FILE... [--json]     노트의 제목과 각 제목이 가리키는 교과 장·절
  crm-notes coverage PATH... [--json]    장별로 노트가 다룬 용어 수 (일상어 제외)
  crm-notes lint FILE|DIR... [--json] [--fix]  잘못 쓴 용어 (로얄티 → 로열티); --fix는 안전하게 고칩니다
  crm-notes quiz FILE|DIR... [--json] [--format anki|csv|quizlet|md] [--out FILE|DIR]
            [--types 정의,빈칸,…] [--seed N] [--deck 이름] [--bom]
                                         노트로 퀴즈 카드 만들기 (--out 폴더면 노트 제목으로 파일 이름)

공통 옵션:
  --glossary FILE   사용자 용어집을 더합니다 (여러 번 쓸 수 있음)
  --json            JSON으로 출력합니다
  --lang ko|en      메시지 언어 (기본: 환경 변수 LANG, 없으면 한국어)
  -h, --help        이 도움말

종료 코드: 0 성공, 1 찾지 못함/입력 문제, 2 사용법 오류`,
  en: `crm-notes — tools for CRM (고객관계관리) study notes (the engine of the CRM Notes extension)

Usage:
  crm-notes terms FILE|DIR... [--json]   find glossary terms in notes (0-based line/UTF-16 column)
  crm-notes define WORD [--json]         show a term's entry (particles allowed: 로열티는)
  crm-notes glossary validate FILE...    check glossary files (problems as file:line:col: message)
  crm-notes glossary stats [--json]      glossary statistics (terms, terms per chapter)
  crm-notes glossary dump --json         the merged glossary (bundled + --glossary) in the file format
  crm-notes outline FILE... [--json]     a note's headings and the syllabus chapter each one names
  crm-notes coverage PATH... [--json]    per chapter, how many of its terms the notes mention
  crm-notes lint FILE|DIR... [--json] [--fix]  misspelt terms (로얄티 → 로열티); --fix corrects them
  crm-notes quiz FILE|DIR... [--json] [--format anki|csv|quizlet|md] [--out FILE|DIR]
            [--types definition,cloze,…] [--seed N] [--deck NAME] [--bom]
                                         quiz cards from notes (--out DIR names the file after the note)

Options:
  --glossary FILE   add a user glossary (repeatable)
  --json            print JSON
  --lang ko|en      message language (default: from LANG, Korean when unset)
  -h, --help        this help

Exit codes: 0 success, 1 not found/bad input, 2 usage error`,
};

function parseArgs(argv: readonly string[], io: Io): Options {
  const positional: string[] = [];
  const glossaries: string[] = [];
  let json = false;
  let help = false;
  let fix = false;
  let bom = false;
  const values = new Map<ValueOption, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (arg === '--json') {
      json = true;
    } else if (arg === '--fix') {
      fix = true;
    } else if (arg === '--bom') {
      bom = true;
    } else if (isValueOption(name)) {
      const value = name === arg ? argv[++i] : arg.slice(eq + 1);
      if (value === undefined) {
        throw new UsageError(message(io.locale, 'cli.missingValue', name));
      }
      values.set(name, value);
    } else if (arg === '-h' || arg === '--help') {
      help = true;
    } else if (arg === '--glossary' || arg === '--lang') {
      const value = argv[i + 1];
      if (value === undefined) {
        throw new UsageError(message(io.locale, 'cli.missingValue', arg));
      }
      if (arg === '--glossary') {
        glossaries.push(value);
      }
      i++;
    } else if (arg.startsWith('--glossary=')) {
      glossaries.push(arg.slice('--glossary='.length));
    } else if (arg.startsWith('--lang=')) {
      // Read before parsing (see `langArgument`).
    } else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new UsageError(message(io.locale, 'cli.unknownOption', visible(arg)));
    } else {
      positional.push(arg);
    }
  }
  return { positional, json, glossaries, help, fix, values, bom };
}

/** The value of `--lang` before any `--`, if given. */
function langArgument(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      return undefined;
    }
    if (arg.startsWith('--lang=')) {
      return arg.slice('--lang='.length);
    }
    if (arg === '--lang') {
      return argv[i + 1];
    }
  }
  return undefined;
}

type ReadFailure = { readonly code: MessageCode; readonly args: readonly (string | number)[] };

/**
 * Reads a file of at most `maxBytes`: only a regular file (a FIFO or a device would block or
 * never end), and its size is checked before anything is read.
 */
function readBounded(file: string, maxBytes: number): Uint8Array | ReadFailure {
  let fd: number;
  try {
    // Refuse what is not a regular file before opening it: opening a FIFO for reading blocks.
    if (!statSync(file).isFile()) {
      return { code: 'file.notRegular', args: [visible(file)] };
    }
    fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? { code: 'file.notFound', args: [visible(file)] } : { code: 'file.unreadable', args: [visible(file), code ?? String(error)] };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      return { code: 'file.notRegular', args: [visible(file)] };
    }
    if (stat.size > maxBytes) {
      return { code: 'file.tooLarge', args: [stat.size, maxBytes] };
    }
    const bytes = new Uint8Array(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) {
        break;
      }
      read += n;
    }
    return read === bytes.length ? bytes : bytes.subarray(0, read);
  } catch (error) {
    return { code: 'file.unreadable', args: [visible(file), (error as NodeJS.ErrnoException).code ?? String(error)] };
  } finally {
    closeSync(fd);
  }
}

/** Reads a glossary file as the user layer; problems come back as diagnostics, never thrown. */
function readGlossaryFile(file: string, io: Io): ParsedGlossary | undefined {
  const bytes = readBounded(file, GLOSSARY_LIMITS.maxBytes);
  if (!(bytes instanceof Uint8Array)) {
    io.err(message(io.locale, bytes.code, ...bytes.args));
    return undefined;
  }
  return loadGlossaryBytes(bytes, file, 'user');
}

/** The bundled glossary plus `--glossary` files; `ok` is false when one of those could not be used. */
function loadSnapshot(options: Options, io: Io): { snapshot: GlossarySnapshot; ok: boolean } {
  if (options.glossaries.length === 0) {
    return { snapshot: snapshotOf(loadBundledGlossary()), ok: true };
  }
  const files = [...parseBundledGlossary()];
  let ok = true;
  for (const file of options.glossaries) {
    const parsed = readGlossaryFile(file, io);
    if (parsed === undefined) {
      ok = false;
      continue;
    }
    files.push(parsed);
    if (!parsed.ok) {
      ok = false;
      io.err(message(io.locale, 'cli.glossaryUnusable', visible(file)));
    } else if (parsed.diagnostics.length > 0) {
      io.err(message(io.locale, 'cli.glossaryProblems', visible(file), parsed.diagnostics.length));
    }
  }
  const snapshot = buildSnapshot(files);
  // The bundled glossary is checked at build time; only the user's files are reported here.
  for (const d of snapshot.glossary.diagnostics) {
    if (d.layer !== 'bundled') {
      io.err(visible(formatDiagnostic(d, io.locale)));
    }
  }
  return { snapshot, ok };
}

/** Markdown notes under a directory (regular files only), skipping dot folders and node_modules. */
function expandInputs(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let isDir = false;
    try {
      isDir = statSync(input).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) {
      out.push(input);
      continue;
    }
    const pending = [input];
    while (pending.length > 0) {
      const dir = pending.pop() as string;
      let entries;
      try {
        entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      } catch {
        continue;
      }
      const subdirs: string[] = [];
      for (const entry of entries) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
          continue;
        }
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          subdirs.push(full);
        } else if (/\.(md|markdown)$/i.test(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isRegularFile(full)))) {
          out.push(full);
        }
      }
      pending.push(...subdirs.reverse());
    }
  }
  return out;
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function commandTerms(options: Options, io: Io): number {
  const files = expandInputs(options.positional);
  if (files.length === 0) {
    throw new UsageError(message(io.locale, 'cli.missingArgument', 'FILE'));
  }
  const { snapshot, ok } = loadSnapshot(options, io);
  const { glossary, index } = snapshot;
  let status = ok ? EXIT_OK : EXIT_FAIL;
  // JSON is streamed one occurrence per line inside the array, so a huge note never builds one
  // huge string; text output needs the column widths first.
  const rows = new TextRows();
  const ids = new Set<string>();
  const termTails = new Map<string, string>();
  const textJson = new Map<string, string>();
  let count = 0;
  if (options.json) {
    io.out('[');
  }
  for (const file of files) {
    const text = readNoteText(file, io);
    if (text === undefined) {
      status = EXIT_FAIL;
      continue;
    }
    const note = new Note(text, index, NOTE_LIMITS);
    const fileJson = visibleJson(JSON.stringify(file));
    note.forEachOccurrence((id, line, start, end, offset, endOffset) => {
      if (options.json) {
        // Written field by field (the same JSON as JSON.stringify of the object), with the parts
        // that repeat encoded once: a 5 MB note has hundreds of thousands of rows.
        let tail = termTails.get(id);
        if (tail === undefined) {
          tail = `,"id":${JSON.stringify(id)},"term":${visibleJson(JSON.stringify(glossary.terms.get(id)?.term ?? id))}}`;
          termTails.set(id, tail);
        }
        const matched = text.slice(offset, endOffset);
        let quoted = textJson.get(matched);
        if (quoted === undefined) {
          quoted = visibleJson(JSON.stringify(matched));
          if (textJson.size < 50_000) {
            textJson.set(matched, quoted);
          }
        }
        io.out(`${count > 0 ? ',' : ''}{"file":${fileJson},"line":${line},"start":${start},"end":${end},"text":${quoted}${tail}`);
      } else {
        rows.add(id, line, start, offset, endOffset);
      }
      ids.add(id);
      count++;
    });
    if (!options.json) {
      rows.print(io, visible(file), text, (id) => `${visible(glossary.terms.get(id)?.term ?? id)} (${id})`);
    }
  }
  if (options.json) {
    io.out(']');
    return status;
  }
  if (count === 0) {
    io.err(message(io.locale, 'cli.noTerms'));
    return status;
  }
  io.out(message(io.locale, 'cli.summary', count, ids.size));
  return status;
}

/**
 * One file's occurrences for the text listing, kept as numbers until they are printed (aligned
 * per file): a 20 MB note has over a million rows, and a string per cell would not fit in memory.
 */
class TextRows {
  private lines: Int32Array = new Int32Array(1024);
  private starts: Int32Array = new Int32Array(1024);
  private offsets: Int32Array = new Int32Array(1024);
  private ends: Int32Array = new Int32Array(1024);
  private ids: string[] = [];
  private size = 0;

  add(id: string, line: number, start: number, offset: number, end: number): void {
    if (this.size === this.lines.length) {
      const grow = (a: Int32Array): Int32Array => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.lines = grow(this.lines);
      this.starts = grow(this.starts);
      this.offsets = grow(this.offsets);
      this.ends = grow(this.ends);
    }
    const k = this.size++;
    this.lines[k] = line;
    this.starts[k] = start;
    this.offsets[k] = offset;
    this.ends[k] = end;
    this.ids.push(id);
  }

  /** Prints and forgets the rows: `file:line:col  text  term (id)`, columns aligned. */
  print(io: Io, file: string, text: string, termOf: (id: string) => string): void {
    const shown = new Map<string, { visible: string; width: number }>();
    const cell = (k: number): { visible: string; width: number } => {
      const raw = text.slice(this.offsets[k] as number, this.ends[k] as number);
      let found = shown.get(raw);
      if (found === undefined) {
        const v = visible(raw);
        found = { visible: v, width: displayWidth(v) };
        shown.set(raw, found);
      }
      return found;
    };
    const fileWidth = displayWidth(file);
    let locationWidth = 0;
    let textWidth = 0;
    for (let k = 0; k < this.size; k++) {
      locationWidth = Math.max(locationWidth, fileWidth + 2 + digits((this.lines[k] as number) + 1) + digits((this.starts[k] as number) + 1));
      textWidth = Math.max(textWidth, cell(k).width);
    }
    const terms = new Map<string, string>();
    for (let k = 0; k < this.size; k++) {
      const id = this.ids[k] as string;
      let term = terms.get(id);
      if (term === undefined) {
        term = termOf(id);
        terms.set(id, term);
      }
      const { visible: matched, width } = cell(k);
      const location = `${file}:${(this.lines[k] as number) + 1}:${(this.starts[k] as number) + 1}`;
      io.out(`${location}${' '.repeat(locationWidth - fileWidth - (location.length - file.length))}  ${matched}${' '.repeat(textWidth - width)}  ${term}`);
    }
    this.size = 0;
    this.ids = [];
  }
}

function digits(n: number): number {
  return String(n).length;
}

/** A note's text, or undefined with a one-line message when it cannot be read as one. */
function readNoteText(file: string, io: Io): string | undefined {
  const bytes = readBounded(file, NOTE_LIMITS.maxBytes);
  if (!(bytes instanceof Uint8Array)) {
    io.err(message(io.locale, 'cli.skippedFile', visible(file), message(io.locale, bytes.code, ...bytes.args)));
    return undefined;
  }
  const decoded = decodeText(bytes, { strict: false, maxBytes: NOTE_LIMITS.maxBytes });
  if (!decoded.ok) {
    io.err(message(io.locale, 'cli.skippedFile', visible(file), message(io.locale, decoded.code, ...decoded.args)));
    return undefined;
  }
  return decoded.text;
}

/** The readable notes among `files`; problems are reported, and `failed` says there were some. */
function readNotes(files: readonly string[], io: Io): { notes: Array<{ file: string; text: string }>; failed: boolean } {
  const notes: Array<{ file: string; text: string }> = [];
  let failed = false;
  for (const file of files) {
    const text = readNoteText(file, io);
    if (text === undefined) {
      failed = true;
    } else {
      notes.push({ file, text });
    }
  }
  return { notes, failed };
}

interface OutlineJson {
  readonly title: string;
  readonly level: number;
  readonly line: number;
  readonly chapter: string | null;
  readonly children: OutlineJson[];
}

function outlineJson(nodes: readonly OutlineHeading[]): OutlineJson[] {
  return nodes.map((n) => ({ title: n.title, level: n.level, line: n.line, chapter: n.chapter, children: outlineJson(n.children) }));
}

/** What the note commands start from: the glossary, and the readable notes under the paths. */
function notesInput(options: Options, io: Io, argument: string): { snapshot: GlossarySnapshot; ok: boolean; notes: Array<{ file: string; text: string }>; failed: boolean } {
  const files = expandInputs(options.positional);
  if (files.length === 0) {
    throw new UsageError(message(io.locale, 'cli.missingArgument', argument));
  }
  const { snapshot, ok } = loadSnapshot(options, io);
  return { snapshot, ok, ...readNotes(files, io) };
}

function commandOutline(options: Options, io: Io): number {
  const { snapshot, ok, notes, failed } = notesInput(options, io, 'FILE');
  const mapper = new OutlineMapper(snapshot.glossary, snapshot.index);
  const result = notes.map(({ file, text }) => {
    const note = new Note(text, snapshot.index, NOTE_LIMITS);
    return { file, headings: mapper.outline(text, note.headings) };
  });
  if (options.json) {
    io.out(visibleJson(JSON.stringify(result.map((r) => ({ file: r.file, headings: outlineJson(r.headings) })), null, 2)));
  } else {
    for (const { file, headings } of result) {
      io.out(visible(file));
      const walk = (nodes: readonly OutlineHeading[]): void => {
        for (const n of nodes) {
          const chapter = n.chapter === null ? undefined : snapshot.glossary.chapters.get(n.chapter);
          io.out(visible(`${'  '.repeat(n.level)}${n.title}${chapter === undefined ? '' : `  → ${chapter.title}`}`));
          walk(n.children);
        }
      };
      walk(headings);
    }
  }
  return ok && !failed ? EXIT_OK : EXIT_FAIL;
}

function commandCoverage(options: Options, io: Io): number {
  const { snapshot, ok, notes, failed } = notesInput(options, io, 'PATH');
  const mentioned = new Set<string>();
  for (const { text } of notes) {
    new Note(text, snapshot.index, NOTE_LIMITS).forEachOccurrence((id) => mentioned.add(id));
  }
  const { glossary } = snapshot;
  const chapters = glossary.topChapters();
  const result = { notes: notes.length, chapters: chapters.map((c) => coverage(glossary, (id) => mentioned.has(id), c.id)) };
  if (options.json) {
    io.out(visibleJson(JSON.stringify(result, null, 2)));
  } else {
    for (const c of result.chapters) {
      io.out(`${padDisplay(visible(c.title), 36)} ${String(c.covered).padStart(4)}/${c.total}`);
    }
  }
  return ok && !failed ? EXIT_OK : EXIT_FAIL;
}

function commandLint(options: Options, io: Io): number {
  const { snapshot, ok, notes, failed } = notesInput(options, io, 'FILE');
  // Variant spellings come from the bundled glossary only: the user's own are not typos.
  const speller = new TermSpeller(snapshot.glossary, options.glossaries.length === 0 ? snapshot.glossary : loadBundledGlossary());
  let found = 0;
  const rows: string[] = [];
  for (const { file, text } of notes) {
    const problems = speller.check(new Note(text, snapshot.index, NOTE_LIMITS));
    found += problems.length;
    for (const p of problems) {
      const said = message(io.locale, p.code === 'two-spellings' ? 'lint.twoSpellings' : 'lint.misspelt', p.text, p.suggestion);
      if (options.json) {
        rows.push(JSON.stringify({ file, line: p.line, start: p.start, end: p.end, text: p.text, code: p.code, message: said, suggestions: [p.suggestion] }));
      } else {
        io.out(visible(`${file}:${p.line + 1}:${p.start + 1}: ${said}`));
      }
    }
    if (options.fix && problems.length > 0) {
      let fixed = text;
      for (const p of [...problems].sort((a, b) => b.offset - a.offset)) {
        fixed = fixed.slice(0, p.offset) + p.suggestion + fixed.slice(p.endOffset);
      }
      writeAtomically(file, fixed);
      io.err(message(io.locale, 'lint.fixed', visible(file), problems.length));
    }
  }
  if (options.json) {
    io.out(visibleJson(`[${rows.join(',\n')}]`));
  } else if (found === 0) {
    io.err(message(io.locale, 'lint.none'));
  }
  return ok && !failed && (found === 0 || options.fix) ? EXIT_OK : EXIT_FAIL;
}

function commandQuiz(options: Options, io: Io): number {
  const format = options.values.get('--format');
  if (format !== undefined && !(format in EXPORT_FORMATS)) {
    throw new UsageError(message(io.locale, 'cli.badFormat', Object.keys(EXPORT_FORMATS).join(', '), visible(format)));
  }
  const out = options.values.get('--out');
  if (out !== undefined && format === undefined) {
    throw new UsageError(message(io.locale, 'cli.outNeedsFormat'));
  }
  const quizOptions = quizOptionsFrom(options, io);
  const { snapshot, ok, notes, failed } = notesInput(options, io, 'FILE');
  const cards = buildDeck(notes, snapshot.index, snapshot.glossary, quizOptions, NOTE_LIMITS);
  const status = ok && !failed ? EXIT_OK : EXIT_FAIL;
  io.err(deckSummary(cards, io.locale));
  if (format !== undefined) {
    const first = notes[0];
    const title = options.values.get('--deck') ?? (first === undefined ? 'CRM 노트' : noteTitle(first.text, first.file));
    const text = exportDeck(cards, format as ExportFormat, title, { bom: options.bom });
    if (out === undefined) {
      // Piped, the export is data and goes out byte for byte; on a terminal, controls are shown.
      for (const line of text.replace(/\n$/, '').split('\n')) {
        io.out(io.terminal ? visible(line) : line);
      }
      return status;
    }
    const target = isDirectory(out) ? path.join(out, `${safeFileName(title)}.${EXPORT_FORMATS[format as ExportFormat]}`) : out;
    try {
      writeAtomically(target, text);
    } catch (error) {
      io.err(message(io.locale, 'file.unwritable', visible(target), (error as NodeJS.ErrnoException).code ?? String(error)));
      return EXIT_FAIL;
    }
    io.err(message(io.locale, 'quiz.written', visible(target), cards.length));
    return status;
  }
  if (options.json) {
    io.out(visibleJson(JSON.stringify(cards, null, 2)));
    return status;
  }
  for (const card of cards) {
    io.out(visible(`${card.source.file}:${card.source.line + 1}  [${cardTypeName(card.type, io.locale)}] ${oneLineText(card.front)}`));
    if (card.choices !== undefined) {
      io.out(visible(`    ${card.choices.map((c, k) => `${k + 1}) ${c}`).join('  ')}`));
    }
    io.out(visible(`    → ${oneLineText(card.back)}`));
  }
  return status;
}

/** `--types` and `--seed` as the generator takes them; a wrong value is a usage error. */
function quizOptionsFrom(options: Options, io: Io): QuizOptions {
  const typesArg = options.values.get('--types');
  const seedArg = options.values.get('--seed');
  let types: CardType[] | undefined;
  if (typesArg !== undefined) {
    types = [];
    for (const name of typesArg.split(',').filter((n) => n.trim() !== '')) {
      const type = cardTypeNamed(name);
      if (type === undefined) {
        throw new UsageError(message(io.locale, 'cli.badTypes', visible(name), CARD_TYPES.join(', ')));
      }
      types.push(type);
    }
  }
  let seed: number | undefined;
  if (seedArg !== undefined) {
    if (!/^\d{1,9}$/.test(seedArg)) {
      throw new UsageError(message(io.locale, 'cli.badSeed', visible(seedArg)));
    }
    seed = Number(seedArg);
  }
  return { ...(types === undefined ? {} : { types }), ...(seed === undefined ? {} : { seed }) };
}

function oneLineText(text: string): string {
  return text.replace(/\s*(?:\r\n|\r|\n)+\s*/g, ' / ');
}

function isDirectory(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** Writes a file through a temporary file in the same folder and a rename: never half-written. */
function writeAtomically(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, text, 'utf8');
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** Prose for the terminal: each line made visible on its own. */
function outLines(io: Io, text: string): void {
  for (const line of text.split(/\r\n|\n|\r/)) {
    io.out(visible(line));
  }
}

function commandDefine(options: Options, io: Io): number {
  if (options.positional.length === 0) {
    throw new UsageError(message(io.locale, 'cli.missingArgument', 'WORD'));
  }
  const word = options.positional.join(' ');
  const { snapshot, ok } = loadSnapshot(options, io);
  const { glossary, index } = snapshot;
  const match = index.lookup(word);
  const term = match === undefined ? undefined : glossary.terms.get(match.id);
  if (term === undefined) {
    io.err(message(io.locale, 'cli.unknownWord', visible(word)));
    const suggestions = suggestTerms(index, word)
      .map((id) => glossary.terms.get(id))
      .filter((t): t is Term => t !== undefined)
      .map((t) => visible(t.term));
    io.err(suggestions.length > 0 ? message(io.locale, 'cli.suggestions', suggestions.join(', ')) : message(io.locale, 'cli.noSuggestions'));
    return EXIT_FAIL;
  }
  const status = ok ? EXIT_OK : EXIT_FAIL;
  if (options.json) {
    io.out(visibleJson(JSON.stringify({ ...termJson(term, glossary), input: word }, null, 2)));
    return status;
  }
  io.out(visible(`${term.term}${term.english === undefined ? '' : ` · ${term.english}`}  [${term.id}]`));
  io.out(visible(glossary.chapterPath(term.chapter).map((c) => c.title).join(' › ')));
  if (term.aliases.length > 0) {
    io.out(visible(`${message(io.locale, 'label.aliases')}: ${term.aliases.join(', ')}`));
  }
  io.out('');
  outLines(io, term.definition);
  if (term.explanation !== undefined) {
    io.out('');
    outLines(io, term.explanation);
  }
  const names = (ids: readonly string[]): string => ids.map((id) => glossary.terms.get(id)?.term ?? id).join(', ');
  if (term.related.length > 0) {
    io.out('');
    io.out(visible(`${message(io.locale, 'label.related')}: ${names(term.related)}`));
  }
  if (term.confusable.length > 0) {
    io.out(visible(`${message(io.locale, 'label.confusable')}: ${names(term.confusable)}`));
  }
  return status;
}

const GLOSSARY_SUBCOMMANDS = ['validate', 'stats', 'dump'];

function commandGlossary(options: Options, io: Io): number {
  const [sub, ...files] = options.positional;
  if (sub === undefined) {
    throw new UsageError(message(io.locale, 'cli.missingSubcommand', 'glossary', GLOSSARY_SUBCOMMANDS.join(', ')));
  }
  if (sub === 'validate') {
    if (files.length === 0) {
      throw new UsageError(message(io.locale, 'cli.missingArgument', 'FILE'));
    }
    const parsed: ParsedGlossary[] = [];
    let status = EXIT_OK;
    for (const file of files) {
      const one = readGlossaryFile(file, io);
      if (one === undefined) {
        status = EXIT_FAIL;
      } else {
        parsed.push(one);
      }
    }
    // Merged over the bundled glossary, so references to bundled ids resolve.
    const snapshot = buildSnapshot([...parseBundledGlossary(), ...parsed]);
    const mine = new Set(files);
    const problems = snapshot.glossary.diagnostics.filter((d) => mine.has(d.file));
    for (const d of problems) {
      io.out(visible(formatDiagnostic(d, io.locale)));
    }
    if (problems.some((d) => d.severity === 'error')) {
      return EXIT_FAIL;
    }
    for (const one of parsed) {
      io.out(message(io.locale, 'cli.valid', visible(one.file), one.terms.length, one.chapters.length));
    }
    return status;
  }
  if (sub === 'stats') {
    const { snapshot, ok } = loadSnapshot(options, io);
    const stats = glossaryStats(snapshot.glossary);
    const status = ok ? EXIT_OK : EXIT_FAIL;
    if (options.json) {
      io.out(visibleJson(JSON.stringify(stats, null, 2)));
      return status;
    }
    const { enumeration, sequence, formula, figure } = stats.facts;
    io.out(message(io.locale, 'stats.summary', stats.terms, stats.chapters, stats.sections, stats.aliases));
    io.out(message(io.locale, 'stats.facts', enumeration, sequence, formula, figure));
    for (const c of stats.termsPerChapter) {
      io.out(`${padDisplay(visible(c.title), 36)} ${String(c.terms).padStart(4)}`);
    }
    return status;
  }
  if (sub === 'dump') {
    // The merged glossary (bundled + --glossary files) in the file format: always JSON.
    const { snapshot, ok } = loadSnapshot(options, io);
    io.out(visibleJson(JSON.stringify(dumpGlossary(snapshot.glossary), null, 2)));
    return ok ? EXIT_OK : EXIT_FAIL;
  }
  throw new UsageError(message(io.locale, 'cli.unknownCommand', visible(`glossary ${sub}`)));
}

export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const langArg = langArgument(argv);
  // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; an empty variable counts as unset.
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const locale = localeFrom(langArg !== undefined && (langArg === 'ko' || langArg === 'en') ? langArg : fromEnv);
  // Output is buffered and written in chunks: one write per line costs more than the scan.
  // Lines are encoded straight into one buffer, written when it fills up: a 5 MB note's JSON is
  // tens of megabytes, and joining strings before encoding them costs more than the scan.
  const chunk = Buffer.allocUnsafe(1 << 18);
  let used = 0;
  const flush = (): void => {
    if (used > 0) {
      writeAll(chunk.subarray(0, used));
      used = 0;
    }
  };
  const io: Io = {
    out: (line) => {
      // A UTF-16 unit takes at most 3 bytes in UTF-8; a line that may not fit goes on its own.
      if (used + line.length * 3 + 1 > chunk.length) {
        flush();
        if (line.length * 3 + 1 > chunk.length) {
          writeAll(Buffer.from(`${line}\n`, 'utf8'));
          return;
        }
      }
      used += chunk.write(line, used, 'utf8');
      chunk[used++] = 0x0a;
    },
    err: (line) => {
      flush();
      process.stderr.write(`${line}\n`);
    },
    locale,
    terminal: process.stdout.isTTY === true,
  };
  try {
    return run(argv, io, locale, langArg);
  } finally {
    flush();
  }
}

/** Writes to standard output synchronously, all of it (a pipe may take it in parts). */
function writeAll(bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    try {
      done += writeSync(1, bytes, done, bytes.length - done);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        continue; // a non-blocking pipe that is full: try again
      }
      if (code === 'EPIPE') {
        // `crm-notes terms notes/ | head`: a closed pipe ends the program quietly, as in other tools.
        process.exit(process.exitCode ?? 0);
      }
      throw error;
    }
  }
}

function run(argv: readonly string[], io: Io, locale: Locale, langArg: string | undefined): number {
  try {
    if (langArg !== undefined && langArg !== 'ko' && langArg !== 'en') {
      throw new UsageError(message(locale, 'cli.badLang', visible(langArg)));
    }
    const options = parseArgs(argv, io);
    const [command, ...rest] = options.positional;
    if (options.help || command === undefined || command === 'help') {
      (command === undefined && !options.help ? io.err : io.out)(HELP[locale]);
      return command === undefined && !options.help ? EXIT_USAGE : EXIT_OK;
    }
    const sub = { ...options, positional: rest };
    switch (command) {
      case 'terms':
        return commandTerms(sub, io);
      case 'define':
        return commandDefine(sub, io);
      case 'glossary':
        return commandGlossary(sub, io);
      case 'outline':
        return commandOutline(sub, io);
      case 'coverage':
        return commandCoverage(sub, io);
      case 'lint':
        return commandLint(sub, io);
      case 'quiz':
        return commandQuiz(sub, io);
      default:
        throw new UsageError(message(locale, 'cli.unknownCommand', visible(command)));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(message(locale, 'cli.usage', error.message));
      io.err(message(locale, 'cli.help'));
      return EXIT_USAGE;
    }
    io.err(message(locale, 'file.unreadable', '-', visible(error instanceof Error ? error.message : String(error))));
    return EXIT_FAIL;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
