#!/usr/bin/env node
// `npm start`: builds the extension and opens the bundled Korean sample notes (media/samples) in a
// real VS Code with the extension running. Desktop VS Code when `code` is on PATH; otherwise the
// VS Code server on 127.0.0.1, with the URL printed for your browser.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });
if (build.status !== 0) {
  process.exit(build.status ?? 1);
}

// A copy of the samples outside the clone, so trying things out never edits the repository.
const cache = process.env.CRM_NOTES_CACHE ?? path.join(os.homedir(), '.cache', 'crm-notes-testbed');
const workspace = path.join(cache, '샘플-노트');
mkdirSync(workspace, { recursive: true });
for (const name of readdirSync(path.join(root, 'media', 'samples'))) {
  if (!existsSync(path.join(workspace, name))) {
    cpSync(path.join(root, 'media', 'samples', name), path.join(workspace, name));
  }
}

const hasDesktop = process.env.CRM_NOTES_VSCODE !== 'server' && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;
if (hasDesktop) {
  spawn('code', [`--extensionDevelopmentPath=${root}`, workspace], { stdio: 'ignore', detached: true }).unref();
  console.log(`VS Code를 열었습니다 (확장 개발 호스트): ${workspace}`);
  process.exit(0);
}

const { startServer, freePort } = require(path.join(root, 'out', 'test', 'testbed', 'workbench.js'));
const wanted = Number(process.env.PORT ?? 8080);
const port = (await portIsFree(wanted)) ? wanted : await freePort();
const server = await startServer({ port, log: process.env.CRM_NOTES_VERBOSE === '1' ? (l) => console.error(l) : undefined });
const url = server.url(workspace, root);
console.log('');
console.log('CRM 노트가 실행 중인 VS Code (VS Code server):');
console.log(`  ${url}`);
console.log('');
console.log('브라우저에서 위 주소를 열면 샘플 노트가 열립니다. 용어 위에 마우스를 올려 보세요. 끝내려면 Ctrl+C.');
console.log('Open the URL above in a browser: the sample notes open with the extension running. Ctrl+C stops it.');

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => undefined, 1 << 30);

async function portIsFree(p) {
  const net = await import('node:net');
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(p, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
