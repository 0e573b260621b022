import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activate, bundledTerm, eventually, hoverAt, openNote, positionOf, workspaceRoot } from './helpers';

async function closeQuickPickSoon(): Promise<void> {
  await new Promise((r) => setTimeout(r, 400));
  await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
}

describe('명령 (every contributed command runs)', () => {
  before(async () => {
    await activate();
  });

  it('crmNotes.showTerm loyalty: 용어 페이지를 열고 정의를 보인다', async () => {
    const id = await vscode.commands.executeCommand<string>('crmNotes.showTerm', 'loyalty');
    assert.equal(id, 'loyalty');
    const page = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'crm-notes-term' && d.uri.path.startsWith('/loyalty/'));
    assert.ok(page, 'term page is open');
    const text = page.getText().replace(/\\(.)/g, '$1');
    assert.ok(text.includes(bundledTerm('loyalty').definition));
    assert.ok(text.includes('고객로열티 전략'), 'chapter path');
  });

  it('crmNotes.showTerm (인자 없음): 빠른 선택이 열리고 닫으면 아무것도 하지 않는다', async () => {
    const run = vscode.commands.executeCommand('crmNotes.showTerm');
    await closeQuickPickSoon();
    assert.equal(await run, undefined);
  });

  it('crmNotes.showTerm은 잘못된 인자를 무시한다 (빠른 선택으로)', async () => {
    const run = vscode.commands.executeCommand('crmNotes.showTerm', { __proto__: { polluted: true } });
    await closeQuickPickSoon();
    assert.equal(await run, undefined);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('crmNotes.openSampleNotes: 샘플 노트를 제목 없는 복사본으로 연다', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    const chosen = await vscode.commands.executeCommand<string>('crmNotes.openSampleNotes', '01-고객로열티-전략.md');
    assert.equal(chosen, '01-고객로열티-전략.md');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.isUntitled, true);
    assert.equal(editor.document.languageId, 'markdown');
    assert.ok(editor.document.getText().startsWith('# [고객관계관리] 고객로열티 전략'));
    const hover = await hoverAt(editor.document, positionOf(editor.document, '로열티는 고객이'));
    assert.ok(hover?.text.includes(bundledTerm('loyalty').definition), 'hover works in the sample');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('crmNotes.openSampleNotes (이름, { beside: true }): 시작하기 안내의 단추처럼 옆 편집기 그룹에 연다', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('crmNotes.openSampleNotes', '01-고객로열티-전략.md');
    assert.equal(vscode.window.activeTextEditor?.viewColumn, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('crmNotes.openSampleNotes', '02-고객관계-단계별-전략.md', { beside: true });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.viewColumn, vscode.ViewColumn.Two);
    assert.ok(editor.document.getText().startsWith('# '), 'the second sample');
    assert.equal(vscode.window.visibleTextEditors.length, 2, 'the first note stays in view');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.joinAllGroups');
  });

  it('crmNotes.openSampleNotes (인자 없음): 목록을 보이고 닫으면 아무것도 열지 않는다', async () => {
    const run = vscode.commands.executeCommand('crmNotes.openSampleNotes');
    await closeQuickPickSoon();
    assert.equal(await run, undefined);
  });

  it('crmNotes.reloadGlossary: 용어 수를 돌려준다', async () => {
    const count = await vscode.commands.executeCommand<number>('crmNotes.reloadGlossary');
    assert.ok(count >= 300, `reloaded ${count} terms`);
  });

  it('crmNotes.createWorkspaceGlossary: .crm-notes/glossary.json을 만들고 그 용어가 곧 호버된다', async () => {
    const uri = await vscode.commands.executeCommand<string>('crmNotes.createWorkspaceGlossary');
    const expected = vscode.Uri.joinPath(workspaceRoot(), '.crm-notes', 'glossary.json');
    assert.equal(uri, expected.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(expected));
    assert.ok(text.includes('"formatVersion": 1'));
    const note = await openNote('notes/mobile.md');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(note.uri, new vscode.Position(note.lineCount, 0), '\n나의 용어를 정리한다.\n');
    await vscode.workspace.applyEdit(edit);
    await eventually(async () => {
      const hover = await hoverAt(note, positionOf(note, '나의 용어를'));
      assert.ok(hover?.text.includes('한 줄 정의를 여기에 씁니다.'), hover?.text);
    });
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(workspaceRoot(), '.crm-notes'), { recursive: true });
    await vscode.commands.executeCommand('crmNotes.reloadGlossary');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
