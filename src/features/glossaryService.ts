import * as vscode from 'vscode';
import { refusedGlossary } from '../core/glossary/load';
import { GLOSSARY_LIMITS, type GlossaryDiagnostic, type ParsedGlossary } from '../core/glossary/parse';
import type { LayerName } from '../core/glossary/types';
import { type MessageCode, message } from '../core/messages';
import type { Glossary } from '../core/glossary/glossary';
import { type GlossarySnapshot, buildSnapshot, snapshotOf } from '../core/service';
import type { SettingsStore } from './config';
import { toDiagnostic, uiLocale } from './convert';
import type { GlossaryParser } from './glossaryParser';
import { WORKSPACE_GLOSSARY } from './ids';

/** The bundled glossary two ways: merged (to use alone) and as parsed files (to merge layers over). */
export interface BundledGlossary {
  readonly merged: () => Glossary;
  readonly files: () => readonly ParsedGlossary[];
}

interface Source {
  readonly uri: vscode.Uri;
  readonly layer: LayerName;
  /** What to watch: a workspace glossary from its folder, so creating `.crm-notes/` is seen too. */
  readonly pattern: vscode.RelativePattern;
}

/** A file outside the workspace, watched from its own folder. */
function fileSource(uri: vscode.Uri, layer: LayerName): Source {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return { uri, layer, pattern: new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), name) };
}

/**
 * Owns the glossary the extension uses: the bundled files, the files listed in
 * `crmNotes.glossary.files` (user layer) and `.crm-notes/glossary.json` in each workspace folder
 * (workspace layer). Reloads when one of them is saved or changes on disk, and shows each file's
 * problems in the Problems panel. A file that cannot be read as a whole keeps its last good copy.
 */
export class GlossaryService implements vscode.Disposable {
  /** Built by the first load; `current` builds the bundled-only one if asked before that. */
  private snapshot: GlossarySnapshot | undefined;
  private bundledSnapshot: GlossarySnapshot | undefined;
  private readonly lastGood = new Map<string, ParsedGlossary>();
  private readonly emitter = new vscode.EventEmitter<GlossarySnapshot>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('crm-notes-glossary');
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  private sources: Source[] = [];
  private pending: Promise<GlossarySnapshot> | undefined;
  private again = false;
  readonly onDidChange = this.emitter.event;

  constructor(
    private readonly bundled: BundledGlossary,
    private readonly settings: SettingsStore,
    private readonly log: vscode.LogOutputChannel,
    private readonly parser: GlossaryParser,
  ) {
    this.disposables.push(
      this.emitter,
      this.diagnostics,
      settings.onDidChange(() => void this.reload()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.sources.some((s) => s.uri.toString() === doc.uri.toString())) {
          void this.reload();
        }
      }),
    );
  }

  private bundledOnly(): GlossarySnapshot {
    this.bundledSnapshot ??= snapshotOf(this.bundled.merged());
    return this.bundledSnapshot;
  }

  /** The bundled glossary alone (what misspellings are judged against). */
  get bundledGlossary(): Glossary {
    return this.bundledOnly().glossary;
  }

  get current(): GlossarySnapshot {
    this.snapshot ??= this.bundledOnly();
    return this.snapshot;
  }

  /** Reloads every layer. Concurrent calls share one load and run once more at the end. */
  reload(): Promise<GlossarySnapshot> {
    if (this.pending !== undefined) {
      this.again = true;
      return this.pending;
    }
    this.pending = (async () => {
      try {
        do {
          this.again = false;
          await this.loadOnce();
        } while (this.again);
        return this.current;
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }

  private currentSources(): Source[] {
    const sources: Source[] = [];
    const folders = vscode.workspace.workspaceFolders ?? [];
    for (const file of this.settings.current.glossaryFiles) {
      const expanded = file.replace(/^~(?=$|[\\/])/, process.env.HOME ?? '~');
      if (/^([a-zA-Z]:[\\/]|\/)/.test(expanded)) {
        sources.push(fileSource(vscode.Uri.file(expanded), 'user'));
      } else if (folders[0] !== undefined) {
        sources.push(fileSource(vscode.Uri.joinPath(folders[0].uri, expanded), 'user'));
      }
    }
    for (const folder of folders) {
      sources.push({ uri: vscode.Uri.joinPath(folder.uri, WORKSPACE_GLOSSARY), layer: 'workspace', pattern: new vscode.RelativePattern(folder, WORKSPACE_GLOSSARY) });
    }
    return sources;
  }

  private async loadOnce(): Promise<void> {
    const locale = uiLocale();
    const sources = this.currentSources();
    this.rewatch(sources);
    const files: ParsedGlossary[] = [];
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const source of sources) {
      const key = source.uri.toString();
      const read = await readSource(source.uri);
      if (read === 'missing') {
        this.lastGood.delete(key);
        if (source.layer === 'user') {
          this.log.warn(message(locale, 'file.notFound', source.uri.fsPath));
        }
        continue;
      }
      const parsed = read instanceof Uint8Array ? await this.parser.parse(read, key, source.layer) : refusedGlossary(key, source.layer, read.code, read.args);
      if (parsed.ok) {
        this.lastGood.set(key, parsed);
        files.push(parsed);
      } else {
        // A file that cannot be used now (unreadable, broken, too slow) keeps its last good copy.
        const kept = this.lastGood.get(key);
        const problems = parsed.diagnostics.map((d) => toDiagnostic(d, locale));
        if (kept !== undefined) {
          files.push({ ...kept, diagnostics: [] });
          problems.push(toDiagnostic(keptLastGood(key, source.layer, source.uri.fsPath), locale));
        }
        byUri.set(key, problems);
      }
    }
    // No user or workspace glossary in use (the usual case): the bundled glossary as compiled.
    const snapshot = files.length === 0 ? this.bundledOnly() : buildSnapshot([...this.bundled.files(), ...files]);
    for (const d of snapshot.glossary.diagnostics) {
      if (d.layer === 'bundled') {
        this.log.error(`bundled glossary: ${d.file}:${d.span.line + 1} ${d.code}`);
        continue;
      }
      const list = byUri.get(d.file) ?? [];
      list.push(toDiagnostic(d, locale));
      byUri.set(d.file, list);
    }
    this.diagnostics.clear();
    for (const [key, list] of byUri) {
      this.diagnostics.set(vscode.Uri.parse(key), list);
    }
    this.snapshot = snapshot;
    this.sources = sources;
    this.log.info(`glossary loaded: ${snapshot.glossary.terms.size} terms, ${sources.length} extra source(s), ${snapshot.glossary.diagnostics.length} problem(s)`);
    this.emitter.fire(snapshot);
  }

  /** Watches each extra glossary file for changes made outside the editor. */
  private rewatch(sources: readonly Source[]): void {
    const same = sources.length === this.sources.length && sources.every((s, i) => s.uri.toString() === this.sources[i]?.uri.toString());
    if (same && this.watchers.length > 0) {
      return;
    }
    for (const watcher of this.watchers) {
      watcher.dispose();
    }
    this.watchers = [];
    for (const source of sources) {
      const watcher = vscode.workspace.createFileSystemWatcher(source.pattern);
      const onEvent = (): void => void this.reload();
      this.watchers.push(watcher, watcher.onDidCreate(onEvent), watcher.onDidChange(onEvent), watcher.onDidDelete(onEvent));
    }
  }

  dispose(): void {
    for (const d of [...this.watchers, ...this.disposables]) {
      d.dispose();
    }
  }
}

/** How long reading one glossary file may take (a FIFO would block forever). */
const READ_BUDGET_MS = 5000;

type SourceRead = Uint8Array | 'missing' | { readonly code: MessageCode; readonly args: readonly (string | number)[] };

/**
 * A glossary file's bytes, or why not: only a regular file, its size checked before reading,
 * and the read given up after `READ_BUDGET_MS`.
 */
async function readSource(uri: vscode.Uri): Promise<SourceRead> {
  let stat: vscode.FileStat;
  try {
    stat = await withTimeout(Promise.resolve(vscode.workspace.fs.stat(uri)), READ_BUDGET_MS);
  } catch (error) {
    return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? 'missing' : { code: 'file.unreadable', args: [uri.fsPath, errorText(error)] };
  }
  if ((stat.type & vscode.FileType.File) === 0) {
    return (stat.type & vscode.FileType.Directory) !== 0 ? 'missing' : { code: 'file.notRegular', args: [uri.fsPath] };
  }
  if (stat.size > GLOSSARY_LIMITS.maxBytes) {
    return { code: 'file.tooLarge', args: [stat.size, GLOSSARY_LIMITS.maxBytes] };
  }
  try {
    return await withTimeout(Promise.resolve(vscode.workspace.fs.readFile(uri)), READ_BUDGET_MS);
  } catch (error) {
    if (error instanceof TimeoutError) {
      return { code: 'file.timeout', args: [READ_BUDGET_MS / 1000] };
    }
    return error instanceof vscode.FileSystemError && error.code === 'FileNotFound' ? 'missing' : { code: 'file.unreadable', args: [uri.fsPath, errorText(error)] };
  }
}

class TimeoutError extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(`timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function errorText(error: unknown): string {
  return error instanceof vscode.FileSystemError ? error.code : error instanceof Error ? error.message : String(error);
}

/** The warning that says a file's last good copy is in use. */
function keptLastGood(file: string, layer: LayerName, shown: string): GlossaryDiagnostic {
  return { file, span: { line: 0, column: 0, endLine: 0, endColumn: 0 }, severity: 'warning', code: 'file.keptLastGood', args: [shown], layer };
}
