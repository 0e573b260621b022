#!/usr/bin/env node
// Renders media/icon.svg to media/icon.png (128×128, transparent corners) with the headless
// Chromium the UI tests use (playwright-core; CRM_NOTES_CHROMIUM or /usr/bin/chromium, as in
// test/testbed/env.ts). The PNG is committed: packaging needs neither Chromium nor this script.
// `--preview` also writes test-results/icon-sizes.png with the icon at 128, 64, 32 and 16 px.
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'media', 'icon.svg');
const target = path.join(root, 'media', 'icon.png');
const executablePath = process.env.CRM_NOTES_CHROMIUM ?? '/usr/bin/chromium';
const SIZE = 128;

if (!existsSync(executablePath)) {
  process.stderr.write(`icon: no Chromium at ${executablePath} (apt-get install -y chromium, or set CRM_NOTES_CHROMIUM)\n`);
  process.exit(1);
}
const svg = `data:image/svg+xml;base64,${readFileSync(source).toString('base64')}`;
const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE }, deviceScaleFactor: 1 });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img id="icon" src="${svg}" width="${SIZE}" height="${SIZE}" style="display:block"></body></html>`);
  await page.waitForFunction(() => document.querySelector('#icon')?.complete === true);
  await page.screenshot({ path: target, omitBackground: true, clip: { x: 0, y: 0, width: SIZE, height: SIZE } });
  process.stdout.write(`icon: ${path.relative(root, target)} (${SIZE}×${SIZE}, ${statSync(target).size} bytes)\n`);
  if (process.argv.includes('--preview')) {
    const results = path.join(root, 'test-results');
    mkdirSync(results, { recursive: true });
    await page.setViewportSize({ width: 300, height: 150 });
    const sizes = [128, 64, 32, 16].map((s) => `<img src="${svg}" width="${s}" height="${s}" style="margin:4px">`).join('');
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#252526;display:flex;align-items:center">${sizes}</body></html>`);
    await page.waitForFunction(() => [...document.images].every((i) => i.complete));
    await page.screenshot({ path: path.join(results, 'icon-sizes.png') });
  }
} finally {
  await browser.close();
}
