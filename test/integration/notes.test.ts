import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, eventually, workspaceRoot } from './helpers';

/** Waits until `read()` satisfies `ok` (the index follows file events asynchronously). */
async function until<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string): Promise<T> {
  return eventually(async () => {
    const value = await read();
    assert.ok(ok(value), `${what}: still ${JSON.stringify(value)}`);
    return value;
  });
}

describe('작업 영역 노트 색인 (the note index in the extension host)', () => {
  it('픽스처 노트의 로열티 출현을 파일, 줄, 열까지 안다 (코드와 front matter 밖만)', async () => {
    const api = await activate();
    const mentions = await api.mentions('loyalty');
    const inLoyaltyNote = mentions.filter((m) => decodeURIComponent(m.file).endsWith('/notes/로열티.md'));
    assert.deepEqual(
      inLoyaltyNote.map((m) => [m.line, m.start, m.end]),
      [
        [4, 11, 16],
        [6, 2, 5],
        [7, 13, 16],
        [19, 21, 24],
      ],
    );
  });

  it('새 노트를 만들면 색인에 들어가고, 이름을 바꾸면 따라가고, 지우면 빠진다', async () => {
    const api = await activate();
    const folder = workspaceRoot();
    const created = vscode.Uri.joinPath(folder, 'notes', '새-노트.md');
    const moved = vscode.Uri.joinPath(folder, 'notes', '옮긴-노트.md');
    const mine = async (): Promise<string[]> => (await api.mentions('churn')).map((m) => m.file).filter((f) => f === created.toString() || f === moved.toString());
    await vscode.workspace.fs.writeFile(created, new TextEncoder().encode('# 새 노트\n\n고객이탈을 막으려면 불만을 빨리 듣는다.\n'));
    await until(mine, (files) => files.length === 1 && files[0] === created.toString(), 'the created note');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(created, moved);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(mine, (files) => files.length === 1 && files[0] === moved.toString(), 'the renamed note');
    const removal = new vscode.WorkspaceEdit();
    removal.deleteFile(moved);
    assert.ok(await vscode.workspace.applyEdit(removal));
    await until(mine, (files) => files.length === 0, 'the deleted note');
  });

  it('저장하지 않은 편집도 색인에 들어간다', async () => {
    const api = await activate();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'notes', 'mobile.md');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(document.lineCount, 0), '\n고객이탈은 줄여야 한다\n'));
    await until(async () => (await api.mentions('churn')).filter((m) => m.file === uri.toString()).length, (n) => n === 1, 'the unsaved edit');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
