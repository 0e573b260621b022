import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, bundledTerm, eventually, hoverAt, openNote, positionOf, setSetting, workspaceRoot, writeFile } from './helpers';

const GOOD_WORKSPACE_GLOSSARY = `{
  "formatVersion": 1,
  "terms": [
    { "id": "study-group", "term": "스터디모임", "definition": "함께 공부하는 작은 모임.", "chapter": "ch01.s1" }
  ]
}
`;

const BROKEN_WORKSPACE_GLOSSARY = `{
  "formatVersion": 1,
  "terms": [
    { "id": "study-group", "term": "스터디모임", "definition": "함께 공부하는 작은 모임." }
    { "id": "oops" }
  ]
}
`;

function problemsOf(uri: vscode.Uri): readonly vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri);
}

describe('사용자 용어집 (user and workspace glossaries)', () => {
  let note: vscode.TextDocument;
  const root = (): vscode.Uri => workspaceRoot();

  before(async () => {
    await activate();
    note = await openNote('notes/mobile.md');
  });

  after(async () => {
    await setSetting('glossary.files', undefined);
    await vscode.workspace.fs.delete(vscode.Uri.joinPath(root(), '.crm-notes'), { recursive: true }).then(undefined, () => undefined);
  });

  it('설정 crmNotes.glossary.files의 용어집이 새 용어를 더하고 내장 용어에 별칭을 보탠다', async () => {
    assert.equal(await hoverAt(note, positionOf(note, '그로스해킹도')), undefined, 'not a bundled term');
    const file = vscode.Uri.joinPath(root(), 'glossaries', 'extra.glossary.json').fsPath;
    await setSetting('glossary.files', [file]);
    await eventually(async () => {
      const hover = await hoverAt(note, positionOf(note, '그로스해킹도'));
      assert.ok(hover?.text.includes('데이터와 실험으로 빠르게 고객을 늘리는 마케팅 방법.'), hover?.text);
    });
    const lookup = await vscode.commands.executeCommand<number>('crmNotes.reloadGlossary');
    assert.ok(lookup >= 301);
  });

  it('깨진 용어집은 Problems에 줄 번호와 함께 나오고, 내장 용어는 계속 된다', async () => {
    const broken = vscode.Uri.joinPath(root(), 'glossaries', 'broken.glossary.json');
    await setSetting('glossary.files', [broken.fsPath]);
    const problems = await eventually(() => {
      const list = problemsOf(broken);
      assert.ok(list.length > 0, 'problems reported');
      return list;
    });
    const first = problems[0] as vscode.Diagnostic;
    assert.equal(first.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(first.range.start.line, 8, 'the entry after the missing comma (line 9)');
    assert.match(first.message, /JSON/);
    assert.ok((await hoverAt(note, positionOf(note, '편재성(Ubiquity)', 1)))?.text.includes(bundledTerm('ubiquity').definition));
    assert.equal(await hoverAt(note, positionOf(note, '그로스해킹도')), undefined, 'the extra glossary is no longer listed');
  });

  it('작업 영역 .crm-notes/glossary.json: 저장하면 다시 읽고, 깨지면 마지막 정상본을 지킨다', async () => {
    await setSetting('glossary.files', undefined);
    const uri = vscode.Uri.joinPath(root(), '.crm-notes', 'glossary.json');
    await writeFile(uri, GOOD_WORKSPACE_GLOSSARY);
    // Set-up written behind the editor's back: the file watcher may report it late (or, in the
    // VS Code server, fold it into an earlier event), so reload once; saving is what is tested.
    await vscode.commands.executeCommand('crmNotes.reloadGlossary');
    const edit = new vscode.WorkspaceEdit();
    edit.insert(note.uri, new vscode.Position(note.lineCount, 0), '\n스터디모임에서 복습.\n');
    await vscode.workspace.applyEdit(edit);
    await eventually(async () => {
      const hover = await hoverAt(note, positionOf(note, '스터디모임에서'));
      assert.ok(hover?.text.includes('함께 공부하는 작은 모임.'), hover?.text);
    });

    // Break it through the editor and save, as a user would.
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), BROKEN_WORKSPACE_GLOSSARY));
    await doc.save();
    const problems = await eventually(() => {
      const list = problemsOf(uri);
      assert.ok(list.length > 0);
      return list;
    });
    assert.equal(problems[0]?.range.start.line, 4);
    const kept = await hoverAt(note, positionOf(note, '스터디모임에서'));
    assert.ok(kept?.text.includes('함께 공부하는 작은 모임.'), 'last good copy still in use');

    // Fix it: the problems go away.
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, doc.lineCount, 0), GOOD_WORKSPACE_GLOSSARY));
    await doc.save();
    await eventually(() => assert.equal(problemsOf(uri).length, 0));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('잘못된 항목은 그 항목만 빠지고 이유가 나온다', async () => {
    const uri = vscode.Uri.joinPath(root(), '.crm-notes', 'glossary.json');
    await writeFile(
      uri,
      `{
  "formatVersion": 1,
  "terms": [
    { "id": "study-group", "term": "스터디모임", "definition": "함께 공부하는 작은 모임.", "chapter": "ch01.s1" },
    { "id": "Bad Id", "term": "나쁜아이디", "definition": "x" },
    { "id": "__proto__", "term": "프로토", "definition": "프로토타입이 아닌 평범한 데이터." }
  ]
}
`,
    );
    await vscode.commands.executeCommand('crmNotes.reloadGlossary');
    const problems = await eventually(() => {
      const list = problemsOf(uri);
      assert.ok(list.length > 0);
      return list;
    });
    assert.ok(problems.some((p) => p.range.start.line === 4), 'the bad id is reported on its line');
    assert.ok((await hoverAt(note, positionOf(note, '스터디모임에서')))?.text.includes('함께 공부하는 작은 모임.'));
    assert.equal(({} as Record<string, unknown>).definition, undefined, 'Object.prototype untouched');
  });

  it('.crm-notes/glossary.json이 FIFO여도 다시 읽기가 끝나고, 이유가 Problems에 나오며, 다른 용어집은 계속 쓰인다', async function () {
    const { spawnSync } = await import('node:child_process');
    const { rmSync } = await import('node:fs');
    const uri = vscode.Uri.joinPath(root(), '.crm-notes', 'glossary.json');
    rmSync(uri.fsPath, { force: true });
    if (spawnSync('mkfifo', [uri.fsPath]).status !== 0) {
      this.skip();
    }
    try {
      const started = Date.now();
      const count = await vscode.commands.executeCommand<number>('crmNotes.reloadGlossary');
      assert.ok(Date.now() - started < 8000, 'the reload waited on the FIFO');
      assert.ok(typeof count === 'number' && count > 500, `terms: ${String(count)}`);
      const problems = await eventually(() => {
        const list = problemsOf(uri);
        assert.ok(list.some((p) => /FIFO|일반 파일이 아닙니다|Not a regular file/.test(p.message)), JSON.stringify(list.map((p) => p.message)));
        return list;
      });
      assert.ok(problems.length >= 1);
      assert.ok((await hoverAt(note, positionOf(note, '편재성', 1)))?.text.includes(bundledTerm('ubiquity').definition.slice(0, 10)), 'bundled hovers still work');
    } finally {
      rmSync(uri.fsPath, { force: true });
      await vscode.commands.executeCommand('crmNotes.reloadGlossary');
    }
  });
});
