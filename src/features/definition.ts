import * as vscode from 'vscode';
import type { GlossarySnapshot } from '../core/service';
import type { DocumentCache } from './documents';
import { termPageUri } from './termPage';

export interface DefinitionDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly documents: DocumentCache;
}

/**
 * Go to Definition (F12) and Peek on a term in a note: the entry in the user's or the workspace's
 * glossary file at its line, or the term page for a bundled term.
 */
class TermDefinition implements vscode.DefinitionProvider {
  constructor(private readonly deps: DefinitionDeps) {}

  provideDefinition(document: vscode.TextDocument, position: vscode.Position): vscode.Location | undefined {
    const found = this.deps.documents.get(document).termAt(document.offsetAt(position));
    const term = found === undefined ? undefined : this.deps.snapshot().glossary.terms.get(found.id);
    if (term === undefined) {
      return undefined;
    }
    if (term.source.layer === 'bundled') {
      return new vscode.Location(termPageUri(term.id, term.term), new vscode.Position(0, 0));
    }
    // User and workspace entries are keyed by their file's URI (see glossaryService.ts).
    return new vscode.Location(vscode.Uri.parse(term.source.file), new vscode.Position(term.source.line, 0));
  }
}

export function registerDefinition(deps: DefinitionDeps): vscode.Disposable {
  return vscode.languages.registerDefinitionProvider({ language: 'markdown' }, new TermDefinition(deps));
}
