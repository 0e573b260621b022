import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'crm-notes.crm-notes';

export interface CrmNotesApi {
  termCount(): Promise<number>;
  mentions(termId: string): Promise<Array<{ file: string; line: number; start: number; end: number }>>;
}

/** The workspace folder the suite runs in (a fresh copy of test/fixtures/workspace). */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return folder.uri;
}

export async function activate(): Promise<CrmNotesApi> {
  const extension = vscode.extensions.getExtension<CrmNotesApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed in the extension host`);
  return extension.activate();
}

export async function openNote(relative: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(workspaceRoot(), relative));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Position of the `nth` occurrence of `text` in the document, plus `offset` characters. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0, nth = 0): vscode.Position {
  const content = document.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = content.indexOf(text, at + 1);
    assert.ok(at >= 0, `"${text}" occurs ${nth + 1} time(s) in ${document.uri.path}`);
  }
  return document.positionAt(at + offset);
}

export interface HoverResult {
  readonly text: string;
  readonly range: vscode.Range | undefined;
  readonly markdown: readonly vscode.MarkdownString[];
}

/** Our hover at a position, as VS Code collects it from every provider. */
export async function hoverAt(document: vscode.TextDocument, position: vscode.Position): Promise<HoverResult | undefined> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  // Ours is the one whose Markdown starts with a bold headword.
  const ours = hovers.filter((h) => h.contents.some((c) => typeof c !== 'string' && c.value.startsWith('**')));
  const first = ours[0];
  if (first === undefined) {
    return undefined;
  }
  const markdown = first.contents.filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'isTrusted' in c);
  const text = first.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n').replace(/\\(.)/g, '$1');
  return { text, range: first.range, markdown };
}

/** Polls until `check` returns without throwing (file watchers and reloads are asynchronous). */
export async function eventually<T>(check: () => T | Promise<T>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      last = error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  throw last;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('crmNotes').update(key, value, vscode.ConfigurationTarget.Global);
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

interface GlossaryTermData {
  readonly id: string;
  readonly term: string;
  readonly definition: string;
}

/** A bundled term as written in the glossary files (read as data, not through the extension). */
export function bundledTerm(id: string): GlossaryTermData {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  const dir = path.join(extension.extensionPath, 'src', 'glossary');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.glossary.json'))) {
    const data = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { terms?: GlossaryTermData[] };
    const term = data.terms?.find((t) => t.id === id);
    if (term !== undefined) {
      return term;
    }
  }
  throw new Error(`no bundled term ${id}`);
}
