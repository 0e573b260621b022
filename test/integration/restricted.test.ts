import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, bundledTerm, eventually, hoverAt, openNote, positionOf, setSetting, workspaceRoot, writeFile } from './helpers';

describe('제한 모드 (Restricted Mode: workspace trust on, folder not trusted)', () => {
  it('신뢰하지 않는 폴더에서도 확장이 켜지고 내장 용어 호버가 된다', async () => {
    assert.equal(vscode.workspace.isTrusted, false);
    await activate();
    const note = await openNote('notes/로열티.md');
    const hover = await hoverAt(note, positionOf(note, '로열티는 고객이'));
    assert.ok(hover?.text.includes(bundledTerm('loyalty').definition));
  });

  it('작업 영역 설정의 crmNotes.glossary.files는 무시되고, 사용자 설정은 쓰인다', async () => {
    const note = await openNote('notes/mobile.md');
    const file = vscode.Uri.joinPath(workspaceRoot(), 'glossaries', 'extra.glossary.json').fsPath;
    // The same file sets an unrestricted setting too: it proves the file was read.
    await writeFile(
      vscode.Uri.joinPath(workspaceRoot(), '.vscode', 'settings.json'),
      JSON.stringify({ 'crmNotes.glossary.files': [file], 'crmNotes.hover.maxFileSizeMB': 9 }),
    );
    await eventually(() => assert.equal(vscode.workspace.getConfiguration('crmNotes').inspect('hover.maxFileSizeMB')?.workspaceValue, 9));
    assert.deepEqual(vscode.workspace.getConfiguration('crmNotes').get('glossary.files'), []);
    await vscode.commands.executeCommand('crmNotes.reloadGlossary');
    assert.equal(await hoverAt(note, positionOf(note, '그로스해킹도')), undefined, 'workspace value ignored in Restricted Mode');

    await setSetting('glossary.files', [file]);
    await eventually(async () => {
      const hover = await hoverAt(note, positionOf(note, '그로스해킹도'));
      assert.ok(hover?.text.includes('데이터와 실험으로'), 'user value is used');
    });
    await setSetting('glossary.files', undefined);
  });

  it('마크다운에서는 한글을 비ASCII 문자로 상자 치지 않는다 (제한 모드에서도), 다른 언어의 기본값은 그대로', () => {
    const markdown = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    assert.equal(markdown.get('unicodeHighlight.nonBasicASCII'), false);
    assert.deepEqual(markdown.get('unicodeHighlight.allowedLocales'), { _os: true, _vscode: true, ko: true });
    assert.equal(vscode.workspace.getConfiguration('editor', { languageId: 'plaintext' }).get('unicodeHighlight.nonBasicASCII'), 'inUntrustedWorkspace');
  });
});
