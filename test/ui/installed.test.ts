// Installed, not developed: the .vsix a student gets, built the way `npm run package` builds it,
// installed with `--install-extension` into a clean VS Code server profile, then a folder of
// Korean notes opened as a new user would open it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Workbench, openWorkbench } from '../testbed/workbench';
import { hoverUntil, openFile, openWalkthrough, runCommand } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const results = path.join(root, 'test-results');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  contributes: { walkthroughs: Array<{ id: string; title: string; steps: Array<{ id: string; title: string }> }> };
};
const nlsKo = JSON.parse(readFileSync(path.join(root, 'package.nls.ko.json'), 'utf8')) as Record<string, string>;
const ko = (value: string): string => nlsKo[value.replace(/^%|%$/g, '')] ?? value;

/** The production bundles and the packaged files, staged outside the checkout, then `vsce package`. */
function buildVsix(dir: string): string {
  const stage = path.join(dir, 'stage');
  mkdirSync(stage, { recursive: true });
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--production', `--outdir=${path.join(stage, 'dist')}`], { cwd: root, encoding: 'utf8' });
  assert.equal(build.status, 0, build.stderr);
  for (const item of ['package.json', 'package.nls.json', 'package.nls.ko.json', 'README.md', 'CHANGELOG.md', 'LICENSE', '.vscodeignore', 'l10n', 'media', 'syntaxes']) {
    cpSync(path.join(root, item), path.join(stage, item), { recursive: true });
  }
  // The bundles are built above; the staged manifest must not build them again from sources it lacks.
  const manifest = JSON.parse(readFileSync(path.join(stage, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  delete manifest.scripts['vscode:prepublish'];
  writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2));
  const vsix = path.join(dir, 'crm-notes.vsix');
  // As `npm run package`: the README's screenshots are relative links to files left out of the .vsix.
  const pack = spawnSync(process.execPath, [path.join(root, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix], { cwd: stage, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr || pack.stdout);
  return vsix;
}

/** One .vsix for both windows below, built on first use and removed when the file's tests end. */
let built: { dir: string; vsix: string } | undefined;
function theVsix(): string {
  if (built === undefined) {
    mkdirSync(results, { recursive: true });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-vsix-'));
    built = { dir, vsix: buildVsix(dir) };
  }
  return built.vsix;
}
after(() => {
  if (built !== undefined) {
    rmSync(built.dir, { recursive: true, force: true });
  }
});

/** A fresh copy of the Korean notes folder next to the .vsix. */
function notesFolder(name: string): string {
  const folder = path.join(path.dirname(theVsix()), name);
  cpSync(path.join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
  return folder;
}

describe('설치한 .vsix, 신뢰하지 않은 폴더 (installed from the package, Restricted Mode, English UI)', function () {
  let workbench: Workbench;
  let size = 0;

  before(async function () {
    size = statSync(theVsix()).size;
    workbench = await openWorkbench({ folder: notesFolder('untrusted'), extensionPath: undefined, server: { install: [theVsix()], trust: true } });
  });

  after(async () => {
    await workbench?.close();
  });

  it('.vsix는 1 MB보다 작다', () => {
    assert.ok(size > 100 * 1024 && size < 1024 * 1024, `${size} bytes`);
  });

  it('설치한 확장이 켜진다: 상태 표시줄, 호버(상자 없이), 챕터 트리, 퀴즈 명령과 연습 패널', async () => {
    const { page } = workbench;
    await openFile(page, '로열티.md');
    // Activated from the installed package: its status-bar item appears.
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((i) => /Reviews \d+|복습 \d+/.test((i as HTMLElement).innerText)), undefined, { timeout: 30_000 });
    // The trust indicator can render after our status item on a cold first start: wait for it.
    const restricted = await page
      .waitForFunction(() => document.body.innerText.includes('Restricted Mode'), undefined, { timeout: 30_000 })
      .then(() => true, () => false);
    assert.ok(restricted, 'the window is in Restricted Mode');
    // The hover, as in the development host.
    const hover = (await hoverUntil(page, '로열티는', '고객로열티 전략', 10)) ?? '';
    await page.screenshot({ path: path.join(results, 'installed-hover.png') });
    assert.ok(hover.includes('고객로열티 전략'), hover);
    assert.doesNotMatch(hover, /not a basic ASCII character/);
    // The editor shows the Korean lines by now; none of their characters is boxed.
    assert.ok(await page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-line')].some((l) => /로열티/.test((l as HTMLElement).innerText))), 'the note is rendered');
    assert.equal(await page.$$eval('.monaco-editor .unicode-highlight', (els) => els.length), 0, 'no Unicode boxes in Restricted Mode');
    // The chapter tree.
    const container = await page.waitForSelector('.activitybar .action-item [aria-label^="CRM"]', { timeout: 20_000 });
    await container.click();
    await page.waitForFunction(() => [...document.querySelectorAll('.monaco-list-row')].some((r) => /고객로열티 전략/.test((r as HTMLElement).innerText)), undefined, { timeout: 20_000 });
    // A quiz from the palette, practised in the panel shipped in the package.
    await runCommand(page, 'CRM Notes: Practise Due Cards');
    let card: string | undefined;
    for (let attempt = 0; attempt < 40 && card === undefined; attempt++) {
      await page.waitForTimeout(500);
      for (const frame of page.frames()) {
        card = await frame.evaluate(() => document.querySelector('#app .card .front')?.textContent ?? undefined).catch(() => undefined);
        if (card !== undefined) {
          break;
        }
      }
    }
    await page.screenshot({ path: path.join(results, 'installed-practice.png') });
    assert.ok(card !== undefined && card.length > 0, 'the practice panel shows a card');
  });
});

describe('설치한 .vsix, 신뢰한 폴더, 한국어 화면 (installed, trusted, Korean display language)', function () {
  let workbench: Workbench;
  const walkthrough = manifest.contributes.walkthroughs.find((w) => w.id === 'crmNotes.welcome');

  before(async function () {
    workbench = await openWorkbench({ folder: notesFolder('trusted'), extensionPath: undefined, server: { install: [theVsix()], locale: 'ko' } });
  });

  after(async () => {
    await workbench?.close();
  });

  it('켜지고 한국어로 말한다: 상태 표시줄의 복습 수, 상자 없는 호버, 한국어 명령으로 만든 퀴즈의 알림', async () => {
    const { page } = workbench;
    await openFile(page, '로열티.md');
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((i) => /복습 \d+/.test((i as HTMLElement).innerText)), undefined, { timeout: 30_000 });
    assert.equal(await page.evaluate(() => document.body.innerText.includes('Restricted Mode')), false, 'a trusted window');
    assert.equal(await page.$$eval('.monaco-editor .unicode-highlight', (els) => els.length), 0, 'no Unicode boxes on the Korean note');
    const hover = (await hoverUntil(page, '로열티는', '고객로열티 전략', 10)) ?? '';
    assert.ok(hover.includes('고객로열티 전략'), hover);
    assert.doesNotMatch(hover, /not a basic ASCII character|기본 ASCII 문자가 아닙니다/);
    await runCommand(page, `CRM 노트: ${ko('%command.quizFromNote%')}`);
    await page.waitForTimeout(500);
    await runCommand(page, 'Notifications: Show Notifications');
    const item = await page.waitForSelector('.notifications-center .notification-list-item:has-text("CRM 노트: 카드")', { timeout: 15_000 });
    await page.screenshot({ path: path.join(results, 'installed-ko-quiz.png') });
    assert.match(await item.innerText(), /CRM 노트: 카드 \d+장/);
  });

  it('시작하기 안내가 설치한 확장에서 한국어 제목과 여섯 단계로 열린다', async () => {
    const { page } = workbench;
    assert.ok(walkthrough, 'package.json has the walkthrough');
    await openWalkthrough(page, ko(walkthrough.title));
    const titles = await page.$$eval('button.getting-started-step .step-title', (els) => els.map((e) => (e as HTMLElement).innerText.trim()));
    await page.screenshot({ path: path.join(results, 'installed-ko-walkthrough.png') });
    assert.deepEqual(titles, walkthrough.steps.map((s) => ko(s.title)));
    assert.ok(titles.every((t) => /^[가-힣 ]+$/.test(t)), titles.join(', '));
  });
});
