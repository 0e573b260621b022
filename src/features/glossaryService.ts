import * as vscode from 'vscode';
import { loadGlossaryBytes } from '../core/glossary/load';
import type { ParsedGlossary } from '../core/glossary/parse';
import type { LayerName } from '../core/glossary/types';
import { message } from '../core/messages';
import { type GlossarySnapshot, buildSnapshot } from '../core/service';
import type { SettingsStore } from './config';
import { toDiagnostic, uiLocale } from './convert';
import { WORKSPACE_GLOSSARY } from './ids';

interface Source {
  readonly uri: vscode.Uri;
  readonly layer: LayerName;
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
    private readonly bundled: readonly ParsedGlossary[],
    private readonly settings: SettingsStore,
    private readonly log: vscode.LogOutputChannel,
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

  get current(): GlossarySnapshot {
    this.snapshot ??= buildSnapshot(this.bundled);
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
        sources.push({ uri: vscode.Uri.file(expanded), layer: 'user' });
      } else if (folders[0] !== undefined) {
        sources.push({ uri: vscode.Uri.joinPath(folders[0].uri, expanded), layer: 'user' });
      }
    }
    for (const folder of folders) {
      sources.push({ uri: vscode.Uri.joinPath(folder.uri, WORKSPACE_GLOSSARY), layer: 'workspace' });
    }
    return sources;
  }

  private async loadOnce(): Promise<void> {
    const locale = uiLocale();
    const sources = this.currentSources();
    this.rewatch(sources);
    const files: ParsedGlossary[] = [...this.bundled];
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const source of sources) {
      const key = source.uri.toString();
      let bytes: Uint8Array;
      try {
        bytes = await vscode.workspace.fs.readFile(source.uri);
      } catch (error) {
        this.lastGood.delete(key);
        if (source.layer === 'user') {
          this.log.warn(message(locale, 'file.notFound', source.uri.fsPath), String(error));
        }
        continue;
      }
      const parsed = loadGlossaryBytes(bytes, key, source.layer);
      if (parsed.ok) {
        this.lastGood.set(key, parsed);
        files.push(parsed);
      } else {
        const kept = this.lastGood.get(key);
        if (kept !== undefined) {
          files.push({ ...kept, diagnostics: [] });
        }
        byUri.set(key, parsed.diagnostics.map((d) => toDiagnostic(d, locale)));
      }
    }
    const snapshot = buildSnapshot(files);
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
      const dir = vscode.Uri.joinPath(source.uri, '..');
      const name = source.uri.path.slice(source.uri.path.lastIndexOf('/') + 1);
      const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, name));
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
