import * as vscode from 'vscode';
import type { GlossaryService } from './glossaryService';
import { Commands, WORKSPACE_GLOSSARY } from './ids';

const TEMPLATE = `{
  "formatVersion": 1,
  "chapters": [],
  "terms": [
    {
      "id": "my-first-term",
      "term": "나의 용어",
      "aliases": ["내 용어"],
      "english": "My Term",
      "definition": "한 줄 정의를 여기에 씁니다.",
      "explanation": "두세 문장으로 설명합니다.",
      "chapter": "ch01.s1",
      "related": ["crm"]
    }
  ]
}
`;

/** `crmNotes.reloadGlossary` and `crmNotes.createWorkspaceGlossary`. */
export function registerGlossaryCommands(context: vscode.ExtensionContext, service: GlossaryService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.reloadGlossary, async () => {
      const { glossary } = await service.reload();
      const problems = glossary.diagnostics.length;
      void vscode.window.showInformationMessage(
        problems === 0
          ? vscode.l10n.t('CRM Notes: glossary reloaded, {0} terms.', glossary.terms.size)
          : vscode.l10n.t('CRM Notes: glossary reloaded, {0} terms, {1} problem(s) in the Problems panel.', glossary.terms.size, problems),
      );
      return glossary.terms.size;
    }),
    vscode.commands.registerCommand(Commands.createWorkspaceGlossary, async () => {
      const folder = vscode.workspace.workspaceFolders?.[0];
      if (folder === undefined) {
        void vscode.window.showWarningMessage(vscode.l10n.t('CRM Notes: open a folder first; the workspace glossary lives in it.'));
        return undefined;
      }
      const uri = vscode.Uri.joinPath(folder.uri, WORKSPACE_GLOSSARY);
      let exists = true;
      try {
        await vscode.workspace.fs.stat(uri);
      } catch {
        exists = false;
      }
      if (!exists) {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEMPLATE));
        await service.reload();
      }
      await vscode.window.showTextDocument(uri);
      return uri.toString();
    }),
  );
}
