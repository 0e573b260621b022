// Restricted Mode as a new user meets it: a folder of Korean notes opened untrusted. VS Code
// boxes every non-ASCII character in an untrusted workspace unless told otherwise; our
// `configurationDefaults` for markdown must keep Korean notes readable, hovers included.
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Workbench, openWorkbench } from '../testbed/workbench';

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
    await page.keyboard.press('Control+P');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input');
    await page.keyboard.type('로열티.md');
    await page.waitForSelector('.quick-input-list .monaco-list-row');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.monaco-editor .view-lines');
    await page.waitForTimeout(2000);
    const restricted = await page.waitForFunction(() => document.body.innerText.includes('Restricted Mode'), undefined, { timeout: 20_000 }).then(() => true, () => false);
    assert.ok(restricted, 'the window is in Restricted Mode');
    await page.waitForTimeout(1000);
    const boxes = await page.$$eval('.monaco-editor .view-overlays .unicode-highlight, .monaco-editor .unicode-highlight', (els) => els.length);
    await page.screenshot({ path: path.join(results, 'restricted-mode-note.png') });
    assert.equal(boxes, 0, 'no Unicode highlight boxes on the Korean note');
    // A hover on a term: our definition, no "not a basic ASCII character" lines.
    const box = await page.evaluate(() => {
      for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
        const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
        const at = text.indexOf('로열티는');
        if (at >= 0) {
          const r = line.getBoundingClientRect();
          const range = document.createRange();
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          let seen = 0;
          for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            if (seen + length > at + 1) {
              range.setStart(node, at + 1 - seen);
              range.setEnd(node, at + 2 - seen);
              const c = range.getBoundingClientRect();
              return { x: c.x + c.width / 2, y: c.y + c.height / 2 };
            }
            seen += length;
          }
          return { x: r.x + 40, y: r.y + r.height / 2 };
        }
      }
      return undefined;
    });
    assert.ok(box, '로열티는 is on screen');
    let text = '';
    for (let attempt = 0; attempt < 10 && !text.includes('로열티'); attempt++) {
      await page.mouse.move(5, 5);
      await page.mouse.move(box.x, box.y, { steps: 4 });
      text = await page.waitForSelector('.monaco-hover:not(.hidden)', { timeout: 4000 }).then((h) => h.innerText()).catch(() => '');
    }
    await page.screenshot({ path: path.join(results, 'restricted-mode-hover.png') });
    assert.ok(text.includes('로열티'), text);
    assert.doesNotMatch(text, /not a basic ASCII character|기본 ASCII 문자가 아닙니다/);
  });
});
