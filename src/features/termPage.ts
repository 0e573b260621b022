import * as vscode from 'vscode';
import { type TermLabels, renderTerm } from '../core/render';
import type { Mention } from '../core/notes/workspace';
import type { GlossarySnapshot } from '../core/service';
import { Commands, TERM_SCHEME } from './ids';

export interface TermPageDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly onDidChange: vscode.Event<GlossarySnapshot>;
  readonly labels: () => TermLabels;
  /** Where the workspace's notes mention a term (the note index). */
  readonly mentions: (id: string) => readonly Mention[];
}

/** The term page lists at most this many mentions. */
const MAX_PAGE_MENTIONS = 50;

/** The file name of a term's page: its headword, made safe for a path. */
function pageName(headword: string): string {
  return `${headword.replace(/[\\/]/g, '_')}.md`;
}

/** `crm-notes-term:/<id>/<headword>.md`: a read-only Markdown page for one term. */
export function termPageUri(id: string, headword: string): vscode.Uri {
  return vscode.Uri.from({ scheme: TERM_SCHEME, path: `/${id}/${pageName(headword)}` });
}

function idOf(uri: vscode.Uri): string {
  return uri.path.split('/')[1] ?? '';
}

class TermPages implements vscode.TextDocumentContentProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.emitter.event;
  private readonly open = new Set<string>();

  constructor(private readonly deps: TermPageDeps) {}

  provideTextDocumentContent(uri: vscode.Uri): string {
    this.open.add(uri.toString());
    const { glossary } = this.deps.snapshot();
    const term = glossary.terms.get(idOf(uri));
    if (term === undefined) {
      return vscode.l10n.t('This term is no longer in the glossary.');
    }
    const mentions = this.deps.mentions(term.id).slice(0, MAX_PAGE_MENTIONS).map((m) => {
      const note = vscode.Uri.parse(m.file);
      return { label: `${vscode.workspace.asRelativePath(note)}:${m.line + 1}`, href: note.with({ fragment: `L${m.line + 1}` }).toString() };
    });
    return `${renderTerm(term, glossary, {
      labels: this.deps.labels(),
      command: Commands.showTerm,
      full: true,
      // Relative to this page (`/<id>/<headword>.md`): the preview follows it to the other page.
      pageLink: (id, headword) => `../${encodeURIComponent(id)}/${encodeURIComponent(pageName(headword))}`,
      mentions,
    })}\n`;
  }

  refresh(): void {
    for (const uri of this.open) {
      this.emitter.fire(vscode.Uri.parse(uri));
    }
  }

  dispose(): void {
    this.emitter.dispose();
  }
}

/**
 * `crmNotes.showTerm [id]`: with an id (hover links pass one) opens that term's page; without one
 * asks for a term in a quick pick that searches headwords, English names and definitions.
 */
export function registerTermPage(context: vscode.ExtensionContext, deps: TermPageDeps): void {
  const pages = new TermPages(deps);
  context.subscriptions.push(
    pages,
    vscode.workspace.registerTextDocumentContentProvider(TERM_SCHEME, pages),
    deps.onDidChange(() => pages.refresh()),
    vscode.commands.registerCommand(Commands.showTerm, async (id?: unknown) => {
      const { glossary } = deps.snapshot();
      let term = typeof id === 'string' ? glossary.terms.get(id) : undefined;
      if (term === undefined) {
        const items = [...glossary.terms.values()].map((t) => ({
          label: t.term,
          description: [t.english, ...t.aliases].filter((x) => x !== undefined).join(' · '),
          detail: t.definition,
          id: t.id,
        }));
        const picked = await vscode.window.showQuickPick(items, {
          title: vscode.l10n.t('CRM Notes: look up a term'),
          placeHolder: vscode.l10n.t('Type a term, an English name or words of its definition'),
          matchOnDescription: true,
          matchOnDetail: true,
        });
        term = picked === undefined ? undefined : glossary.terms.get(picked.id);
      }
      if (term === undefined) {
        return undefined;
      }
      // Rendered, as a dictionary entry: VS Code's Markdown preview of the term page document.
      const uri = termPageUri(term.id, term.term);
      await vscode.workspace.openTextDocument(uri);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
      return term.id;
    }),
  );
}
