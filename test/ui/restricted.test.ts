// Restricted Mode as a new user meets it: a folder of Korean notes opened untrusted. VS Code
// boxes every non-ASCII character in an untrusted workspace unless told otherwise; our
// `configurationDefaults` for markdown must keep Korean notes readable, hovers included.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Workbench, openWorkbench } from '../testbed/workbench';
import { hoverUntil, openFile } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const results = path.join(root, 'test-results');

describe('제한 모드 화면 (Restricted Mode: Korean notes without Unicode boxes)', function () {
  let workbench: Workbench;
  let folder: string;

  before(async function () {
    mkdirSync(results, { recursive: true });
    folder = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-restricted-'));
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    workbench = await openWorkbench({ folder, extensionPath: root, server: { trust: true } });
  });

  after(async () => {
    await workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('신뢰하지 않은 폴더의 한국어 노트: 글자마다 상자가 없고, 호버에 ASCII 경고 줄이 없다', async () => {
    const { page } = workbench;
    await openFile(page, '로열티.md');
    await page.waitForTimeout(2000);
    const restricted = await page.waitForFunction(() => document.body.innerText.includes('Restricted Mode'), undefined, { timeout: 20_000 }).then(() => true, () => false);
    assert.ok(restricted, 'the window is in Restricted Mode');
    await page.waitForTimeout(1000);
    const boxes = await page.$$eval('.monaco-editor .view-overlays .unicode-highlight, .monaco-editor .unicode-highlight', (els) => els.length);
    await page.screenshot({ path: path.join(results, 'restricted-mode-note.png') });
    assert.equal(boxes, 0, 'no Unicode highlight boxes on the Korean note');
    // A hover on a term: our definition, no "not a basic ASCII character" lines.
    const text = (await hoverUntil(page, '로열티는', '로열티', 10)) ?? '';
    await page.screenshot({ path: path.join(results, 'restricted-mode-hover.png') });
    assert.ok(text.includes('로열티'), text);
    assert.doesNotMatch(text, /not a basic ASCII character|기본 ASCII 문자가 아닙니다/);
  });
});
