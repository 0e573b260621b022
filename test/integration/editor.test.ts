import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import * as vscode from 'vscode';
import { activate, eventually, hoverAt, openNote, positionOf, workspaceRoot } from './helpers';

/** Runs `fn`, then puts `.crm-notes/glossary.json` back as it was (or removes it) and reloads. */
async function keepingWorkspaceGlossary(fn: () => Promise<void>): Promise<void> {
  const uri = vscode.Uri.joinPath(workspaceRoot(), '.crm-notes', 'glossary.json');
  const before = await vscode.workspace.fs.readFile(uri).then((b) => new TextDecoder().decode(b), () => undefined);
  try {
    await fn();
  } finally {
    if (before === undefined) {
      await vscode.workspace.fs.delete(uri);
    } else {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(before));
    }
    await vscode.commands.executeCommand('crmNotes.reloadGlossary');
  }
}

/** Waits until `document` has exactly `count` misspelt-term diagnostics, and returns them. */
async function misspelt(document: vscode.TextDocument, count: number): Promise<vscode.Diagnostic[]> {
  return eventually(() => {
    const list = vscode.languages.getDiagnostics(document.uri).filter((d) => d.code === 'misspelt-term');
    assert.equal(list.length, count);
    return list;
  });
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('편집기 도움 (completion, definition, references, highlights, preview)', () => {
  let note: vscode.TextDocument;
  before(async () => {
    await activate();
    note = await openNote('notes/로열티.md');
  });

  it('초성 ㄱㄱㅁㅈ와 Ctrl+Space → 고객만족이 첫 제안, 장과 정의가 함께', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    const end = new vscode.Position(note.lineCount, 0);
    await editor.edit((b) => b.insert(end, '\nㄱㄱㅁㅈ'));
    const position = new vscode.Position(note.lineCount - 1, 4);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', note.uri, position);
    const ours = list.items.filter((i) => typeof i.detail === 'string' && i.detail.length > 10);
    assert.equal(labelOf(ours[0] as vscode.CompletionItem), '고객만족');
    assert.equal((ours[0]?.label as vscode.CompletionItemLabel).description, '고객만족');
    assert.equal(ours[0]?.insertText, '고객만족');
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('앞부분 고객만 → 고객만족, 고객만족도 … 코드 블록 안에서는 제안이 없다', async () => {
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    await editor.edit((b) => b.insert(new vscode.Position(note.lineCount, 0), '\n고객만'));
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', note.uri, new vscode.Position(note.lineCount - 1, 3));
    const labels = list.items.filter((i) => typeof i.detail === 'string' && i.detail.length > 10).map(labelOf);
    assert.equal(labels[0], '고객만족');
    assert.ok(labels.every((l) => l.replace(/\s/g, '').startsWith('고객만')), labels.join(', '));
    await vscode.commands.executeCommand('workbench.action.files.revert');
    const inCode = positionOf(note, '로열티 코드블록', 2);
    const none = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', note.uri, inCode);
    assert.equal(none.items.filter((i) => typeof i.detail === 'string' && i.detail.length > 10).length, 0);
  });

  it('F12: 로열티는 → 내장 용어의 용어 페이지', async () => {
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', note.uri, positionOf(note, '로열티는', 1));
    assert.equal(locations[0]?.uri.scheme, 'crm-notes-term');
    assert.match(decodeURIComponent(locations[0]?.uri.path ?? ''), /^\/loyalty\/로열티\.md$/);
  });

  it('Shift+F12: 로열티의 모든 노트 속 출현 (조사가 붙은 꼴까지), 이 노트에서는 강조', async () => {
    await (await activate()).mentions('loyalty');
    const locations = await eventually(async () => {
      const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', note.uri, positionOf(note, '로열티는', 1));
      assert.ok(found.length >= 4, `${found.length}`);
      return found;
    });
    const here = locations.filter((l) => l.uri.toString() === note.uri.toString());
    assert.deepEqual(here.map((l) => [l.range.start.line, l.range.start.character, l.range.end.character]), [
      [4, 11, 16],
      [6, 2, 5],
      [7, 13, 16],
      [19, 21, 24],
    ]);
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', note.uri, positionOf(note, '로열티는', 1));
    assert.equal(highlights.length, 4);
  });

  it('마크다운 미리 보기 플러그인: 용어에 밑줄 span과 정의, 코드에는 없음', async () => {
    const api = (await activate()) as unknown as { extendMarkdownIt(md: InstanceType<typeof MarkdownIt>): InstanceType<typeof MarkdownIt> };
    const md = api.extendMarkdownIt(new MarkdownIt());
    const html = md.render('로열티는 중요하다 `로열티`');
    assert.match(html, /<span class="crm-notes-term" title="로열티[^"]*">로열티<\/span>는/);
    assert.equal((html.match(/crm-notes-term/g) ?? []).length, 1);
  });
});

describe('잘못 쓴 용어의 진단과 빠른 수정 (diagnostics and quick fixes)', () => {
  it('로얄티는 정보 진단이 되고, 빠른 수정으로 로열티가 된다; 무시하면 진단이 사라진다', async () => {
    await activate();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '# 메모\n\n- 로얄티는 중요하고 상향팬매도 있다\n```\n로얄티\n```\n' });
    await vscode.window.showTextDocument(document);
    const diagnostics = await misspelt(document, 2);
    assert.deepEqual(diagnostics.map((d) => [document.getText(d.range), d.severity]), [
      ['로얄티', vscode.DiagnosticSeverity.Information],
      ['상향팬매', vscode.DiagnosticSeverity.Information],
    ]);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostics[0]?.range);
    const replace = actions.find((a) => a.isPreferred === true);
    assert.ok(replace?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.match(document.getText(), /- 로열티는 중요하고/);
    const left = await misspelt(document, 1);
    const ignore = (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, left[0]?.range)).find((a) => a.isPreferred !== true);
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.match(document.getText(), /<!-- crm-notes-ignore: 상향팬매 -->/);
    await misspelt(document, 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('빠른 수정: 작업 영역 용어집에 표기 더하기', () => {
  it('상향팬매를 상향판매의 표기로 더하면 진단이 사라지고 호버가 상향판매를 보인다', async () => {
    await activate();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '- 상향팬매 사례\n' });
    await vscode.window.showTextDocument(document);
    const [diagnostic] = await misspelt(document, 1);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, diagnostic?.range);
    const add = actions.find((a) => a.command?.command === 'crmNotes.addAlias');
    assert.ok(add?.command, actions.map((a) => a.title).join(', '));
    const glossaryUri = vscode.Uri.joinPath(workspaceRoot(), '.crm-notes', 'glossary.json');
    await keepingWorkspaceGlossary(async () => {
      assert.equal(await vscode.commands.executeCommand(add.command?.command ?? '', ...(add.command?.arguments ?? [])), true);
      assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(glossaryUri)), /"상향팬매"/);
      await misspelt(document, 0);
      const hover = await eventually(async () => {
        const found = await hoverAt(document, new vscode.Position(0, 3));
        assert.ok(found?.text.includes('상향판매'), found?.text);
        return found;
      });
      assert.ok(hover);
    });
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('거두기: 한글(English) 짝을 작업 영역 용어집에', () => {
  it('모르는 짝에 코드 동작이 있고, 고르면 새 용어가 되어 호버된다', async () => {
    await activate();
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '- 그로스마케팅(Growth Marketing)은 실험으로 성장을 찾는다\n' });
    await vscode.window.showTextDocument(document);
    // An untitled document may reuse the URI of the previous test's one, whose diagnostics and
    // actions linger until the lint has read the new text: ask until the new text's action is there.
    const harvest = await eventually(async () => {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(0, 4, 0, 4));
      const found = actions.find((a) => a.command?.command === 'crmNotes.harvest');
      assert.ok(found?.command, actions.map((a) => a.title).join(', '));
      return found;
    });
    await keepingWorkspaceGlossary(async () => {
      assert.equal(await vscode.commands.executeCommand(harvest.command?.command ?? '', ...(harvest.command?.arguments ?? [])), true);
      await vscode.window.showTextDocument(document);
      await eventually(async () => {
        const hover = await hoverAt(document, new vscode.Position(0, 4));
        assert.ok(hover?.text.includes('Growth Marketing'), hover?.text);
      });
    });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
