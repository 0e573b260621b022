import * as vscode from 'vscode';
import type { ChapterProgress } from '../core/review';
import { initialConsonants } from '../core/korean/hangul';
import type { Mention } from '../core/notes/workspace';
import type { GlossarySnapshot } from '../core/service';
import { toLocation } from './convert';
import type { DocumentCache } from './documents';
import { Commands, ContextKeys, Views } from './ids';
import { NotesTree } from './notesTree';
import { SyllabusTree, type SyllabusNode } from './syllabusTree';
import type { WorkspaceNotes } from './workspaceNotes';

export interface TreesDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly onDidChangeGlossary: vscode.Event<GlossarySnapshot>;
  readonly notes: WorkspaceNotes;
  readonly documents: DocumentCache;
  /** Review progress per chapter (mastery, due cards), shown on the chapter rows. */
  readonly progress?: { readonly current: () => ReadonlyMap<string, ChapterProgress> | undefined; readonly onDidChange: vscode.Event<void> };
}

/** Tree rows follow the notes, but never faster than this (a save burst is one refresh). */
const REFRESH_DEBOUNCE_MS = 250;
/** The mentions picker lists at most this many places (it reads each note's line text). */
const MAX_LISTED_MENTIONS = 200;

export interface Trees {
  readonly syllabus: SyllabusTree;
  readonly notes: NotesTree;
}

/**
 * The activity-bar container: 챕터 (syllabus) and 내 노트 (my notes), their commands (reveal the
 * term under the cursor, filter by text or 초성, refresh, find mentions, create a first note)
 * and the `crmNotes.noNotes` context key for the welcome view.
 */
export function registerTrees(context: vscode.ExtensionContext, deps: TreesDeps): Trees {
  const index = deps.notes.index;
  const syllabus = new SyllabusTree({ snapshot: deps.snapshot, index, ...(deps.progress === undefined ? {} : { progress: deps.progress.current }) });
  const notes = new NotesTree({ snapshot: deps.snapshot, index });
  const syllabusView = vscode.window.createTreeView(Views.syllabus, { treeDataProvider: syllabus, showCollapseAll: true });
  const notesView = vscode.window.createTreeView(Views.notes, { treeDataProvider: notes, showCollapseAll: true });

  let timer: ReturnType<typeof setTimeout> | undefined;
  const refreshSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      syllabus.refresh();
      notes.refresh();
      void vscode.commands.executeCommand('setContext', ContextKeys.noNotes, index.size === 0);
    }, REFRESH_DEBOUNCE_MS);
  };
  const indexChanges = index.onDidChange(refreshSoon);
  void deps.notes.ready().then(refreshSoon);

  const reveal = async (id: string): Promise<boolean> => {
    if (!deps.snapshot().glossary.terms.has(id)) {
      return false;
    }
    await syllabusView.reveal({ kind: 'term', id }, { select: true, focus: true, expand: true });
    return true;
  };

  context.subscriptions.push(
    syllabus,
    notes,
    syllabusView,
    notesView,
    { dispose: () => clearTimeout(timer) },
    { dispose: () => indexChanges.dispose() },
    deps.onDidChangeGlossary(refreshSoon),
    ...(deps.progress === undefined ? [] : [deps.progress.onDidChange(refreshSoon)]),
    vscode.commands.registerCommand(Commands.refreshTrees, async () => {
      await deps.notes.rebuild();
      syllabus.refresh();
      notes.refresh();
    }),
    vscode.commands.registerCommand(Commands.revealTerm, async (arg?: unknown) => {
      const id = typeof arg === 'string' ? arg : termUnderCursor(deps.documents);
      if (id !== undefined) {
        return (await reveal(id)) ? id : undefined;
      }
      return vscode.commands.executeCommand<string | undefined>(Commands.filterSyllabus);
    }),
    vscode.commands.registerCommand(Commands.filterSyllabus, async () => {
      const { glossary } = deps.snapshot();
      // Shorter headwords first: among equally good matches the picker keeps this order, so
      // ㄱㄱㅁㅈ puts 고객만족 above 고객만족지수.
      const items = [...glossary.terms.values()].sort((a, b) => a.term.length - b.term.length).map((t) => ({
        label: t.term,
        // The initials go in the description, which the picker matches and highlights: typing
        // ㄱㄱㅁㅈ finds 고객만족 with those letters lit.
        description: [initialConsonants(t.term), t.english, ...t.aliases.slice(0, 3)].filter((x) => x !== undefined && x !== '').join(' · '),
        detail: glossary.chapterPath(t.chapter).slice(1).map((c) => c.title).join(' › '),
        id: t.id,
      }));
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('CRM Notes: find a term in the syllabus'),
        placeHolder: vscode.l10n.t('Type a term, an English name or its initial consonants (ㄱㄱㅁㅈ)'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (picked === undefined) {
        return undefined;
      }
      await reveal(picked.id);
      return picked.id;
    }),
    vscode.commands.registerCommand(Commands.openTermNode, async (id?: unknown) => {
      if (typeof id !== 'string') {
        return undefined;
      }
      return index.noteCount(id) > 0 ? vscode.commands.executeCommand(Commands.findMentions, id) : vscode.commands.executeCommand(Commands.showTerm, id);
    }),
    vscode.commands.registerCommand(Commands.findMentions, async (arg?: unknown) => {
      const id = typeof arg === 'string' ? arg : isTermNode(arg) ? arg.id : termUnderCursor(deps.documents);
      if (id === undefined) {
        return undefined;
      }
      const term = deps.snapshot().glossary.terms.get(id);
      const mentions = index.mentions(id);
      if (mentions.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('CRM Notes: no note mentions "{0}" yet.', term?.term ?? id));
        return [];
      }
      const items = await mentionItems(mentions.slice(0, MAX_LISTED_MENTIONS));
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('CRM Notes: "{0}" in your notes ({1})', term?.term ?? id, mentions.length),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (picked !== undefined) {
        const location = toLocation(picked.mention);
        await vscode.window.showTextDocument(location.uri, { selection: location.range });
      }
      return mentions.length;
    }),
    vscode.commands.registerCommand(Commands.createNote, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (folder === undefined) {
        void vscode.window.showInformationMessage(vscode.l10n.t('CRM Notes: open a folder first; notes are Markdown files in it.'));
        return undefined;
      }
      const uri = await freeName(folder.uri, vscode.l10n.t('crm-notes-first-note'));
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(noteTemplate(deps.snapshot())));
      await vscode.window.showTextDocument(uri);
      return uri.toString();
    }),
  );
  return { syllabus, notes };
}

function isTermNode(value: unknown): value is SyllabusNode & { kind: 'term' } {
  return typeof value === 'object' && value !== null && (value as { kind?: unknown }).kind === 'term' && typeof (value as { id?: unknown }).id === 'string';
}

function termUnderCursor(documents: DocumentCache): string | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor === undefined || editor.document.languageId !== 'markdown') {
    return undefined;
  }
  return documents.get(editor.document).termAt(editor.document.offsetAt(editor.selection.active))?.id;
}

/** The picker rows for mentions: `note.md:12` and the line as written. */
async function mentionItems(mentions: readonly Mention[]): Promise<Array<vscode.QuickPickItem & { mention: Mention }>> {
  const lines = new Map<string, readonly string[]>();
  const items: Array<vscode.QuickPickItem & { mention: Mention }> = [];
  for (const mention of mentions) {
    let text = lines.get(mention.file);
    if (text === undefined) {
      text = ((await readText(mention.file)) ?? '').split(/\r\n|\r|\n/);
      lines.set(mention.file, text);
    }
    const uri = vscode.Uri.parse(mention.file);
    items.push({
      label: `${uri.path.slice(uri.path.lastIndexOf('/') + 1)}:${mention.line + 1}`,
      description: vscode.workspace.asRelativePath(uri),
      detail: (text[mention.line] ?? '').trim(),
      mention,
    });
  }
  return items;
}

/** A note's text: the open editor's (unsaved edits included), else the file's. */
async function readText(file: string): Promise<string | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file);
  if (open !== undefined) {
    return open.getText();
  }
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(file)));
  } catch {
    return undefined;
  }
}

async function freeName(folder: vscode.Uri, base: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(folder, `${base}${n === 1 ? '' : `-${n}`}.md`);
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

/** A first note: the syllabus chapters as headings, ready to fill in. */
function noteTemplate(snapshot: GlossarySnapshot): string {
  const { glossary } = snapshot;
  const lines = [`# ${vscode.l10n.t('CRM study notes')}`, ''];
  for (const chapter of glossary.topChapters()) {
    lines.push(`## ${chapter.order}. ${chapter.title}`, '');
    for (const section of glossary.childrenOf(chapter.id)) {
      lines.push(`### ${section.title}`, '', '- ', '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
