import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/notes/workspace';
import { toLocation, toRange } from './convert';
import type { DocumentCache } from './documents';

export interface ReferencesDeps {
  readonly documents: DocumentCache;
  readonly index: WorkspaceIndex;
}

/**
 * Find All References (Shift+F12) on a term: every mention across the workspace's notes, with
 * particles, spacing variants, aliases and English names, from the note index; and the term's
 * other mentions in the open note as document highlights.
 */
class TermReferences implements vscode.ReferenceProvider, vscode.DocumentHighlightProvider {
  constructor(private readonly deps: ReferencesDeps) {}

  provideReferences(document: vscode.TextDocument, position: vscode.Position): vscode.Location[] | undefined {
    const found = this.deps.documents.get(document).termAt(document.offsetAt(position));
    if (found === undefined) {
      return undefined;
    }
    const here = document.uri.toString();
    // The open note as it is now (unsaved edits included), the others from the index.
    const others = this.deps.index.mentions(found.id).filter((m) => m.file !== here).map(toLocation);
    const mine = this.deps.documents
      .get(document)
      .occurrences.filter((o) => o.id === found.id)
      .map((o) => new vscode.Location(document.uri, toRange(o)));
    return [...mine, ...others];
  }

  provideDocumentHighlights(document: vscode.TextDocument, position: vscode.Position): vscode.DocumentHighlight[] | undefined {
    const note = this.deps.documents.get(document);
    const found = note.termAt(document.offsetAt(position));
    if (found === undefined) {
      return undefined;
    }
    return note.occurrences.filter((o) => o.id === found.id).map((o) => new vscode.DocumentHighlight(toRange(o), vscode.DocumentHighlightKind.Read));
  }
}

export function registerReferences(deps: ReferencesDeps): vscode.Disposable {
  const provider = new TermReferences(deps);
  return vscode.Disposable.from(
    vscode.languages.registerReferenceProvider({ language: 'markdown' }, provider),
    vscode.languages.registerDocumentHighlightProvider({ language: 'markdown' }, provider),
  );
}
