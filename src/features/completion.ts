import * as vscode from 'vscode';
import { TermSearch } from '../core/match/search';
import type { GlossarySnapshot } from '../core/service';
import type { DocumentCache } from './documents';

export interface CompletionDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly documents: DocumentCache;
  /** `crmNotes.completion.whileTyping`: suggest terms as you type, not only on Ctrl+Space. */
  readonly whileTyping: () => boolean;
}

const searches = new WeakMap<GlossarySnapshot, TermSearch>();

/** The look-up for a glossary snapshot, built once per snapshot. */
function searchFor(snapshot: GlossarySnapshot): TermSearch {
  let search = searches.get(snapshot);
  if (search === undefined) {
    search = TermSearch.fromIndex(snapshot.index);
    searches.set(snapshot, search);
  }
  return search;
}

/** The word being typed before the cursor: Hangul syllables, jamo (초성) and Latin letters. */
const WORD_BEFORE = /[\uac00-\ud7a3\u3131-\u318eA-Za-z0-9-]+$/;

/**
 * Completion of glossary terms in Markdown notes, by prefix (`고객만` → 고객만족, 고객만족도…) and by
 * initial consonants (`ㄱㄱㅁㅈ` → 고객만족), English names too; never inside code, links or front
 * matter. Each item shows the chapter and the one-line definition.
 */
class TermCompletion implements vscode.CompletionItemProvider {
  constructor(private readonly deps: CompletionDeps) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] | undefined {
    const line = document.lineAt(position.line).text.slice(0, position.character);
    const typed = WORD_BEFORE.exec(line)?.[0];
    if (typed === undefined) {
      return undefined;
    }
    const note = this.deps.documents.get(document);
    if (!note.isNoteText(document.offsetAt(position) - 1)) {
      return undefined;
    }
    const snapshot = this.deps.snapshot();
    const { glossary } = snapshot;
    const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
    return searchFor(snapshot)
      .search(typed, 50)
      .flatMap((hit, rank) => {
        const term = glossary.terms.get(hit.id);
        if (term === undefined) {
          return [];
        }
        const section = glossary.chapterPath(term.chapter).slice(-1)[0];
        const item = new vscode.CompletionItem({ label: hit.spelling, detail: hit.spelling === term.term ? undefined : ` → ${term.term}`, description: section?.title }, vscode.CompletionItemKind.Text);
        item.range = range;
        item.insertText = hit.spelling;
        // The typed text itself, so VS Code's own filter keeps a 초성 match it cannot see.
        item.filterText = typed;
        item.sortText = String(rank).padStart(4, '0');
        item.detail = term.definition;
        const doc = new vscode.MarkdownString();
        doc.appendText(`${term.term}${term.english === undefined ? '' : ` · ${term.english}`}\n\n${term.definition}`);
        item.documentation = doc;
        return [item];
      });
  }
}

export function registerCompletion(deps: CompletionDeps): vscode.Disposable {
  const provider = vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new TermCompletion(deps));
  // Markdown has quick suggestions off; with the setting on, a word of two or more letters that
  // starts a glossary spelling opens the suggestions (our terms only, other providers untouched).
  const typing = vscode.workspace.onDidChangeTextDocument((event) => {
    const editor = vscode.window.activeTextEditor;
    if (!deps.whileTyping() || editor?.document !== event.document || event.document.languageId !== 'markdown') {
      return;
    }
    const change = event.contentChanges[event.contentChanges.length - 1];
    if (change === undefined || change.text.length !== 1 || /\s/.test(change.text)) {
      return;
    }
    const position = editor.selection.active;
    const typed = WORD_BEFORE.exec(event.document.lineAt(position.line).text.slice(0, position.character))?.[0];
    if (typed !== undefined && typed.length >= 2 && searchFor(deps.snapshot()).search(typed, 1).length > 0) {
      void vscode.commands.executeCommand('editor.action.triggerSuggest');
    }
  });
  return vscode.Disposable.from(provider, typing);
}
