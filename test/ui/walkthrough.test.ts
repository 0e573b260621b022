// The Getting Started walkthrough as a new Korean student meets it: opened from the palette, its
// step titles in Korean, then every step done the way the walkthrough asks (its own buttons, a
// hover, the practice panel) and ticked off on the page. Screenshots go to test-results/:
// walkthrough-ko-*.png (the whole window) and walkthrough-media-*.png (the part a step's picture
// shows; `node scripts/screenshots.mjs` copies them to media/walkthrough/).
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { type Workbench, openWorkbench } from '../testbed/workbench';
import { hoverUntil, openWalkthrough, runCommand } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const results = path.join(root, 'test-results');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  publisher: string;
  name: string;
  contributes: { walkthroughs: Array<{ id: string; title: string; steps: Array<{ id: string; title: string }> }> };
};
const nlsKo = JSON.parse(readFileSync(path.join(root, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
const ko = (value: string): string => nlsKo[value.replace(/^%|%$/g, '')] ?? value;
const walkthrough = manifest.contributes.walkthroughs.find((w) => w.id === 'crmNotes.welcome');
/** How VS Code names the walkthrough: `publisher.name#id` (the argument of workbench.action.openWalkthrough). */
const WALKTHROUGH_ID = `${manifest.publisher}.${manifest.name}#crmNotes.welcome`;

type Box = { x: number; y: number; width: number; height: number };

/** `box` grown by `pad` on every side and kept inside the window. */
function within(page: Page, box: Box, pad = 0): Box {
  const size = page.viewportSize() ?? { width: 1400, height: 900 };
  const x = Math.max(0, Math.floor(box.x - pad));
  const y = Math.max(0, Math.floor(box.y - pad));
  return { x, y, width: Math.min(size.width, Math.ceil(box.x + box.width + pad)) - x, height: Math.min(size.height, Math.ceil(box.y + box.height + pad)) - y };
}

async function boxOf(page: Page, selector: string): Promise<Box> {
  const box = await (await page.waitForSelector(selector)).boundingBox();
  assert.ok(box, `${selector} is on screen`);
  return box;
}

/** The picture for a step of the walkthrough: the part of the window it is about. */
async function media(page: Page, name: string, clip: Box): Promise<void> {
  await page.screenshot({ path: path.join(results, `walkthrough-media-${name}.png`), clip });
}

/** Brings the walkthrough's tab to the front when something covered it. */
async function showWalkthrough(page: Page): Promise<void> {
  if ((await page.$('button.getting-started-step')) === null) {
    await page.click('.tabs-container .tab:has-text("Welcome")');
    await page.waitForSelector('button.getting-started-step', { timeout: 10_000 });
  }
}

/** The walkthrough step whose id ends in `#step`, opened so its description and button show. */
async function openStep(page: Page, step: string): Promise<void> {
  await showWalkthrough(page);
  await page.click(`button.getting-started-step[data-step-id$="#${step}"]`);
  await page.waitForSelector(`button.getting-started-step[data-step-id$="#${step}"][aria-expanded="true"]`, { timeout: 10_000 });
}

/** Clicks the button in a step's description (a command link on its own line). */
async function clickStepButton(page: Page, step: string, label: string): Promise<void> {
  await openStep(page, step);
  const button = await page.waitForSelector(`[x-step-description-for$="#${step}"] .monaco-button:has-text("${label}")`, { timeout: 10_000 });
  await button.click();
}

/** Waits until the page ticks `step` off: class `complete` and the check-mark icon (codicon pass-filled). */
async function waitDone(page: Page, step: string): Promise<void> {
  await showWalkthrough(page);
  await page.waitForFunction(
    (s) => [...document.querySelectorAll('[data-done-step-id]')].some((e) => (e.getAttribute('data-done-step-id') ?? '').endsWith(`#${s}`) && e.classList.contains('complete') && /codicon-(pass-filled|getting-started-step-checked)/.test(e.className)),
    step,
    { timeout: 20_000 },
  );
}

async function doneSteps(page: Page): Promise<string[]> {
  return page.$$eval('[data-done-step-id].complete', (els) => els.map((e) => (e.getAttribute('data-done-step-id') ?? '').split('#').pop() ?? ''));
}

/** The frame of a webview once `ready` says it shows what we wait for. */
async function frameWhere(page: Page, ready: () => boolean, attempts = 40): Promise<Frame | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    for (const frame of page.frames()) {
      if (await frame.evaluate(ready).catch(() => false)) {
        return frame;
      }
    }
    await page.waitForTimeout(500);
  }
  return undefined;
}

/** Where a webview's frame is in the window (its outermost iframe). */
async function frameBox(frame: Frame): Promise<Box> {
  let outer = frame;
  while (outer.parentFrame()?.parentFrame() !== null && outer.parentFrame() !== null) {
    outer = outer.parentFrame() as Frame;
  }
  const box = await (await outer.frameElement()).boundingBox();
  assert.ok(box, 'the webview is on screen');
  return box;
}

describe('시작하기 안내 (한국어 화면: 단계 제목이 한국어, 여섯 단계를 해 보면 모두 완료 표시)', function () {
  let workbench: Workbench;
  let folder: string;
  // One student's way through the steps: a later step means nothing once an earlier one failed.
  this.bail(true);

  before(async function () {
    mkdirSync(results, { recursive: true });
    folder = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-walkthrough-'));
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    // No empty chat side bar on the right: the editor area is then wide enough for the
    // walkthrough's buttons to open notes beside it (`command:toSide:`), as on a laptop.
    workbench = await openWorkbench({ folder, extensionPath: root, server: { locale: 'ko', settings: { 'workbench.secondarySideBar.defaultVisibility': 'hidden' } } });
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed') {
      await workbench?.page.screenshot({ path: path.join(results, 'walkthrough-ko-failed.png') }).catch(() => undefined);
    }
  });

  after(async () => {
    await workbench?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('팔레트로 연 안내: 제목과 여섯 단계 제목이 한국어이고 아직 아무것도 완료되지 않았다', async () => {
    const { page } = workbench;
    assert.ok(walkthrough, 'package.json has the walkthrough');
    await page.waitForFunction(() => document.title.startsWith('[Extension Development Host]'), undefined, { timeout: 30_000 });
    await openWalkthrough(page, ko(walkthrough?.title ?? ''));
    const steps = await page.$$eval('button.getting-started-step', (els) =>
      els.map((e) => ({ id: e.getAttribute('data-step-id') ?? '', title: (e.querySelector('.step-title') as HTMLElement | null)?.innerText.trim() ?? '' })),
    );
    const header = await page.$eval(`h2.category-title[x-category-title-for="${WALKTHROUGH_ID}"]`, (e) => (e as HTMLElement).innerText);
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-1-opened.png') });
    assert.equal(header.trim(), ko(walkthrough.title));
    assert.deepEqual(steps.map((s) => s.title), walkthrough.steps.map((s) => ko(s.title)));
    for (const step of steps) {
      assert.match(step.title, /^[가-힣 ]+$/, `"${step.title}" is Korean`);
      assert.ok(step.id.startsWith(`${WALKTHROUGH_ID}#`), `${step.id} belongs to ${WALKTHROUGH_ID}`);
    }
    assert.deepEqual(await doneSteps(page), []);
  });

  it('1단계: 단추로 샘플 노트가 안내 옆에 열리고 단계가 완료된다', async () => {
    const { page } = workbench;
    await clickStepButton(page, 'openSample', '샘플 노트 열기');
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-editor .view-lines')].some((v) => (v as HTMLElement).innerText.includes('고객로열티')), undefined, { timeout: 20_000 });
    await waitDone(page, 'openSample');
    const editor = await page.evaluateHandle(() => [...document.querySelectorAll('.editor-group-container')].find((g) => (g.querySelector('.view-lines') as HTMLElement | null)?.innerText.includes('고객로열티')));
    const box = await editor.asElement()?.boundingBox();
    assert.ok(box, 'the sample note has its own editor group');
    assert.ok(box.x > 500, 'the note is beside the walkthrough, not over it');
    // Markdown colours arrive once the note is tokenised.
    await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines span[class*="mtk"]:not(.mtk1)') !== null, undefined, { timeout: 5000 }).catch(() => undefined);
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-2-sample.png') });
    await media(page, 'open-sample', within(page, { ...box, height: Math.min(box.height, 560) }));
  });

  it('2단계: 샘플 노트의 로열티는 위에 마우스를 두면 한국어 호버가 뜨고 단계가 완료된다', async () => {
    const { page } = workbench;
    // The side bar out of the way, so the note beside the walkthrough has room for the hover.
    await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    await page.waitForSelector('.part.sidebar', { state: 'hidden', timeout: 5000 });
    const text = await hoverUntil(page, '로열티는', '로열티', 15);
    assert.ok(text?.includes('로열티'), text);
    assert.ok(text?.includes('챕터에서 용어 보기') || text?.includes('챕터에서 보기'), `the reveal link is in Korean: ${text}`);
    const hover = await boxOf(page, '.monaco-hover:not(.hidden)');
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-3-hover.png') });
    // The note and its hover alone, for the README.
    const note = await page.evaluateHandle(() => [...document.querySelectorAll('.editor-group-container')].find((g) => (g.querySelector('.view-lines') as HTMLElement | null)?.innerText.includes('고객로열티')));
    const group = await note.asElement()?.boundingBox();
    assert.ok(group, 'the note is on screen');
    const left = Math.min(group.x, hover.x) - 8;
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-3-hover-note.png'), clip: within(page, { x: left, y: group.y, width: group.x + group.width - left, height: hover.y + hover.height + 140 - group.y }) });
    await media(page, 'hover-term', within(page, { x: hover.x - 40, y: hover.y - 60, width: Math.max(hover.width + 80, 560), height: hover.height + 120 }));
    await page.mouse.move(5, 5);
    await waitDone(page, 'hoverTerm');
  });

  it('3단계: 단추로 챕터 트리가 열리고 단계가 완료된다', async () => {
    const { page } = workbench;
    await page.keyboard.press('Escape');
    await clickStepButton(page, 'openSyllabus', '챕터 열기');
    await page.waitForFunction(() => [...document.querySelectorAll('.part.sidebar .monaco-list-row')].some((r) => /고객로열티 전략\s*[1-9]\d*\/\d+/.test((r as HTMLElement).innerText)), undefined, { timeout: 20_000 });
    await waitDone(page, 'openSyllabus');
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-4-syllabus.png') });
    const sidebar = await boxOf(page, '.part.sidebar');
    await media(page, 'syllabus', within(page, { ...sidebar, height: Math.min(sidebar.height, 560) }));
  });

  it('4단계: 단추로 옆의 샘플 노트에서 퀴즈가 만들어지고 단계가 완료된다', async () => {
    const { page } = workbench;
    await clickStepButton(page, 'makeQuiz', '이 노트로 퀴즈 만들기');
    await waitDone(page, 'makeQuiz');
    // Toasts do not show in this headless workbench; the notification centre has the same message.
    await page.waitForTimeout(500);
    await runCommand(page, 'Notifications: Show Notifications');
    const item = await page.waitForSelector('.notifications-center .notification-list-item:has-text("CRM 노트: 카드")', { timeout: 15_000 });
    assert.match(await item.innerText(), /CRM 노트: 카드 \d+장 — .*\(\[고객관계관리\] 고객로열티 전략\)/);
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-5-quiz.png') });
    const center = await boxOf(page, '.notifications-center');
    await media(page, 'quiz', within(page, { x: center.x - 260, y: center.y - 200, width: center.width + 260, height: center.height + 200 }, 8));
  });

  it('5단계: 알림의 연습하기로 카드 세 장을 채점하면 단계가 완료된다', async () => {
    const { page } = workbench;
    const item = await page.waitForSelector('.notifications-center .notification-list-item:has-text("CRM 노트: 카드")');
    await (await item.$('.monaco-button:has-text("연습하기")'))?.click();
    const frame = await frameWhere(page, () => document.querySelector('#app .card') !== null);
    assert.ok(frame, 'the practice panel shows a card');
    await frame.click('body');
    for (let n = 1; n <= 3; n++) {
      await frame.waitForFunction((k) => (document.querySelector('#app .progress')?.textContent ?? '').startsWith(`${k} / `), n, { timeout: 10_000 });
      const kind = await frame.evaluate(() => {
        const type = document.querySelector('#app .card')?.getAttribute('data-type') ?? '';
        return `${type}:${document.querySelector('input.answer, textarea.answer') ? 'typed' : document.querySelector('.choice') ? 'choice' : document.querySelector('.steps') ? 'order' : 'reveal'}`;
      });
      if (kind.endsWith(':typed')) {
        await page.keyboard.type('모름');
        await page.keyboard.press(kind.startsWith('list') ? 'Control+Enter' : 'Enter');
      } else if (kind.endsWith(':choice')) {
        await page.keyboard.press('1');
      } else if (kind.endsWith(':order')) {
        await page.keyboard.press('Enter');
      } else {
        await page.keyboard.press(' ');
      }
      await frame.waitForSelector('.grades button.g3', { timeout: 10_000 });
      if (n === 1) {
        await page.screenshot({ path: path.join(results, 'walkthrough-ko-6-practice.png') });
        const panel = await frameBox(frame);
        const bottom = await frame.$eval('.grades', (g) => g.getBoundingClientRect().bottom);
        await media(page, 'practice', within(page, { ...panel, height: Math.min(panel.height, bottom + 24) }));
      }
      await page.keyboard.press('3');
    }
    await waitDone(page, 'answerCards');
    // The third grade is saved once the status bar counts it.
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((i) => (i as HTMLElement).innerText.includes('복습 3')), undefined, { timeout: 10_000 });
  });

  it('6단계: 단추로 학습 통계가 열리고 단계가 완료된다; 여섯 단계가 모두 완료로 보인다', async () => {
    const { page } = workbench;
    await clickStepButton(page, 'seeProgress', '학습 통계 보기');
    const frame = await frameWhere(page, () => document.querySelectorAll('#stats rect.bar.past').length > 0);
    assert.ok(frame, 'the statistics view is drawn');
    await waitDone(page, 'seeProgress');
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-7-statistics.png') });
    const panel = await frameBox(frame);
    const bottom = await frame.evaluate(() => Math.max(...[...document.querySelectorAll('svg')].map((g) => g.getBoundingClientRect().bottom)));
    await media(page, 'statistics', within(page, { ...panel, height: Math.min(panel.height, bottom + 24) }));
    assert.deepEqual((await doneSteps(page)).sort(), walkthrough?.steps.map((s) => s.id).sort());
    const checked = await page.$$eval('button.getting-started-step', (els) => els.map((e) => e.getAttribute('aria-checked')));
    assert.deepEqual(checked, ['true', 'true', 'true', 'true', 'true', 'true']);
    // The walkthrough alone in the editor area: wide enough to show a step's picture.
    await runCommand(page, 'View: Join All Editor Groups');
    // The keyboard away from the statistics webview, so the palette opens.
    await page.click('.tabs-container .tab:has-text("Welcome")');
    await openWalkthrough(page, ko(walkthrough?.title ?? ''));
    assert.deepEqual((await doneSteps(page)).sort(), walkthrough?.steps.map((s) => s.id).sort(), 'still done when opened again');
    await openStep(page, 'hoverTerm');
    await page.waitForFunction(() => [...document.querySelectorAll('.getting-started-media img')].some((i) => (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), undefined, { timeout: 10_000 }).catch(() => undefined);
    await page.waitForTimeout(800);
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-8-done.png') });
    // The walkthrough page alone, for the README.
    await page.screenshot({ path: path.join(results, 'walkthrough-ko-8-done-page.png'), clip: within(page, await boxOf(page, '.part.editor')) });
  });
});
