import * as vscode from 'vscode';
import type { TermIndex } from '../core/matcher';
import { Note } from '../core/notes/note';

export interface DocumentCacheDeps {
  readonly index: () => TermIndex;
  readonly maxBytes: () => number;
}

interface Cached {
  readonly version: number;
  readonly index: TermIndex;
  readonly maxBytes: number;
  readonly note: Note;
}

/**
 * One `Note` per open markdown document version, shared by the hover and every provider to come
 * (like markdown-language-features' workspace cache): the regions, occurrences and headings of a
 * version are computed once, on first use, whoever asks first. A new glossary or size limit
 * makes a new `Note`.
 */
export class DocumentCache implements vscode.Disposable {
  private readonly notes = new Map<string, Cached>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly deps: DocumentCacheDeps) {
    this.subscription = vscode.workspace.onDidCloseTextDocument((document) => this.notes.delete(document.uri.toString()));
  }

  get(document: vscode.TextDocument): Note {
    const key = document.uri.toString();
    const index = this.deps.index();
    const maxBytes = this.deps.maxBytes();
    const cached = this.notes.get(key);
    if (cached !== undefined && cached.version === document.version && cached.index === index && cached.maxBytes === maxBytes) {
      return cached.note;
    }
    const note = new Note(document.getText(), index, { maxBytes });
    this.notes.set(key, { version: document.version, index, maxBytes, note });
    return note;
  }

  dispose(): void {
    this.subscription.dispose();
    this.notes.clear();
  }
}
