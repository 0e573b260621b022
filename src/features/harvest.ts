import * as vscode from 'vscode';
import { EMPTY_GLOSSARY, addAlias, addTerm } from '../core/glossary/edit';
import { type Harvest, findHarvests } from '../core/harvest';
import type { GlossarySnapshot } from '../core/service';
import type { DocumentCache } from './documents';
import { Commands, WORKSPACE_GLOSSARY } from './ids';

export interface HarvestDeps {
  readonly snapshot: () => GlossarySnapshot;
  readonly documents: DocumentCache;
}

/**
 * A code action on `한글(English)` and `English(한글)` pairs the glossary lacks: add them to the
 * workspace glossary, as a new term (prefilled from the sentence) or as a spelling of the term
 * the other half names.
 */
export function registerHarvest(deps: HarvestDeps): vscode.Disposable {
  const actions = vscode.languages.registerCodeActionsProvider(
    { language: 'markdown' },
    {
      provideCodeActions(document, range) {
        const folder = vscode.workspace.getWorkspaceFolder(document.uri) ?? vscode.workspace.workspaceFolders?.[0];
        if (folder === undefined) {
          return undefined;
        }
        const { glossary, index } = deps.snapshot();
        return findHarvests(deps.documents.get(document), glossary, index)
          .filter((h) => new vscode.Range(h.line, h.start, h.line, h.end).intersection(range) !== undefined)
          .map((h) => {
            const title =
              h.proposal.kind === 'term'
                ? vscode.l10n.t('Add "{0} ({1})" to the workspace glossary as a new term', h.korean, h.english)
                : vscode.l10n.t('Add "{0}" to the workspace glossary as a spelling of "{1}"', h.proposal.alias, glossary.terms.get(h.proposal.id)?.term ?? h.proposal.id);
            const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
            action.command = { command: Commands.harvest, title, arguments: [folder.uri.toString(), h] };
            return action;
          });
      },
    },
    { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] },
  );
  const command = vscode.commands.registerCommand(Commands.harvest, async (folderUri?: unknown, harvest?: unknown) => {
    if (typeof folderUri !== 'string' || !isHarvest(harvest)) {
      return false;
    }
    const uri = vscode.Uri.joinPath(vscode.Uri.parse(folderUri), WORKSPACE_GLOSSARY);
    let text = EMPTY_GLOSSARY;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      // no workspace glossary yet: start one
    }
    const { proposal } = harvest;
    const edited = proposal.kind === 'term' ? addTerm(text, proposal.entry) : addAlias(text, proposal.id, proposal.alias);
    if (edited === undefined) {
      void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: {0} is not a glossary this command can edit.', WORKSPACE_GLOSSARY));
      return false;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(edited));
    await vscode.commands.executeCommand(Commands.reloadGlossary);
    if (proposal.kind === 'term') {
      // A new term's definition is only the sentence it came from: open the file to finish it.
      await vscode.window.showTextDocument(uri, { preview: true });
    }
    return true;
  });
  return vscode.Disposable.from(actions, command);
}

function isHarvest(value: unknown): value is Harvest {
  const proposal = (value as { proposal?: { kind?: unknown } } | undefined)?.proposal;
  return typeof value === 'object' && value !== null && (proposal?.kind === 'term' || proposal?.kind === 'alias');
}
