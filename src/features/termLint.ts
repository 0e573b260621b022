import * as vscode from 'vscode';
import type { Glossary } from '../core/glossary/glossary';
import { EMPTY_GLOSSARY, addAlias } from '../core/glossary/edit';
import { TermSpeller, ignoreComment } from '../core/lint';
import type { GlossarySnapshot } from '../core/service';
import { toRange } from './convert';
import type { DocumentCache } from './documents';
import { Commands, WORKSPACE_GLOSSARY } from './ids';

export interface TermLintDeps {
  readonly snapshot: () => GlossarySnapshot;
  /** The bundled glossary alone: its variant spellings are typos, the user's own are not. */
  readonly bundled: () => Glossary;
  readonly onDidChangeGlossary: vscode.Event<GlossarySnapshot>;
  readonly documents: DocumentCache;
  readonly enabled: () => boolean;
  readonly onDidChangeSettings: vscode.Event<unknown>;
}

const CODE = 'misspelt-term';
const TWO_WAYS = 'two-spellings';
/** Diagnostics follow typing after it pauses this long. */
const DEBOUNCE_MS = 400;

/**
 * Misspelt glossary terms in Markdown notes as information diagnostics (로얄티 → 로열티), with quick
 * fixes: use the glossary's spelling, ignore that spelling in this note, or add it to the
 * workspace glossary as a spelling of the term.
 */
export function registerTermLint(deps: TermLintDeps): vscode.Disposable {
  const collection = vscode.languages.createDiagnosticCollection('crm-notes-terms');
  let speller: { snapshot: GlossarySnapshot; speller: TermSpeller } | undefined;
  const spellerFor = (): TermSpeller => {
    const snapshot = deps.snapshot();
    if (speller?.snapshot !== snapshot) {
      speller = { snapshot, speller: new TermSpeller(snapshot.glossary, deps.bundled()) };
    }
    return speller.speller;
  };
  const lint = (document: vscode.TextDocument): void => {
    if (document.languageId !== 'markdown' || document.uri.scheme === 'crm-notes-term') {
      return;
    }
    if (!deps.enabled()) {
      collection.delete(document.uri);
      return;
    }
    const problems = spellerFor().check(deps.documents.get(document));
    collection.set(
      document.uri,
      problems.map((p) => {
        const said =
          p.code === 'two-spellings'
            ? vscode.l10n.t('This note spells one term two ways: "{0}" / "{1}"', p.text, p.suggestion)
            : vscode.l10n.t('Not the glossary spelling: "{0}" → "{1}"', p.text, p.suggestion);
        const d = new vscode.Diagnostic(toRange(p), said, vscode.DiagnosticSeverity.Information);
        d.source = 'CRM 노트';
        d.code = p.code === 'two-spellings' ? TWO_WAYS : CODE;
        return Object.assign(d, { suggestion: p.suggestion, termId: p.id });
      }),
    );
  };
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const lintSoon = (document: vscode.TextDocument): void => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.set(key, setTimeout(() => {
      timers.delete(key);
      lint(document);
    }, DEBOUNCE_MS));
  };
  const lintAll = (): void => vscode.workspace.textDocuments.forEach(lint);
  lintAll();

  const actions = vscode.languages.registerCodeActionsProvider(
    { language: 'markdown' },
    {
      provideCodeActions(document, _range, context) {
        return context.diagnostics
          .filter((d) => (d.code === CODE || d.code === TWO_WAYS) && typeof (d as { suggestion?: unknown }).suggestion === 'string')
          .flatMap((d) => {
            const suggestion = (d as vscode.Diagnostic & { suggestion: string }).suggestion;
            const wrong = document.getText(d.range);
            const replace = new vscode.CodeAction(vscode.l10n.t('Write "{0}"', suggestion), vscode.CodeActionKind.QuickFix);
            replace.diagnostics = [d];
            replace.isPreferred = true;
            replace.edit = new vscode.WorkspaceEdit();
            replace.edit.replace(document.uri, d.range, suggestion);
            const ignore = new vscode.CodeAction(vscode.l10n.t('Leave "{0}" as it is in this note', wrong), vscode.CodeActionKind.QuickFix);
            ignore.diagnostics = [d];
            ignore.edit = new vscode.WorkspaceEdit();
            const end = document.lineAt(document.lineCount - 1).range.end;
            ignore.edit.insert(document.uri, end, `${end.character === 0 ? '' : '\n'}${ignoreComment(wrong)}\n`);
            const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
            if (folder === undefined || d.code === TWO_WAYS) {
              return [replace, ignore];
            }
            const termId = (d as vscode.Diagnostic & { termId: string }).termId;
            const alias = new vscode.CodeAction(vscode.l10n.t('Add "{0}" to the workspace glossary as a spelling of "{1}"', wrong, suggestion), vscode.CodeActionKind.QuickFix);
            alias.diagnostics = [d];
            alias.command = { command: Commands.addAlias, title: alias.title, arguments: [folder.uri.toString(), termId, wrong] };
            return [replace, ignore, alias];
          });
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );

  const addAliasCommand = vscode.commands.registerCommand(Commands.addAlias, async (folderUri?: unknown, termId?: unknown, spelling?: unknown) => {
    if (typeof folderUri !== 'string' || typeof termId !== 'string' || typeof spelling !== 'string') {
      return false;
    }
    const uri = vscode.Uri.joinPath(vscode.Uri.parse(folderUri), WORKSPACE_GLOSSARY);
    let text = '';
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = EMPTY_GLOSSARY;
    }
    const edited = addAlias(text, termId, spelling);
    if (edited === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: {0} is not a glossary this command can edit.', WORKSPACE_GLOSSARY));
      return false;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(edited));
    await vscode.commands.executeCommand(Commands.reloadGlossary);
    return true;
  });
  return vscode.Disposable.from(
    collection,
    actions,
    addAliasCommand,
    vscode.workspace.onDidOpenTextDocument(lint),
    vscode.workspace.onDidChangeTextDocument((e) => lintSoon(e.document)),
    vscode.workspace.onDidCloseTextDocument((d) => collection.delete(d.uri)),
    deps.onDidChangeGlossary(lintAll),
    deps.onDidChangeSettings(lintAll),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
}
