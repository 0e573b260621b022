import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, eventually, openNote } from './helpers';

function practiceTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('crmNotes.practice'));
}

describe('연습 패널 (practice panel in a real VS Code)', () => {
  before(async () => {
    await activate();
  });

  it('crmNotes.practice: 노트의 카드로 패널을 연다 (새 카드는 하루 한도까지)', async () => {
    const ids = await vscode.commands.executeCommand<readonly string[]>('crmNotes.practice');
    assert.ok(ids.length > 0 && ids.length <= 20, `${ids.length} cards`);
    assert.equal(new Set(ids).size, ids.length);
    await eventually(() => assert.equal(practiceTabs().length, 1));
    assert.match(practiceTabs()[0]?.label ?? '', /^(연습|Practice)$/);
  });

  it('퀴즈 → 벼락치기: 마지막 퀴즈의 카드를 그 순서 그대로, 같은 패널에서', async () => {
    await openNote('notes/로열티.md');
    const quiz = await vscode.commands.executeCommand<{ title: string; cards: Array<{ id: string }> }>('crmNotes.quizFromNote');
    const ids = await vscode.commands.executeCommand<readonly string[]>('crmNotes.cramQuiz');
    assert.deepEqual(ids, quiz.cards.map((c) => c.id));
    await eventually(() => {
      assert.equal(practiceTabs().length, 1);
      assert.ok([`연습: ${quiz.title}`, `Practice: ${quiz.title}`].includes(practiceTabs()[0]?.label ?? ''), practiceTabs()[0]?.label);
    });
  });

  it('crmNotes.showStatistics: 학습 통계 패널이 열린다', async () => {
    await vscode.commands.executeCommand('crmNotes.showStatistics');
    await eventually(() => {
      const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('crmNotes.statistics'));
      assert.equal(tabs.length, 1);
      assert.match(tabs[0]?.label ?? '', /^(학습 통계|Study statistics)$/);
    });
  });
});
