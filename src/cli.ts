import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseBundledGlossary } from './bundledGlossary';
import type { Glossary } from './core/glossary/glossary';
import { loadGlossaryBytes } from './core/glossary/load';
import { type ParsedGlossary, formatDiagnostic } from './core/glossary/parse';
import type { Term } from './core/glossary/types';
import { type Locale, localeFrom, message } from './core/messages';
import { type GlossarySnapshot, buildSnapshot } from './core/service';
import { suggestTerms } from './core/suggest';
import { decodeText } from './core/text/decode';
import { LineIndex } from './core/text/lines';

/** Exit codes: 0 done, 1 a lookup failed or input was bad, 2 the command line was wrong. */
const EXIT_OK = 0;
const EXIT_FAIL = 1;
const EXIT_USAGE = 2;
const MAX_NOTE_BYTES = 64 * 1024 * 1024;

class UsageError extends Error {}

interface Io {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly locale: Locale;
}

interface Options {
  readonly positional: string[];
  readonly json: boolean;
  readonly glossaries: string[];
  readonly help: boolean;
}

const HELP: Record<Locale, string> = {
  ko: `crm-notes — 고객관계관리 노트 도구 (CRM 노트 VS Code 확장과 같은 엔진)

사용법:
  crm-notes terms FILE|DIR... [--json]   노트에서 용어 찾기 (줄·열은 0부터, 열은 UTF-16 단위)
  crm-notes define WORD [--json]         용어 정의 보기 (조사가 붙어도 됨: 로열티는)
  crm-notes glossary validate FILE...    용어집 파일 검사 (문제는 file:line:col: message)
  crm-notes glossary stats [--json]      용어집 통계 (용어 수, 장별 용어 수)

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
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--json') {
      json = true;
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
      // Read before parsing (see main).
    } else if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new UsageError(message(io.locale, 'cli.unknownOption', arg));
    } else {
      positional.push(arg);
    }
  }
  return { positional, json, glossaries, help };
}

function readBytes(file: string, io: Io): Uint8Array | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') {
      io.err(message(io.locale, 'file.notFound', file));
    } else {
      io.err(message(io.locale, 'file.unreadable', file, code ?? String(error)));
    }
    return undefined;
  }
}

/** Reads a glossary file as the user layer; problems come back as diagnostics, never thrown. */
function readGlossaryFile(file: string, io: Io): ParsedGlossary | undefined {
  const bytes = readBytes(file, io);
  return bytes === undefined ? undefined : loadGlossaryBytes(bytes, file, 'user');
}

function loadSnapshot(options: Options, io: Io): GlossarySnapshot {
  const files = [...parseBundledGlossary()];
  for (const file of options.glossaries) {
    const parsed = readGlossaryFile(file, io);
    if (parsed === undefined) {
      continue;
    }
    files.push(parsed);
    const problems = parsed.diagnostics;
    if (problems.length > 0) {
      io.err(message(io.locale, 'cli.glossaryProblems', file, problems.length));
    }
  }
  const snapshot = buildSnapshot(files);
  // The bundled glossary is checked by the data tests; only the user's files are reported here.
  const userFiles = new Set(options.glossaries);
  for (const d of snapshot.glossary.diagnostics) {
    if (userFiles.has(d.file)) {
      io.err(formatDiagnostic(d, io.locale));
    }
  }
  return snapshot;
}

/** Markdown notes under a directory, skipping dot folders and node_modules. */
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
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (entry.name.startsWith('.') || entry.name === 'node_modules') {
          continue;
        }
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          walk(full);
        } else if (/\.(md|markdown)$/i.test(entry.name)) {
          out.push(full);
        }
      }
    };
    walk(input);
  }
  return out;
}

interface Occurrence {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
  id: string;
  term: string;
}

function commandTerms(options: Options, io: Io): number {
  const files = expandInputs(options.positional);
  if (files.length === 0) {
    throw new UsageError(message(io.locale, 'cli.missingArgument', 'FILE'));
  }
  const { glossary, index } = loadSnapshot(options, io);
  let status = EXIT_OK;
  const found: Occurrence[] = [];
  for (const file of files) {
    const bytes = readBytes(file, io);
    if (bytes === undefined) {
      status = EXIT_FAIL;
      continue;
    }
    const decoded = decodeText(bytes, { strict: false, maxBytes: MAX_NOTE_BYTES });
    if (!decoded.ok) {
      io.err(message(io.locale, 'cli.skippedFile', file, message(io.locale, decoded.code, ...decoded.args)));
      status = EXIT_FAIL;
      continue;
    }
    const text = decoded.text;
    const lines = new LineIndex(text);
    for (const match of index.scan(text)) {
      const { line, column } = lines.position(match.start);
      found.push({
        file,
        line,
        start: column,
        end: column + (match.end - match.start),
        text: text.slice(match.start, match.end),
        id: match.id,
        term: glossary.terms.get(match.id)?.term ?? match.id,
      });
    }
  }
  if (options.json) {
    io.out(JSON.stringify(found, null, 2));
    return status;
  }
  if (found.length === 0) {
    io.err(message(io.locale, 'cli.noTerms'));
    return status;
  }
  const rows = found.map((o) => [`${o.file}:${o.line + 1}:${o.start + 1}`, o.text, `${o.term} (${o.id})`]);
  const widths = [0, 1].map((c) => Math.max(...rows.map((r) => displayWidth(r[c] as string))));
  for (const row of rows) {
    io.out(row.map((cell, c) => (c < 2 ? padDisplay(cell, widths[c] as number) : cell)).join('  '));
  }
  const distinct = new Set(found.map((o) => o.id)).size;
  io.out(io.locale === 'ko' ? `— 용어 ${found.length}번, 서로 다른 용어 ${distinct}개` : `— ${found.length} occurrences of ${distinct} terms`);
  return status;
}

/** Columns a string takes in a terminal: Hangul and other wide characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
  }
  return width;
}

function padDisplay(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

function termJson(term: Term, glossary: Glossary): Record<string, unknown> {
  const path = glossary.chapterPath(term.chapter);
  const brief = (ids: readonly string[]): Array<{ id: string; term: string }> =>
    ids.map((id) => ({ id, term: glossary.terms.get(id)?.term ?? id }));
  return {
    id: term.id,
    term: term.term,
    english: term.english ?? null,
    aliases: term.aliases,
    reading: term.reading ?? null,
    definition: term.definition,
    explanation: term.explanation ?? null,
    chapter: term.chapter,
    chapterTitle: path[path.length - 1]?.title ?? null,
    chapterPath: path.map((c) => c.title),
    related: brief(term.related),
    confusable: brief(term.confusable),
    facts: term.facts,
    source: term.source.file,
  };
}

function commandDefine(options: Options, io: Io): number {
  if (options.positional.length === 0) {
    throw new UsageError(message(io.locale, 'cli.missingArgument', 'WORD'));
  }
  const word = options.positional.join(' ');
  const { glossary, index } = loadSnapshot(options, io);
  const match = index.lookup(word);
  const term = match === undefined ? undefined : glossary.terms.get(match.id);
  if (term === undefined) {
    io.err(message(io.locale, 'cli.unknownWord', word));
    const suggestions = suggestTerms(index, word)
      .map((id) => glossary.terms.get(id))
      .filter((t): t is Term => t !== undefined)
      .map((t) => t.term);
    io.err(suggestions.length > 0 ? message(io.locale, 'cli.suggestions', suggestions.join(', ')) : message(io.locale, 'cli.noSuggestions'));
    return EXIT_FAIL;
  }
  if (options.json) {
    io.out(JSON.stringify({ ...termJson(term, glossary), input: word }, null, 2));
    return EXIT_OK;
  }
  const ko = io.locale === 'ko';
  io.out(`${term.term}${term.english === undefined ? '' : ` · ${term.english}`}  [${term.id}]`);
  io.out(glossary.chapterPath(term.chapter).map((c) => c.title).join(' › '));
  if (term.aliases.length > 0) {
    io.out(`${ko ? '다른 표기' : 'Also written'}: ${term.aliases.join(', ')}`);
  }
  io.out('');
  io.out(term.definition);
  if (term.explanation !== undefined) {
    io.out('');
    io.out(term.explanation);
  }
  const names = (ids: readonly string[]): string => ids.map((id) => glossary.terms.get(id)?.term ?? id).join(', ');
  if (term.related.length > 0) {
    io.out('');
    io.out(`${ko ? '관련 용어' : 'Related'}: ${names(term.related)}`);
  }
  if (term.confusable.length > 0) {
    io.out(`${ko ? '헷갈리기 쉬운 용어' : 'Often confused with'}: ${names(term.confusable)}`);
  }
  return EXIT_OK;
}

function commandGlossary(options: Options, io: Io): number {
  const [sub, ...files] = options.positional;
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
      io.out(formatDiagnostic(d, io.locale));
    }
    if (problems.some((d) => d.severity === 'error')) {
      return EXIT_FAIL;
    }
    for (const one of parsed) {
      io.out(message(io.locale, 'cli.valid', one.file, one.terms.length, one.chapters.length));
    }
    return status;
  }
  if (sub === 'stats') {
    const { glossary } = loadSnapshot(options, io);
    const subject = glossary.childrenOf(undefined);
    const chapters = subject.flatMap((s) => glossary.childrenOf(s.id));
    const perChapter = chapters.map((c) => ({
      id: c.id,
      title: c.title,
      terms: glossary.termsUnder(c.id).length,
      sections: glossary.childrenOf(c.id).map((s) => ({ id: s.id, title: s.title, terms: glossary.termsUnder(s.id).length })),
    }));
    const facts = { enumeration: 0, sequence: 0, formula: 0, figure: 0 };
    let aliases = 0;
    for (const term of glossary.terms.values()) {
      aliases += term.aliases.length;
      for (const fact of term.facts) {
        facts[fact.kind]++;
      }
    }
    const stats = {
      terms: glossary.terms.size,
      chapters: chapters.length,
      sections: perChapter.reduce((n, c) => n + c.sections.length, 0),
      aliases,
      facts,
      termsPerChapter: perChapter,
    };
    if (options.json) {
      io.out(JSON.stringify(stats, null, 2));
      return EXIT_OK;
    }
    const ko = io.locale === 'ko';
    io.out(ko ? `용어 ${stats.terms}개, 장 ${stats.chapters}개, 절 ${stats.sections}개, 별칭 ${aliases}개` : `${stats.terms} terms, ${stats.chapters} chapters, ${stats.sections} sections, ${aliases} aliases`);
    io.out(ko ? `정리: 열거 ${facts.enumeration}, 순서 ${facts.sequence}, 공식 ${facts.formula}, 수치 ${facts.figure}` : `Facts: ${facts.enumeration} enumerations, ${facts.sequence} sequences, ${facts.formula} formulas, ${facts.figure} figures`);
    for (const c of perChapter) {
      io.out(`${padDisplay(c.title, 36)} ${String(c.terms).padStart(4)}`);
    }
    return EXIT_OK;
  }
  throw new UsageError(message(io.locale, 'cli.unknownCommand', `glossary ${sub ?? ''}`.trim()));
}

/** Runs the CLI; returns the exit code. Exported for tests that want to call it in-process. */
export function main(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): number {
  const langArg = argv.find((a, i) => a.startsWith('--lang=') || argv[i - 1] === '--lang');
  // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; an empty variable counts as unset.
  const fromEnv = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  const locale = localeFrom(langArg?.replace(/^--lang=/, '') ?? fromEnv);
  const io: Io = {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    locale,
  };
  try {
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
      default:
        throw new UsageError(message(locale, 'cli.unknownCommand', command));
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(message(locale, 'cli.usage', error.message));
      io.err(locale === 'ko' ? '도움말: crm-notes --help' : 'Help: crm-notes --help');
      return EXIT_USAGE;
    }
    io.err(message(locale, 'file.unreadable', '-', error instanceof Error ? error.message : String(error)));
    return EXIT_FAIL;
  }
}

if (require.main === module) {
  // `crm-notes terms notes/ | head`: a closed pipe ends the program quietly, as in other tools.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      process.exit(process.exitCode ?? 0);
    }
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
