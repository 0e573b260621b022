import * as vscode from 'vscode';
import { Commands } from './ids';

/**
 * `crmNotes.openSampleNotes`: the Korean sample notes shipped in `media/samples`, opened as
 * untitled copies so a student can try hovers at once and keep what they write.
 * Arguments (both optional, as a command link passes them): the file name, then
 * `{ "beside": true }` to open it beside the active editor (the walkthrough keeps its place).
 */
export function registerSamples(context: vscode.ExtensionContext): void {
  const folder = vscode.Uri.joinPath(context.extensionUri, 'media', 'samples');
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.openSampleNotes, async (name?: unknown, options?: unknown) => {
      const entries = await vscode.workspace.fs.readDirectory(folder);
      const notes = entries.filter(([file, type]) => type === vscode.FileType.File && file.endsWith('.md')).map(([file]) => file).sort();
      const chosen =
        typeof name === 'string' && notes.includes(name)
          ? name
          : await vscode.window.showQuickPick(notes, { title: vscode.l10n.t('CRM Notes: open a sample note') });
      if (chosen === undefined) {
        return undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, chosen));
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: new TextDecoder().decode(bytes) });
      const beside = typeof options === 'object' && options !== null && (options as { beside?: unknown }).beside === true;
      await vscode.window.showTextDocument(document, beside ? { viewColumn: vscode.ViewColumn.Beside } : undefined);
      return chosen;
    }),
  );
}
