import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, eventually, openNote, positionOf, workspaceRoot } from './helpers';

interface Provider<T> {
  getChildren(node?: T): vscode.ProviderResult<T[]>;
  getTreeItem(node: T): vscode.TreeItem | Thenable<vscode.TreeItem>;
}

interface TreesApi {
  readonly syllabus: Provider<{ kind: string; id: string }>;
  readonly notes: Provider<{ kind: string; file: string }>;
}

async function trees(): Promise<TreesApi> {
  return ((await activate()) as unknown as { trees: TreesApi }).trees;
}

function label(item: vscode.TreeItem): string {
  return typeof item.label === 'string' ? item.label : (item.label?.label ?? '');
}

/** The rows a person sees under `node`: label and description. */
async function rows<T>(provider: Provider<T>, node?: T): Promise<Array<{ node: T; label: string; description: string; item: vscode.TreeItem }>> {
  const children = (await provider.getChildren(node)) ?? [];
  return Promise.all(
    children.map(async (child) => {
      const item = await provider.getTreeItem(child);
      return { node: child, label: label(item), description: typeof item.description === 'string' ? item.description : '', item };
    }),
  );
}

describe('챕터와 내 노트 보기 (the syllabus and notes views)', () => {
  it('챕터: 10개 장과 커버리지 n/m, 4장 아래 절과 용어, 노트에 나온 용어는 횟수와 함께', async () => {
    const { syllabus } = await trees();
    await (await activate()).mentions('loyalty');
    const chapters = await rows(syllabus);
    assert.equal(chapters.length, 10);
    assert.equal(chapters[3]?.label, '고객로열티 전략');
    assert.match(chapters[3]?.description ?? '', /^\d+\/\d+$/);
    const [covered] = (chapters[3]?.description ?? '0/0').split('/').map(Number);
    assert.ok((covered ?? 0) >= 1, 'the fixture notes mention 로열티');
    const sections = await rows(syllabus, chapters[3]?.node);
    assert.deepEqual(sections.map((s) => s.label).slice(0, 3), ['고객만족', '고객만족과 로열티의 관계', '로열티의 유형과 로열티 프로그램']);
    const terms = (await Promise.all(sections.map((section) => rows(syllabus, section.node)))).flat();
    const loyalty = terms.find((t) => t.label === '로열티');
    assert.ok(loyalty, terms.map((t) => t.label).join(', '));
    assert.match(loyalty.description, /^\d+(번|×)$/);
    assert.equal(loyalty.item.command?.command, 'crmNotes.openTermNode');
    assert.match(String((loyalty.item.tooltip as vscode.MarkdownString).value), /로열티/);
  });

  it('내 노트: 노트 → 제목, 제목마다 가리키는 장이 설명으로', async () => {
    const { notes } = await trees();
    const files = await rows(notes);
    const loyaltyNote = files.find((f) => f.label.endsWith('로열티.md') || decodeURIComponent(String(f.node.file)).endsWith('로열티.md'));
    assert.ok(loyaltyNote, files.map((f) => f.node.file).join(', '));
    const headings = await rows(notes, loyaltyNote.node);
    assert.equal(headings[0]?.label, '[고객관계관리] 고객로열티 전략');
    assert.equal(headings[0]?.description, '→ 고객로열티 전략');
    assert.equal(headings[0]?.item.command?.command, 'vscode.open');
  });

  it('커서 아래 용어를 챕터에서 보여 준다 (reveal)', async () => {
    const note = await openNote('notes/mobile.md');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(positionOf(note, '편재성', 1), positionOf(note, '편재성', 1));
    assert.equal(await vscode.commands.executeCommand('crmNotes.revealTerm'), 'ubiquity');
    assert.equal(await vscode.commands.executeCommand('crmNotes.revealTerm', 'loyalty'), 'loyalty');
  });

  it('노트를 새로 만들고 저장하고 이름을 바꾸고 지우면 두 보기가 따라간다', async () => {
    const { syllabus, notes } = await trees();
    const api = await activate();
    const uri = vscode.Uri.joinPath(workspaceRoot(), 'notes', '트리-노트.md');
    const moved = vscode.Uri.joinPath(workspaceRoot(), 'notes', '트리-노트-옮김.md');
    const has = async (target: vscode.Uri): Promise<boolean> => (await rows(notes)).some((r) => r.node.file === target.toString());
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('# 데이터 웨어하우스\n\nOLAP과 데이터마트를 정리한다.\n'));
    await eventually(async () => assert.ok(await has(uri)));
    const headings = await eventually(async () => {
      const list = await rows(notes, (await rows(notes)).find((r) => r.node.file === uri.toString())?.node);
      assert.equal(list[0]?.description, '→ 데이터 웨어하우스');
      return list;
    });
    assert.equal(headings[0]?.label, '데이터 웨어하우스');
    // Save an edit through the editor: the new term shows up in the syllabus counts.
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((b) => b.insert(new vscode.Position(document.lineCount, 0), '\n교차판매 사례 정리\n'));
    await document.save();
    await eventually(async () => assert.ok((await api.mentions('cross-selling')).some((m) => m.file === uri.toString())));
    // The views refresh a moment after the index changes (debounced), as a person would see it.
    await eventually(async () => {
      const chapter7 = (await rows(syllabus))[6];
      assert.equal(chapter7?.label, 'CRM 전략과 캠페인');
      assert.notEqual(chapter7?.description.split('/')[0], '0');
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(uri, moved);
    assert.ok(await vscode.workspace.applyEdit(rename));
    await eventually(async () => assert.ok((await has(moved)) && !(await has(uri))));
    const removal = new vscode.WorkspaceEdit();
    removal.deleteFile(moved);
    assert.ok(await vscode.workspace.applyEdit(removal));
    await eventually(async () => assert.ok(!(await has(moved))));
  });
});
