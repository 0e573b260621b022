import * as vscode from 'vscode';
import type { Refusal } from '../core/notes/note';
import { type TermLabels, escapeMarkdown, renderTerm } from '../core/render';
import type { GlossarySnapshot } from '../core/service';
import { toRange } from './convert';
import type { DocumentCache } from './documents';
import { Commands, ContextKeys } from './ids';

export interface HoverDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly documents: DocumentCache;
  readonly enabled: () => boolean;
  readonly maxBytes: () => number;
  readonly labels: () => TermLabels;
  /** The words of the link that reveals the term in the syllabus view. */
  readonly revealLabel: () => string;
}

/**
 * Hover definitions in Markdown notes. The note comes from the shared document cache; the
 * hover itself looks only at the text around the position.
 */
export class TermHoverProvider implements vscode.HoverProvider {
  private readonly warned = new Set<string>();
  /** Whether `crmNotes.hovered` is set: once per window, on the first term shown. */
  private announced = false;

  constructor(private readonly deps: HoverDeps) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.deps.enabled()) {
      return undefined;
    }
    const note = this.deps.documents.get(document);
    if (note.refused !== undefined) {
      this.warnOnce(document, note.refused);
      return undefined;
    }
    const found = note.termAt(document.offsetAt(position));
    const { glossary } = this.deps.snapshot();
    const term = found === undefined ? undefined : glossary.terms.get(found.id);
    if (found === undefined || term === undefined) {
      return undefined;
    }
    const options = { labels: this.deps.labels(), command: Commands.showTerm, full: false };
    const parts = [term, ...found.alternatives.map((id) => glossary.terms.get(id))].flatMap((t) =>
      t === undefined ? [] : [renderTerm(t, glossary, options)],
    );
    const reveal = `[$(list-tree) ${escapeMarkdown(this.deps.revealLabel())}](command:${Commands.revealTerm}?${encodeURIComponent(JSON.stringify([term.id]))})`;
    const markdown = new vscode.MarkdownString(`${parts.join('\n\n---\n\n')}\n\n${reveal}`, true);
    markdown.isTrusted = { enabledCommands: [Commands.showTerm, Commands.revealTerm] };
    markdown.supportHtml = false;
    this.announce();
    return new vscode.Hover(markdown, toRange(found));
  }

  /** The walkthrough's "hover a term" step completes on this context key (`onContext:crmNotes.hovered`). */
  private announce(): void {
    if (!this.announced) {
      this.announced = true;
      void vscode.commands.executeCommand('setContext', ContextKeys.hovered, true);
    }
  }

  private warnOnce(document: vscode.TextDocument, reason: Refusal): void {
    const key = document.uri.toString();
    if (this.warned.has(key)) {
      return;
    }
    this.warned.add(key);
    const name = vscode.workspace.asRelativePath(document.uri);
    const text =
      reason === 'tooLarge'
        ? vscode.l10n.t('CRM Notes: "{0}" is larger than {1} MB, so term hovers are off for it (setting crmNotes.hover.maxFileSizeMB).', name, Math.round(this.deps.maxBytes() / 1024 / 1024))
        : vscode.l10n.t('CRM Notes: "{0}" does not look like a text note, so term hovers are off for it.', name);
    void vscode.window.showWarningMessage(text);
  }
}

export function registerHover(deps: HoverDeps): vscode.Disposable {
  return vscode.languages.registerHoverProvider({ language: 'markdown' }, new TermHoverProvider(deps));
}
