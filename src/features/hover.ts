import * as vscode from 'vscode';
import { type Region, blockRegions, inRegions } from '../core/text/markdown';
import { type TermLabels, renderTerm } from '../core/render';
import type { GlossarySnapshot } from '../core/service';
import { Commands } from './ids';

export interface HoverDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly enabled: () => boolean;
  readonly maxChars: () => number;
  readonly labels: () => TermLabels;
}

interface NoteInfo {
  readonly version: number;
  readonly maxChars: number;
  readonly blocks: readonly Region[];
  readonly refused: 'tooLarge' | 'binary' | undefined;
}

/**
 * Hover definitions in Markdown notes. Each hover looks only at the hovered line; the note-wide
 * facts (fenced code, front matter, size) are computed once per document version.
 */
export class TermHoverProvider implements vscode.HoverProvider {
  private readonly notes = new Map<string, NoteInfo>();
  private readonly warned = new Set<string>();

  constructor(private readonly deps: HoverDeps) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!this.deps.enabled()) {
      return undefined;
    }
    const info = this.noteInfo(document);
    if (info.refused !== undefined) {
      this.warnOnce(document, info.refused);
      return undefined;
    }
    if (inRegions(info.blocks, document.offsetAt(position))) {
      return undefined;
    }
    const { glossary, index } = this.deps.snapshot();
    const line = document.lineAt(position.line).text;
    const match = index.findTermAt(line, position.character);
    const term = match === undefined ? undefined : glossary.terms.get(match.id);
    if (match === undefined || term === undefined) {
      return undefined;
    }
    const options = { labels: this.deps.labels(), command: Commands.showTerm, full: false };
    const parts = [term, ...match.alternatives.map((id) => glossary.terms.get(id))].flatMap((t) =>
      t === undefined ? [] : [renderTerm(t, glossary, options)],
    );
    const markdown = new vscode.MarkdownString(parts.join('\n\n---\n\n'));
    markdown.isTrusted = { enabledCommands: [Commands.showTerm] };
    markdown.supportHtml = false;
    return new vscode.Hover(markdown, new vscode.Range(position.line, match.start, position.line, match.end));
  }

  forget(document: vscode.TextDocument): void {
    this.notes.delete(document.uri.toString());
  }

  private noteInfo(document: vscode.TextDocument): NoteInfo {
    const key = document.uri.toString();
    const cached = this.notes.get(key);
    const maxChars = this.deps.maxChars();
    if (cached !== undefined && cached.version === document.version && cached.maxChars === maxChars) {
      return cached;
    }
    const text = document.getText();
    let refused: NoteInfo['refused'];
    if (text.length > maxChars) {
      refused = 'tooLarge';
    } else if (text.slice(0, 8192).includes('\u0000')) {
      refused = 'binary';
    }
    const info: NoteInfo = { version: document.version, maxChars, blocks: refused === undefined ? blockRegions(text) : [], refused };
    this.notes.set(key, info);
    return info;
  }

  private warnOnce(document: vscode.TextDocument, reason: 'tooLarge' | 'binary'): void {
    const key = document.uri.toString();
    if (this.warned.has(key)) {
      return;
    }
    this.warned.add(key);
    const name = vscode.workspace.asRelativePath(document.uri);
    const text =
      reason === 'tooLarge'
        ? vscode.l10n.t('CRM Notes: "{0}" is larger than {1} MB, so term hovers are off for it (setting crmNotes.hover.maxFileSizeMB).', name, Math.round(this.deps.maxChars() / 1024 / 1024))
        : vscode.l10n.t('CRM Notes: "{0}" does not look like a text note, so term hovers are off for it.', name);
    void vscode.window.showWarningMessage(text);
  }
}

export function registerHover(context: vscode.ExtensionContext, deps: HoverDeps): TermHoverProvider {
  const provider = new TermHoverProvider(deps);
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: 'markdown' }, provider),
    vscode.workspace.onDidCloseTextDocument((doc) => provider.forget(doc)),
  );
  return provider;
}
