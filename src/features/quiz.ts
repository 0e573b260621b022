import * as vscode from 'vscode';
import { type Card, EXPORT_FORMATS, type ExportFormat, type QuizNote, buildDeck, deckSummary, exportDeck, noteTitle, safeFileName } from '../core/quiz';
import type { GlossarySnapshot } from '../core/service';
import { uiLocale } from './convert';
import type { DocumentCache } from './documents';
import { Commands } from './ids';
import type { SyllabusNode } from './syllabusTree';
import type { WorkspaceNotes } from './workspaceNotes';

export interface QuizDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly documents: DocumentCache;
  readonly notes: WorkspaceNotes;
  readonly maxBytes: () => number;
  /** Opens a quiz in the practice panel; `cram` leaves the review schedule alone. */
  readonly practise: (quiz: Quiz, cram: boolean) => Thenable<unknown>;
}

/** A made quiz: its cards and what it was made from (its title names export files). */
export interface Quiz {
  readonly title: string;
  readonly cards: readonly Card[];
}

/**
 * The note a "this note" command means: the active editor's, or, when the focus is on something
 * that is not a text editor (the walkthrough beside the note, a webview), the one Markdown note shown.
 */
function shownNote(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor;
  if (active !== undefined) {
    return active.document;
  }
  const shown = [...new Set(vscode.window.visibleTextEditors.map((e) => e.document).filter((d) => d.languageId === 'markdown'))];
  return shown.length === 1 ? shown[0] : undefined;
}

/** The export formats as the picker and the save dialog name them. */
const FORMAT_LABELS: Record<ExportFormat, () => string> = {
  anki: () => vscode.l10n.t('Anki (text import)'),
  csv: () => vscode.l10n.t('CSV (Excel, Google Sheets)'),
  quizlet: () => vscode.l10n.t('Quizlet (term and definition)'),
  md: () => vscode.l10n.t('Markdown'),
};

/**
 * The quiz commands: cards from the active note, the open notes, a chapter (the syllabus tree's
 * context menu) or a selection, a notification with the count per card type, and the export of
 * the last quiz to Anki, CSV, Quizlet or markdown. Every command returns the quiz it made, so
 * the integration tests check the cards a student would get.
 */
export function registerQuiz(deps: QuizDeps): vscode.Disposable {
  let last: Quiz | undefined;

  const made = async (quiz: Quiz): Promise<Quiz> => {
    last = quiz;
    const summary = deckSummary(quiz.cards, uiLocale());
    if (quiz.cards.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('CRM Notes: {0}', summary));
      return quiz;
    }
    const show = vscode.l10n.t('Practise');
    const save = vscode.l10n.t('Export…');
    // Not awaited: the command returns its quiz while the notification stays up.
    void vscode.window.showInformationMessage(vscode.l10n.t('CRM Notes: {0} ({1})', summary, quiz.title), show, save).then((choice) => {
      if (choice === show) {
        void deps.practise(quiz, false);
      } else if (choice === save) {
        void vscode.commands.executeCommand(Commands.exportQuiz);
      }
    });
    return quiz;
  };

  const deckOf = (notes: readonly QuizNote[]): Card[] => {
    const { index, glossary } = deps.snapshot();
    return buildDeck(notes, index, glossary, {}, { maxBytes: deps.maxBytes() });
  };

  const fromNote = vscode.commands.registerCommand(Commands.quizFromNote, async (uri?: unknown) => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : shownNote();
    if (document === undefined || document.languageId !== 'markdown') {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: open a Markdown note first.'));
      return undefined;
    }
    return made({ title: titleOf(document), cards: deckOf([noteOf(document)]) });
  });

  const fromOpenNotes = vscode.commands.registerCommand(Commands.quizFromOpenNotes, async () => {
    const documents = vscode.workspace.textDocuments.filter((d) => d.languageId === 'markdown' && d.uri.scheme !== 'output');
    if (documents.length === 0) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: open a Markdown note first.'));
      return undefined;
    }
    return made({ title: vscode.l10n.t('Open notes'), cards: deckOf(documents.map(noteOf)) });
  });

  const fromSelection = vscode.commands.registerCommand(Commands.quizFromSelection, async () => {
    const editor = vscode.window.activeTextEditor;
    if (editor === undefined || editor.selection.isEmpty) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: select part of a note first.'));
      return undefined;
    }
    const { document, selection } = editor;
    const start = new vscode.Position(selection.start.line, 0);
    const text = document.getText(new vscode.Range(start, selection.end));
    // Lines count from the selection: moved back to the note's own line numbers.
    const cards = deckOf([{ file: document.uri.toString(), text }]).map((card) => ({ ...card, source: { ...card.source, line: card.source.line + start.line } }));
    return made({ title: titleOf(document), cards });
  });

  /** The cards about a chapter from the notes that mention its terms (a picker without a node). */
  const chapterQuiz = async (node?: unknown): Promise<Quiz | undefined> => {
    const { glossary } = deps.snapshot();
    let chapterId = isChapterNode(node) ? node.id : typeof node === 'string' ? node : undefined;
    if (chapterId === undefined) {
      const picked = await vscode.window.showQuickPick(
        glossary.topChapters().flatMap((top) => [top, ...glossary.childrenOf(top.id)]).map((c) => ({ label: c.title, description: c.parent === undefined ? undefined : glossary.chapters.get(c.parent)?.title, id: c.id })),
        { placeHolder: vscode.l10n.t('Which chapter? Cards come from the notes that mention its terms.') },
      );
      chapterId = picked?.id;
    }
    const chapter = chapterId === undefined ? undefined : glossary.chapters.get(chapterId);
    if (chapter === undefined) {
      return undefined;
    }
    await deps.notes.ready();
    const inChapter = (id: string | undefined): boolean => id !== undefined && glossary.chapterPath(id).some((c) => c.id === chapter.id);
    const files = deps.notes.index.files().filter((file) => [...deps.notes.index.termsIn(file).keys()].some((id) => inChapter(glossary.terms.get(id)?.chapter)));
    const notes: QuizNote[] = [];
    for (const file of files) {
      const note = await readNote(file);
      if (note !== undefined) {
        notes.push(note);
      }
    }
    return { title: chapter.title, cards: deckOf(notes).filter((card) => inChapter(card.chapter)) };
  };
  const fromChapter = vscode.commands.registerCommand(Commands.quizFromChapter, async (node?: unknown) => {
    const quiz = await chapterQuiz(node);
    return quiz === undefined ? undefined : made(quiz);
  });
  const cramChapter = vscode.commands.registerCommand(Commands.cramChapter, async (node?: unknown) => {
    const quiz = await chapterQuiz(node);
    if (quiz === undefined) {
      return undefined;
    }
    last = quiz;
    return deps.practise(quiz, true);
  });

  const exportQuiz = vscode.commands.registerCommand(Commands.exportQuiz, async (format?: unknown, target?: unknown) => {
    if (last === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: make a quiz first (CRM Notes: Make a Quiz from This Note).'));
      return undefined;
    }
    const quiz = last;
    let chosen = typeof format === 'string' && format in EXPORT_FORMATS ? (format as ExportFormat) : undefined;
    if (chosen === undefined) {
      const picked = await vscode.window.showQuickPick(
        (Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((f) => ({ label: FORMAT_LABELS[f](), format: f })),
        { placeHolder: vscode.l10n.t('Export {0} cards as', quiz.cards.length) },
      );
      chosen = picked?.format;
    }
    if (chosen === undefined) {
      return undefined;
    }
    const extension = EXPORT_FORMATS[chosen];
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    let uri = target instanceof vscode.Uri ? target : typeof target === 'string' ? vscode.Uri.parse(target) : undefined;
    if (uri === undefined) {
      const name = `${safeFileName(quiz.title)}.${extension}`;
      uri = await vscode.window.showSaveDialog({
        defaultUri: folder === undefined ? undefined : vscode.Uri.joinPath(folder, name),
        filters: { [FORMAT_LABELS[chosen]()]: [extension] },
        saveLabel: vscode.l10n.t('Export'),
      });
    }
    if (uri === undefined) {
      return undefined;
    }
    // Excel opens a CSV as UTF-8 only with a BOM.
    const text = exportDeck(quiz.cards, chosen, quiz.title, { bom: true });
    try {
      await writeAtomically(uri, text);
    } catch (error) {
      void vscode.window.showErrorMessage(vscode.l10n.t('CRM Notes: could not write {0}: {1}', uri.fsPath, error instanceof Error ? error.message : String(error)));
      return undefined;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('CRM Notes: wrote {0} cards to {1}.', quiz.cards.length, vscode.workspace.asRelativePath(uri)));
    return uri.toString();
  });

  const cram = vscode.commands.registerCommand(Commands.cramQuiz, async () => {
    if (last === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: make a quiz first (CRM Notes: Make a Quiz from This Note).'));
      return undefined;
    }
    return deps.practise(last, true);
  });

  return vscode.Disposable.from(fromNote, fromOpenNotes, fromSelection, fromChapter, cramChapter, exportQuiz, cram);
}

/** A note's text as the editor has it (unsaved edits included) or, when it is not open, from disk. */
export async function readNote(file: string): Promise<QuizNote | undefined> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === file);
  if (open !== undefined) {
    return noteOf(open);
  }
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(file));
    return { file, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes) };
  } catch {
    return undefined;
  }
}

function noteOf(document: vscode.TextDocument): QuizNote {
  return { file: document.uri.toString(), text: document.getText() };
}

function titleOf(document: vscode.TextDocument): string {
  return noteTitle(document.getText(new vscode.Range(0, 0, Math.min(document.lineCount, 400), 0)), document.uri.path);
}

function isChapterNode(node: unknown): node is SyllabusNode & { kind: 'chapter' } {
  return typeof node === 'object' && node !== null && (node as { kind?: unknown }).kind === 'chapter' && typeof (node as { id?: unknown }).id === 'string';
}

/** Through a temporary file beside the target and a rename, so a failed write leaves no half file. */
async function writeAtomically(uri: vscode.Uri, text: string): Promise<void> {
  const name = uri.path.split('/').pop() ?? 'quiz';
  const temp = vscode.Uri.joinPath(uri, '..', `.${name}.${Date.now().toString(36)}.tmp`);
  await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
  try {
    await vscode.workspace.fs.rename(temp, uri, { overwrite: true });
  } catch (error) {
    await Promise.resolve(vscode.workspace.fs.delete(temp)).catch(() => undefined);
    throw error;
  }
}
