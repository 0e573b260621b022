import type MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { loadBundledGlossary, parseBundledGlossary } from './bundledGlossary';
import { termPlugin } from './core/preview';
import type { TermLabels } from './core/render';
import { registerCompletion } from './features/completion';
import { SettingsStore } from './features/config';
import { registerDefinition } from './features/definition';
import { DocumentCache } from './features/documents';
import { registerGlossaryCommands } from './features/glossaryCommands';
import { GlossaryParser } from './features/glossaryParser';
import { GlossaryService } from './features/glossaryService';
import { registerHarvest } from './features/harvest';
import { registerHover } from './features/hover';
import { registerPractice, quizSession } from './features/practice';
import { registerQuiz } from './features/quiz';
import { registerReferences } from './features/references';
import { registerSamples } from './features/samples';
import { registerTermLint } from './features/termLint';
import { registerTermPage } from './features/termPage';
import { registerUnderline } from './features/underline';
import { type Trees, registerTrees } from './features/trees';
import { WorkspaceNotes } from './features/workspaceNotes';

type Md = InstanceType<typeof MarkdownIt>;

/** What the extension exposes to its integration tests (and nothing else). */
export interface CrmNotesApi {
  /** The Markdown preview's hook: marks glossary terms with their definitions. */
  extendMarkdownIt(md: Md): Md;
  /** Number of terms currently loaded, after any reload in progress. */
  termCount(): Promise<number>;
  /** Every mention of a term in the workspace's notes, once the note index is built. */
  mentions(termId: string): Promise<Array<{ file: string; line: number; start: number; end: number }>>;
  /** The two views' data providers, as VS Code asks them (getChildren, getTreeItem). */
  readonly trees: Trees;
}

export function activate(context: vscode.ExtensionContext): CrmNotesApi {
  // Core objects: settings, log, the glossary (bundled now, user and workspace files right after).
  const settings = new SettingsStore();
  const log = vscode.window.createOutputChannel('CRM 노트', { log: true });
  const parser = new GlossaryParser(context.extensionPath);
  const glossary = new GlossaryService({ merged: loadBundledGlossary, files: parseBundledGlossary }, settings, log, parser);
  context.subscriptions.push(settings, log, parser, glossary);
  const ready = glossary.reload();
  const labels = (): TermLabels => ({
    related: vscode.l10n.t('Related'),
    confusable: vscode.l10n.t('Often confused with'),
    aliases: vscode.l10n.t('Also written'),
    facts: vscode.l10n.t('Summary'),
    source: vscode.l10n.t('Source'),
    mentions: vscode.l10n.t('In your notes'),
  });
  const snapshot = () => glossary.current;
  const maxBytes = (): number => settings.current.hoverMaxFileSizeMB * 1024 * 1024;

  // One Note per open document version, shared by every provider.
  const documents = new DocumentCache({ index: () => glossary.current.index, maxBytes });
  // The workspace's notes, indexed in the background once the glossary is loaded.
  const notes = new WorkspaceNotes({ snapshot, onDidChangeGlossary: glossary.onDidChange, maxBytes, log });
  context.subscriptions.push(documents, notes);
  const indexed = ready.then(() => notes.ready());

  context.subscriptions.push(
    // Hover definitions in Markdown notes.
    registerHover({ snapshot, documents, enabled: () => settings.current.hoverEnabled, maxBytes, labels, revealLabel: () => vscode.l10n.t('Show in the syllabus') }),
  );
  // The practice panel (FSRS spaced repetition), its status-bar item, statistics and commands.
  const practice = registerPractice(context, { snapshot, notes, settings: () => settings.current, onDidChangeSettings: settings.onDidChange, maxBytes, log });
  // The activity-bar container: the syllabus with coverage and progress, and the notes with their headings.
  const trees = registerTrees(context, { snapshot, onDidChangeGlossary: glossary.onDidChange, notes, documents, progress: { current: () => practice.progress(), onDidChange: practice.onDidChangeProgress } });
  context.subscriptions.push(
    // Term completion by prefix and 초성, F12 to the entry, Shift+F12 to every mention.
    registerCompletion({ snapshot, documents, whileTyping: () => settings.current.completionWhileTyping }),
    registerDefinition({ snapshot, documents }),
    registerReferences({ documents, index: notes.index }),
    // Misspelt terms as information diagnostics with quick fixes.
    // `한글(English)` pairs the glossary lacks: add them to the workspace glossary.
    registerHarvest({ snapshot, documents }),
    // Terms underlined in the editor (a setting, off by default).
    registerUnderline({ documents, snapshot, enabled: () => settings.current.underlineEnabled, onDidChangeSettings: settings.onDidChange, onDidChangeGlossary: glossary.onDidChange }),
    registerTermLint({ snapshot, bundled: () => glossary.bundledGlossary, onDidChangeGlossary: glossary.onDidChange, documents, enabled: () => settings.current.diagnosticsEnabled, onDidChangeSettings: settings.onDidChange }),
  );
  // Quiz cards from the active note, the open notes, a selection or a chapter; export; practise.
  context.subscriptions.push(
    registerQuiz({ snapshot, documents, notes, maxBytes, practise: (quiz, cram) => practice.show(quizSession(quiz.title, quiz.cards, cram)) }),
  );
  // Term pages and the term look-up (crmNotes.showTerm).
  registerTermPage(context, { snapshot, onDidChange: glossary.onDidChange, labels, mentions: (id) => notes.index.mentions(id) });
  // Reload and create glossaries.
  registerGlossaryCommands(context, glossary);
  // Sample notes shipped with the extension.
  registerSamples(context);

  return {
    // VS Code's Markdown preview calls this (`markdown.markdownItPlugins`): terms get underlined.
    extendMarkdownIt: (md: Md) => md.use(termPlugin, snapshot),
    termCount: async () => (await ready, glossary.current.glossary.terms.size),
    mentions: async (termId) => (await indexed, notes.index.mentions(termId)),
    trees,
  };
}

export function deactivate(): void {
  // Everything is owned by context.subscriptions.
}
