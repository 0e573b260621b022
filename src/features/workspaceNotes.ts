import * as vscode from 'vscode';
import type { GlossarySnapshot } from '../core/service';
import { DEFAULT_WORKSPACE_LIMITS, type IndexReport, type NoteStat, type NoteStore, WorkspaceIndex } from '../core/notes/workspace';

const NOTE_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';
/** Unsaved edits reach the index after the typing pauses this long. */
const EDIT_DEBOUNCE_MS = 300;
/** Show a progress indicator only when the first index takes longer than this. */
const PROGRESS_AFTER_MS = 1000;

/** The workspace's notes through `vscode.workspace.fs`: the only file access of the note index. */
class VscodeNoteStore implements NoteStore {
  async list(): Promise<readonly string[]> {
    const uris = await vscode.workspace.findFiles(NOTE_GLOB, EXCLUDE_GLOB);
    return uris.map((u) => u.toString());
  }

  async stat(file: string): Promise<NoteStat | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(vscode.Uri.parse(file));
      return { size: stat.size, isFile: (stat.type & vscode.FileType.File) !== 0 };
    } catch {
      return undefined;
    }
  }

  read(file: string): Promise<Uint8Array> {
    return Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.parse(file)));
  }
}

export interface WorkspaceNotesDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly onDidChangeGlossary: vscode.Event<GlossarySnapshot>;
  readonly maxBytes: () => number;
  readonly log: vscode.LogOutputChannel;
}

function isNote(document: vscode.TextDocument): boolean {
  return document.languageId === 'markdown' && document.uri.scheme === 'file';
}

/**
 * The extension's one `WorkspaceIndex`: built in the background after activation (a progress
 * indicator when that takes long, a one-line message when the workspace is over the size cap),
 * then kept current from file events, renames and the unsaved text of open notes.
 */
export class WorkspaceNotes implements vscode.Disposable {
  readonly index: WorkspaceIndex;
  private readonly store = new VscodeNoteStore();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly pendingEdits = new Map<string, ReturnType<typeof setTimeout>>();
  private building: Promise<IndexReport> | undefined;
  private warnedCap = false;

  constructor(private readonly deps: WorkspaceNotesDeps) {
    this.index = new WorkspaceIndex(deps.snapshot().index, { ...DEFAULT_WORKSPACE_LIMITS, maxBytes: deps.maxBytes() });
    const watcher = vscode.workspace.createFileSystemWatcher(NOTE_GLOB);
    const refresh = (uri: vscode.Uri): void => {
      if (!this.openUnsaved(uri)) {
        void this.index.refresh(this.store, uri.toString());
      }
    };
    this.disposables.push(
      watcher,
      watcher.onDidCreate(refresh),
      watcher.onDidChange(refresh),
      watcher.onDidDelete((uri) => this.index.remove(uri.toString())),
      // Changes made through VS Code (explorer, workspace edits) arrive here at once; the watcher
      // covers changes from outside, which it reports with some delay.
      vscode.workspace.onDidCreateFiles((event) => event.files.forEach(refresh)),
      vscode.workspace.onDidDeleteFiles((event) => event.files.forEach((uri) => this.index.remove(uri.toString()))),
      vscode.workspace.onDidRenameFiles((event) => {
        for (const { oldUri, newUri } of event.files) {
          const from = oldUri.toString();
          const to = newUri.toString();
          if (this.index.rename(from, to)) {
            continue;
          }
          // A folder: every note under it moves with it.
          const moved = this.index.files().filter((f) => f.startsWith(`${from}/`));
          for (const file of moved) {
            this.index.rename(file, to + file.slice(from.length));
          }
          if (moved.length === 0) {
            refresh(newUri);
          }
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (isNote(event.document) && event.contentChanges.length > 0) {
          this.scheduleEdit(event.document);
        }
      }),
      vscode.workspace.onDidOpenTextDocument((document) => {
        if (isNote(document) && document.isDirty) {
          this.scheduleEdit(document);
        }
      }),
      // Closing an unsaved note drops its edits: the file on disk is the truth again.
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (isNote(document)) {
          refresh(document.uri);
        }
      }),
      deps.onDidChangeGlossary(() => void this.rebuild()),
      { dispose: () => this.pendingEdits.forEach((timer) => clearTimeout(timer)) },
    );
  }

  /** The first full index, started once; later calls return the same promise. */
  ready(): Promise<IndexReport> {
    this.building ??= this.rebuild();
    return this.building;
  }

  /** Re-reads every note (at start and when the glossary changes). */
  rebuild(): Promise<IndexReport> {
    const started = Date.now();
    const run = this.index.indexAll(this.store, this.deps.snapshot().index);
    const timer = setTimeout(() => {
      void vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('CRM Notes: indexing notes…') }, () => run);
    }, PROGRESS_AFTER_MS);
    this.building = run.then(
      (report) => {
        clearTimeout(timer);
        this.deps.log.info(`notes indexed: ${report.notes} notes, ${Math.round(report.bytes / 1024)} KB, ${report.skipped.length} skipped, ${Date.now() - started} ms`);
        for (const { file, reason } of report.skipped.filter((s) => s.reason !== 'workspaceCap')) {
          this.deps.log.warn(`note skipped (${reason}): ${file}`);
        }
        for (const document of vscode.workspace.textDocuments) {
          if (isNote(document) && document.isDirty) {
            this.index.update(document.uri.toString(), document.getText());
          }
        }
        if (report.capped && !this.warnedCap) {
          this.warnedCap = true;
          void vscode.window.showWarningMessage(
            vscode.l10n.t('CRM Notes: this workspace has more notes than the index holds ({0} MB); {1} notes are left out of the tree and the quiz.', Math.round(DEFAULT_WORKSPACE_LIMITS.maxTotalBytes / 1024 / 1024), report.skipped.filter((s) => s.reason === 'workspaceCap').length),
          );
        }
        return report;
      },
      (error: unknown) => {
        clearTimeout(timer);
        this.deps.log.error(`note index failed: ${String(error)}`);
        return { notes: this.index.size, bytes: 0, skipped: [], capped: false };
      },
    );
    return this.building;
  }

  private openUnsaved(uri: vscode.Uri): boolean {
    return vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === uri.toString());
  }

  private scheduleEdit(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.pendingEdits.get(key));
    this.pendingEdits.set(
      key,
      setTimeout(() => {
        this.pendingEdits.delete(key);
        this.index.update(key, document.getText());
      }, EDIT_DEBOUNCE_MS),
    );
  }

  dispose(): void {
    for (const d of this.disposables) {
      d.dispose();
    }
  }
}
