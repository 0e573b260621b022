// The practice panel as a Korean student uses it: a quiz from the palette, every card answered
// with the keyboard, then a window reload — the history, the status bar, the tree's progress and
// the panel are still there. Screenshots (Korean UI strings) go to test-results/.
import * as assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type Workbench, openWorkbench } from '../testbed/workbench';
import { openFile, runCommand } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const results = path.join(root, 'test-results');

const NOTE = [
  '# 불량고객 관리',
  '',
  '## 유형',
  '',
  '불량고객의 유형',
  '- 도둑형',
  '- 규칙위반형',
  '- 호전형',
  '- 내분형',
  '- 파괴형',
  '- 신용불량형',
  '',
  '## 단계',
  '',
  '고객관계의 발전: 잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자',
  '',
  '가치 = 편익 - 가격',
  '',
].join('\n');

async function palette(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input');
  await page.keyboard.type(title);
  await page.waitForSelector('.quick-input-list .monaco-list-row');
  await page.waitForTimeout(300);
  const first = await page.$eval('.quick-input-list .monaco-list-row', (row) => (row as HTMLElement).innerText);
  assert.ok(first.includes(title.split(': ').pop() ?? title), `the palette offers "${title}" first, not "${first}"`);
  await page.keyboard.press('Enter');
}

/** The frame that shows the practice page, once it shows a card or the summary. */
async function practiceFrame(page: Page, attempts = 40): Promise<Frame | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    for (const frame of page.frames()) {
      const ready = await frame.evaluate(() => document.querySelector('#app .card, #app .summary') !== null).catch(() => false);
      if (ready) {
        return frame;
      }
    }
    await page.waitForTimeout(500);
  }
  return undefined;
}

async function statusText(page: Page): Promise<string> {
  return page.$$eval('.statusbar-item', (items) => items.map((i) => (i as HTMLElement).innerText).join(' | '));
}

describe('연습 패널 (한국어 화면, 키보드로 전부 풀고 창을 다시 열어도 그대로)', function () {
  let workbench: Workbench;
  let folder: string;

  before(async function () {
    mkdirSync(results, { recursive: true });
    folder = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-practice-'));
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'notes', '불량고객.md'), NOTE);
    // No empty chat side bar on the right: the screenshots (README) show the note and the panel.
    workbench = await openWorkbench({ folder, extensionPath: root, server: { locale: 'ko', settings: { 'workbench.secondarySideBar.defaultVisibility': 'hidden' } } });
  });

  after(async () => {
    await workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('팔레트로 퀴즈를 만들고 연습하기 → 모든 카드를 키보드로 → 요약, 기록, 상태 표시줄, 트리, 다시 열기', async () => {
    const { page } = workbench;
    await page.waitForFunction(() => document.title.startsWith('[Extension Development Host]'), undefined, { timeout: 30_000 });
    await openFile(page, '불량고객.md');
    await palette(page, 'CRM 노트: 이 노트로 퀴즈 만들기');
    // Toasts do not show in this headless workbench; the notification centre has the same message.
    await page.waitForTimeout(500);
    await runCommand(page, 'Notifications: Show Notifications');
    const item = await page.waitForSelector('.notifications-center .notification-list-item:has-text("CRM 노트: 카드")', { timeout: 15_000 });
    const notice = await item.innerText();
    assert.match(notice, /CRM 노트: 카드 \d+장 — 정의 \d+, 용어 맞히기 \d+, 나열 1, 순서 1, 공식 \d+, 객관식 \d+ \(불량고객 관리\)/, notice);
    await page.screenshot({ path: path.join(results, 'practice-ko-notification.png') });
    await item.$('.monaco-button:has-text("연습하기")').then((button) => button?.click());
    const frame = await practiceFrame(page);
    assert.ok(frame, 'the practice panel shows a card');
    const total = Number((await frame.textContent('#app .progress'))?.split('/')[1]);
    assert.ok(total >= 5, `${total} cards`);
    await frame.click('body');
    const kinds = new Set<string>();
    for (let n = 1; n <= total; n++) {
      await frame.waitForFunction((k) => document.querySelector('#app .progress')?.textContent === `${k} / ${document.querySelector('#app .progress')?.textContent?.split(' / ')[1]}`, n, { timeout: 10_000 });
      const kind = await frame.evaluate(() => {
        const type = document.querySelector('#app .card')?.getAttribute('data-type') ?? '';
        const how = document.querySelector('input.answer, textarea.answer') ? 'typed' : document.querySelector('.choice') ? 'choice' : document.querySelector('.steps') ? 'order' : 'reveal';
        return `${type}:${how}`;
      });
      kinds.add(kind);
      if (n === 1) {
        await page.screenshot({ path: path.join(results, 'practice-ko-question.png') });
      }
      if (kind.endsWith(':typed')) {
        // Type a wrong answer (the panel then shows what was expected) and check it with Enter.
        await page.keyboard.type(kind.startsWith('list') ? '도둑형\n호전형' : '모름');
        await page.keyboard.press(kind.startsWith('list') ? 'Control+Enter' : 'Enter');
      } else if (kind.endsWith(':choice')) {
        await page.keyboard.press('1');
      } else if (kind.endsWith(':order')) {
        await page.keyboard.press('Alt+ArrowDown');
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(' ');
      }
      await frame.waitForSelector('.grades button.g3', { timeout: 10_000 });
      if (n === 1) {
        await page.screenshot({ path: path.join(results, 'practice-ko-answer.png') });
      }
      if (kind.startsWith('list')) {
        const items = await frame.$$eval('.items li', (lis) => lis.map((li) => (li as HTMLElement).innerText));
        assert.ok(items.some((i) => i.startsWith('✓ 도둑형')), JSON.stringify(items));
        assert.match((await frame.textContent('.missing')) ?? '', /빠진 항목: .*규칙위반형/);
        await page.screenshot({ path: path.join(results, 'practice-ko-list.png') });
      }
      await page.keyboard.press('3');
    }
    await frame.waitForSelector('#app .summary p', { timeout: 10_000 });
    const summary = (await frame.textContent('#app .summary')) ?? '';
    await page.screenshot({ path: path.join(results, 'practice-ko-summary.png') });
    assert.match(summary, new RegExp(`${total}장 복습 — 다시 0 · 어려움 0 · 알맞음 ${total} · 쉬움 0`), summary);
    for (const expected of ['list:typed', 'sequence:order', 'formula:typed', 'choice:choice', 'definition:reveal']) {
      assert.ok(kinds.has(expected), `${expected} in ${[...kinds].join(', ')}`);
    }

    const reviewsFile = path.join(folder, '.crm-notes', 'reviews.json');
    const reviews = (): Record<string, { chapter?: string }> => (JSON.parse(readFileSync(reviewsFile, 'utf8')) as { cards: Record<string, { chapter?: string }> }).cards;
    // Every grade the panel acknowledged is in the file (the first write may not have landed yet,
    // so a missing file counts as no grades while we wait; the assertion below reads it for real).
    const landed = (): number => (existsSync(reviewsFile) ? Object.keys(reviews()).length : 0);
    for (let attempt = 0; attempt < 40 && landed() < total; attempt++) {
      await page.waitForTimeout(250);
    }
    assert.equal(Object.keys(reviews()).length, total);
    // Cards just learnt come back within minutes (learning steps), so all of them count as due.
    await page.waitForFunction((t) => [...document.querySelectorAll('.statusbar-item')].some((i) => (i as HTMLElement).innerText.includes(`복습 ${t}`)), total, { timeout: 10_000 });

    await palette(page, 'CRM 노트: 학습 통계 보기');
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(results, 'practice-ko-statistics.png') });

    // The tree's chapter rows show due cards and mastery.
    const container = await page.waitForSelector('.activitybar .action-item [aria-label^="CRM"]', { timeout: 20_000 });
    await container.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row')].some((r) => /· 복습 \d+ · 숙련 \d+%/.test((r as HTMLElement).innerText)), undefined, { timeout: 15_000 });
    const rowsBefore = await page.$$eval('.monaco-list-row', (rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ')).filter((t) => t.includes('· 복습')));
    await page.screenshot({ path: path.join(results, 'practice-ko-tree.png') });

    // Close and reopen the window: everything is where it was.
    const before = JSON.stringify(reviews());
    await palette(page, 'Developer: Reload Window');
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    await page.waitForFunction((t) => [...document.querySelectorAll('.statusbar-item')].some((i) => (i as HTMLElement).innerText.includes(`복습 ${t}`)), total, { timeout: 30_000 });
    assert.equal(JSON.stringify(reviews()), before, 'the review history is unchanged');
    // The rows settle once the notes are indexed again after the reload.
    const wanted = (rowsBefore[0] ?? '').replace(/숙련 \d+%/, '');
    await page
      .waitForFunction((w) => [...document.querySelectorAll('.monaco-list-row')].some((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ').replace(/숙련 \d+%/, '') === w), wanted, { timeout: 30_000 })
      .catch(() => undefined);
    const rowsAfter = await page.$$eval('.monaco-list-row', (rows) => rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, ' ')).filter((t) => t.includes('· 복습')));
    // Mastery is the chance to recall each card now, so it drifts down by the second for cards
    // just learnt; the due counts and coverage are exactly as before.
    const strip = (row: string | undefined): string => (row ?? '').replace(/숙련 \d+%/, '숙련 …');
    assert.equal(strip(rowsAfter[0]), strip(rowsBefore[0]), `${rowsBefore[0]} → ${rowsAfter[0]}`);
    const mastery = (row: string | undefined): number => Number(/숙련 (\d+)%/.exec(row ?? '')?.[1] ?? NaN);
    assert.ok(Math.abs(mastery(rowsAfter[0]) - mastery(rowsBefore[0])) <= 10, `${rowsBefore[0]} → ${rowsAfter[0]}`);
    const restored = await practiceFrame(page, 60);
    await page.screenshot({ path: path.join(results, 'practice-ko-reloaded.png') });
    assert.ok(restored, 'the practice panel is restored after the reload');
    assert.ok((await statusText(page)).includes(`복습 ${total}`));
  });
});
