// Installed, not developed: the .vsix a student gets, built the way `npm run package` builds it,
// installed with `--install-extension` into a clean VS Code server profile, then a folder of
// Korean notes opened as a new user would open it.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Workbench, openWorkbench } from '../testbed/workbench';
import { hoverUntil, openFile, runCommand } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const results = path.join(root, 'test-results');

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

describe('설치한 .vsix (installed from the package, not under development)', function () {
  let workbench: Workbench;
  let dir: string;
  let folder: string;
  let size = 0;

  before(async function () {
    mkdirSync(results, { recursive: true });
    dir = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-vsix-'));
    const vsix = buildVsix(dir);
    size = statSync(vsix).size;
    folder = path.join(dir, 'notes-folder');
    cpSync(path.join(root, 'test', 'fixtures', 'workspace'), folder, { recursive: true });
    workbench = await openWorkbench({ folder, extensionPath: undefined, server: { install: [vsix], trust: true } });
  });

  after(async () => {
    await workbench?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('.vsix는 1 MB보다 작다', () => {
    assert.ok(size > 100 * 1024 && size < 1024 * 1024, `${size} bytes`);
  });

  it('설치한 확장이 켜진다: 상태 표시줄, 호버(상자 없이), 챕터 트리, 퀴즈 명령과 연습 패널', async () => {
    const { page } = workbench;
    await openFile(page, '로열티.md');
    // Activated from the installed package: its status-bar item appears.
    await page.waitForFunction(() => [...document.querySelectorAll('.statusbar-item')].some((i) => /Reviews \d+|복습 \d+/.test((i as HTMLElement).innerText)), undefined, { timeout: 30_000 });
    assert.equal(await page.$$eval('.monaco-editor .unicode-highlight', (els) => els.length), 0, 'no Unicode boxes in Restricted Mode');
    // The hover, as in the development host.
    const hover = (await hoverUntil(page, '로열티는', '고객로열티 전략', 10)) ?? '';
    await page.screenshot({ path: path.join(results, 'installed-hover.png') });
    assert.ok(hover.includes('고객로열티 전략'), hover);
    assert.doesNotMatch(hover, /not a basic ASCII character/);
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
