import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate, openNote } from './helpers';

describe('활성화 (activation)', () => {
  it('마크다운 노트를 열면 확장이 켜지고 내장 용어집 300개 이상을 싣는다', async () => {
    await openNote('notes/mobile.md');
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(extension.isActive, true, 'activated by onLanguage:markdown');
    const api = await activate();
    assert.ok((await api.termCount()) >= 300);
  });

  it('모든 명령이 등록되어 있다 (package.json과 일치)', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const contributed = (extension?.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const id of contributed) {
      assert.ok(registered.has(id), `${id} is registered`);
    }
  });
});
