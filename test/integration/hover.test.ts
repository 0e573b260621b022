import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, bundledTerm, eventually, hoverAt, openNote, positionOf, setSetting } from './helpers';

describe('호버 정의 (hover definitions in a real extension host)', () => {
  let note: vscode.TextDocument;

  before(async () => {
    await activate();
    note = await openNote('notes/로열티.md');
  });

  afterEach(async () => {
    await setSetting('hover.enabled', undefined);
    await setSetting('hover.maxFileSizeMB', undefined);
  });

  it('조사가 붙은 로열티는 위에서 로열티의 정의를 보이고, 범위는 조사를 뺀 용어만', async () => {
    const position = positionOf(note, '로열티는 고객이', 1);
    const hover = await hoverAt(note, position);
    assert.ok(hover, 'a hover appears');
    assert.ok(hover.text.includes(bundledTerm('loyalty').definition), hover.text);
    const start = positionOf(note, '로열티는 고객이');
    assert.deepEqual(hover.range, new vscode.Range(start, start.translate(0, 3)));
  });

  it('우량고객을, 초우량고객으로: 가장 긴 용어가 이긴다', async () => {
    const good = await hoverAt(note, positionOf(note, '우량고객을', 0));
    assert.ok(good?.text.includes(bundledTerm('good-customer').definition));
    const superGood = await hoverAt(note, positionOf(note, '초우량고객으로', 3));
    assert.ok(superGood?.text.includes(bundledTerm('super-good-customer').definition), superGood?.text);
    assert.equal(superGood?.range?.end.character, positionOf(note, '초우량고객으로').character + 5);
  });

  it('고객과의: 과+의 조사 연쇄', async () => {
    const hover = await hoverAt(note, positionOf(note, '고객과의 관계'));
    assert.ok(hover?.text.includes(bundledTerm('customer').definition));
  });

  it('영어 별칭 Ubiquity는 편재성의 정의', async () => {
    const hover = await hoverAt(note, positionOf(note, 'Ubiquity', 2));
    assert.ok(hover?.text.includes(bundledTerm('ubiquity').definition), hover?.text);
  });

  it('접두·접미 보호: 비고객의 고객, 가치관의 가치 위에는 호버가 없다', async () => {
    assert.equal(await hoverAt(note, positionOf(note, '비고객과', 1)), undefined);
    assert.equal(await hoverAt(note, positionOf(note, '가치관은', 0)), undefined);
    const value = await hoverAt(note, positionOf(note, '가치 = 편익'));
    assert.ok(value?.text.includes(bundledTerm('value').definition), 'the same words stand alone as terms');
    const complaining = await hoverAt(note, positionOf(note, '불만족 고객', 4));
    assert.ok(complaining?.text.includes(bundledTerm('complaining-customer').definition), 'the longer spelling 불만족 고객 wins');
  });

  it('코드 블록, 인라인 코드, 링크 주소, front matter 안에서는 호버가 없다', async () => {
    assert.equal(await hoverAt(note, positionOf(note, '로열티 코드블록')), undefined);
    assert.equal(await hoverAt(note, positionOf(note, '`로열티`', 1)), undefined);
    assert.equal(await hoverAt(note, positionOf(note, 'example.com/로열티', 13)), undefined);
    assert.equal(await hoverAt(note, positionOf(note, 'title: 로열티', 7)), undefined);
    const linkText = await hoverAt(note, positionOf(note, '링크 글자 로열티', 6));
    assert.ok(linkText?.text.includes(bundledTerm('loyalty').definition), 'link text is note text');
  });

  it('관련 용어는 crmNotes.showTerm 링크이고, 그 명령만 신뢰된다', async () => {
    const hover = await hoverAt(note, positionOf(note, '로열티는 고객이'));
    const markdown = hover?.markdown[0];
    assert.ok(markdown, 'hover has Markdown');
    assert.match(markdown.value, /\(command:crmNotes\.showTerm\?%5B%22[a-z-]+%22%5D\)/);
    assert.deepEqual(markdown.isTrusted, { enabledCommands: ['crmNotes.showTerm', 'crmNotes.revealTerm'] });
  });

  it('NFD로 저장된 노트에서도 찾고, 범위는 원래 글자(자모)를 덮는다', async () => {
    const nfd = await openNote('notes/nfd-note.md');
    const decomposed = '로열티'.normalize('NFD');
    const start = positionOf(nfd, decomposed);
    const hover = await hoverAt(nfd, start.translate(0, 1));
    assert.ok(hover?.text.includes(bundledTerm('loyalty').definition));
    assert.deepEqual(hover?.range, new vscode.Range(start, start.translate(0, decomposed.length)));
    await vscode.window.showTextDocument(note);
  });

  it('crmNotes.hover.enabled를 끄면 호버가 없다', async () => {
    await setSetting('hover.enabled', false);
    await eventually(async () => assert.equal(await hoverAt(note, positionOf(note, '로열티는 고객이')), undefined));
    await setSetting('hover.enabled', undefined);
    await eventually(async () => assert.ok(await hoverAt(note, positionOf(note, '로열티는 고객이'))));
  });

  it('너무 큰 노트는 호버를 끄고, 한도를 올리면 다시 켠다', async () => {
    const big = await vscode.workspace.openTextDocument({ language: 'markdown', content: `로열티는 중요하다.\n${'가나다라 '.repeat(300_000)}` });
    await vscode.window.showTextDocument(big);
    await setSetting('hover.maxFileSizeMB', 1);
    await eventually(async () => assert.equal(await hoverAt(big, new vscode.Position(0, 1)), undefined));
    await setSetting('hover.maxFileSizeMB', undefined);
    await eventually(async () => assert.ok((await hoverAt(big, new vscode.Position(0, 1)))?.text.includes(bundledTerm('loyalty').definition)));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
