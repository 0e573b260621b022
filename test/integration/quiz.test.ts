import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, bundledTerm, openNote, workspaceRoot } from './helpers';

interface CardData {
  readonly id: string;
  readonly type: string;
  readonly front: string;
  readonly back: string;
  readonly answers: readonly string[];
  readonly source: { readonly file: string; readonly line: number };
  readonly context: readonly string[];
  readonly terms: readonly string[];
  readonly chapter: string | undefined;
}

interface QuizData {
  readonly title: string;
  readonly cards: readonly CardData[];
}

const NOTE = 'notes/로열티.md';

describe('퀴즈 명령 (quiz cards from the notes, in a real VS Code)', () => {
  before(async () => {
    await activate();
  });

  it('crmNotes.quizFromNote: 활성 노트의 공식·정의 카드, 머리말과 코드 블록은 빼고', async () => {
    const document = await openNote(NOTE);
    const quiz = await vscode.commands.executeCommand<QuizData>('crmNotes.quizFromNote');
    assert.equal(quiz.title, '[고객관계관리] 고객로열티 전략');
    const formula = quiz.cards.find((c) => c.type === 'formula' && c.front === '___ = 편익 - 가격');
    assert.deepEqual(formula && { answers: formula.answers, line: formula.source.line, file: formula.source.file }, { answers: ['가치'], line: 12, file: document.uri.toString() });
    const definition = quiz.cards.find((c) => c.type === 'definition' && c.terms[0] === 'loyalty');
    assert.equal(definition?.back.startsWith(bundledTerm('loyalty').definition.slice(0, 20)), true, JSON.stringify(definition));
    const all = quiz.cards.map((c) => `${c.front}\n${c.back}`).join('\n');
    assert.ok(!all.includes('front matter'), 'nothing from the front matter');
    assert.ok(!all.includes('코드블록'), 'nothing from the code block');
    assert.equal(new Set(quiz.cards.map((c) => c.id)).size, quiz.cards.length);
  });

  it('crmNotes.quizFromNote: 포커스가 웹뷰(시작하기 안내처럼 텍스트 편집기가 아닌 것)에 있으면 보이는 노트 하나로', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const document = await openNote(NOTE);
    const panel = await vscode.commands.executeCommand<vscode.WebviewPanel>('crmNotes.showStatistics');
    // The window tells the extension host about the new active editor a moment later.
    for (let attempt = 0; attempt < 40 && vscode.window.activeTextEditor !== undefined; attempt++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.equal(vscode.window.activeTextEditor, undefined, 'the statistics panel beside the note has the focus');
    assert.equal(vscode.window.visibleTextEditors.length, 1, 'the note is still in view');
    const quiz = await vscode.commands.executeCommand<QuizData>('crmNotes.quizFromNote');
    assert.equal(quiz?.title, '[고객관계관리] 고객로열티 전략');
    assert.ok(quiz.cards.every((c) => c.source.file === document.uri.toString()));
    panel.dispose();
  });

  it('crmNotes.quizFromSelection: 선택한 줄만, 줄 번호는 노트의 줄 번호로', async () => {
    const document = await openNote(NOTE);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    editor.selection = new vscode.Selection(12, 0, 12, document.lineAt(12).text.length);
    const quiz = await vscode.commands.executeCommand<QuizData>('crmNotes.quizFromSelection');
    const formulas = quiz.cards.filter((c) => c.type === 'formula');
    assert.ok(formulas.length >= 2, 'both sides of 가치 = 편익 - 가격');
    assert.deepEqual([...new Set(quiz.cards.map((c) => c.source.line))], [12]);
    assert.ok(!quiz.cards.some((c) => c.terms.includes('loyalty')), 'nothing from the unselected lines');
  });

  it('crmNotes.quizFromChapter: 트리의 장 노드로, 그 장의 카드만', async () => {
    const chapter = (bundledTerm('loyalty') as unknown as { chapter: string }).chapter;
    const quiz = await vscode.commands.executeCommand<QuizData>('crmNotes.quizFromChapter', { kind: 'chapter', id: chapter });
    assert.ok(quiz.cards.length > 0);
    assert.ok(quiz.cards.some((c) => c.terms.includes('loyalty')));
    assert.ok(quiz.cards.every((c) => c.chapter !== undefined && c.chapter.startsWith(chapter.split('.')[0] as string)), JSON.stringify(quiz.cards.map((c) => c.chapter)));
  });

  it('crmNotes.quizFromOpenNotes: 열린 노트 모두, 같은 카드는 한 번만', async () => {
    await openNote('notes/mobile.md');
    await openNote(NOTE);
    const quiz = await vscode.commands.executeCommand<QuizData>('crmNotes.quizFromOpenNotes');
    const files = new Set(quiz.cards.map((c) => c.source.file.split('/').pop()));
    assert.ok(files.has(encodeURIComponent('로열티.md')) || files.has('로열티.md'), [...files].join(', '));
    assert.ok(files.has('mobile.md'), [...files].join(', '));
    assert.equal(new Set(quiz.cards.map((c) => c.id)).size, quiz.cards.length);
  });

  it('crmNotes.exportQuiz: 마지막 퀴즈를 Anki 파일로, 임시 파일은 남기지 않는다', async () => {
    await openNote(NOTE);
    const quiz = await vscode.commands.executeCommand<QuizData>('crmNotes.quizFromNote');
    const folder = vscode.Uri.joinPath(workspaceRoot(), 'exports');
    await vscode.workspace.fs.createDirectory(folder);
    const target = vscode.Uri.joinPath(folder, '로열티 카드.txt');
    const written = await vscode.commands.executeCommand<string>('crmNotes.exportQuiz', 'anki', target);
    assert.equal(written, target.toString());
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    const lines = text.split('\n');
    assert.deepEqual(lines.slice(0, 3), ['#separator:tab', '#html:true', '#deck:[고객관계관리] 고객로열티 전략']);
    assert.ok(text.includes('{{c1::가치}} = 편익 - 가격'), 'the formula as an Anki cloze');
    assert.equal(lines.filter((l) => l !== '' && !l.startsWith('#')).length, quiz.cards.length);
    const left = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name);
    assert.deepEqual(left, ['로열티 카드.txt']);
  });
});
