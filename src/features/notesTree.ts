import * as vscode from 'vscode';
import { type OutlineHeading, OutlineMapper } from '../core/notes/outline';
import type { WorkspaceIndex } from '../core/notes/workspace';
import type { GlossarySnapshot } from '../core/service';

/** A row of the notes view: a note, or one of its headings. Plain data. */
export type NotesNode = { readonly kind: 'note'; readonly file: string } | { readonly kind: 'heading'; readonly file: string; readonly heading: OutlineHeading };

export interface NotesTreeDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly index: WorkspaceIndex;
}

/**
 * 내 노트 (My notes): the workspace's notes → their headings, each shown with the syllabus chapter
 * or section its title names. Clicking a heading opens the note at that line.
 */
export class NotesTree implements vscode.TreeDataProvider<NotesNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<NotesNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private mapper: { snapshot: GlossarySnapshot; mapper: OutlineMapper } | undefined;
  private readonly outlines = new Map<string, { hash: string; outline: OutlineHeading[] }>();

  constructor(private readonly deps: NotesTreeDeps) {}

  refresh(): void {
    this.emitter.fire(undefined);
  }

  private outlineMapper(): OutlineMapper {
    const snapshot = this.deps.snapshot();
    if (this.mapper?.snapshot !== snapshot) {
      this.mapper = { snapshot, mapper: new OutlineMapper(snapshot.glossary, snapshot.index) };
      this.outlines.clear();
    }
    return this.mapper.mapper;
  }

  /** A note's mapped outline, recomputed only when the note's content hash changes. */
  outline(file: string): OutlineHeading[] {
    const mapper = this.outlineMapper();
    const hash = this.deps.index.hashOf(file) ?? '';
    const cached = this.outlines.get(file);
    if (cached !== undefined && cached.hash === hash) {
      return cached.outline;
    }
    const outline = mapper.outlineOf(this.deps.index.headings(file), this.deps.index.frontMatterChapter(file));
    this.outlines.set(file, { hash, outline });
    return outline;
  }

  getChildren(node?: NotesNode): NotesNode[] {
    if (node === undefined) {
      return this.deps.index.files().map((file) => ({ kind: 'note', file }));
    }
    const headings = node.kind === 'note' ? this.outline(node.file) : node.heading.children;
    return headings.map((heading) => ({ kind: 'heading', file: node.file, heading }));
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.file);
    if (node.kind === 'note') {
      const item = new vscode.TreeItem(uri, this.deps.index.headings(node.file).length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `note:${node.file}`;
      item.description = vscode.workspace.asRelativePath(vscode.Uri.joinPath(uri, '..'), false);
      item.command = { command: 'vscode.open', title: vscode.l10n.t('Open note'), arguments: [uri] };
      item.contextValue = 'note';
      return item;
    }
    const { heading } = node;
    const item = new vscode.TreeItem(heading.title, heading.children.length > 0 ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    item.id = `heading:${node.file}:${heading.line}`;
    const chapter = heading.chapter === null ? undefined : this.deps.snapshot().glossary.chapters.get(heading.chapter);
    item.description = chapter === undefined ? '' : `→ ${chapter.title}`;
    item.tooltip = chapter === undefined ? vscode.l10n.t('Names no chapter of the syllabus') : vscode.l10n.t('Syllabus: {0}', this.deps.snapshot().glossary.chapterPath(chapter.id).map((c) => c.title).join(' › '));
    item.iconPath = new vscode.ThemeIcon(chapter === undefined ? 'symbol-string' : 'bookmark');
    item.command = {
      command: 'vscode.open',
      title: vscode.l10n.t('Open note'),
      arguments: [uri, { selection: new vscode.Range(heading.line, 0, heading.line, 0) } satisfies vscode.TextDocumentShowOptions],
    };
    item.contextValue = 'heading';
    return item;
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
