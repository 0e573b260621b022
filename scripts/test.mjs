#!/usr/bin/env node
// `npm test`: builds, type-checks, then runs every tier — unit tests in plain Node, integration
// tests inside a real VS Code extension host, UI tests in a real browser on the real workbench —
// and ends with one line: `N passed, N failed`.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = (() => {
  const i = process.argv.indexOf('--only');
  return i >= 0 ? process.argv[i + 1] : undefined;
})();
const RESULT = 'CRM_NOTES_RESULT ';

function step(title, command, args) {
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

/** Runs a tier, echoing its output, and collects the result lines it prints. */
function tier(title, args, env = {}) {
  process.stdout.write(`\n▶ ${title}\n`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    const results = [];
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      buffer += chunk.toString('utf8');
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const at = line.indexOf(RESULT);
        if (at >= 0) {
          try {
            results.push(JSON.parse(line.slice(at + RESULT.length)));
          } catch {
            // not ours
          }
        }
      }
    });
    child.on('close', (code) => resolve({ title, code, results }));
  });
}

const started = Date.now();
let ok = step('build', process.execPath, ['scripts/build.mjs']);
ok = step('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.']) && ok;
ok = step('typecheck webview', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'src/webview']) && ok;
ok = step('typecheck tests', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', 'test']) && ok;
const runs = [];
if (ok) {
  if (only === undefined || only === 'unit') {
    runs.push(await tier('unit tests (plain Node)', ['out/test/testbed/runMocha.js', 'out/test/unit', 'unit']));
  }
  if (only !== 'unit') {
    // Once, before the tiers that need it: Node 24, the VS Code server and Chromium (cached).
    ok = step('test bed (real VS Code server, Chromium)', process.execPath, ['out/test/testbed/env.js']);
  }
  if (ok && (only === undefined || only === 'integration')) {
    runs.push(await tier('integration tests (real VS Code extension host)', ['out/test/testbed/runIntegration.js']));
  }
  if (ok && (only === undefined || only === 'ui')) {
    runs.push(await tier('UI tests (real workbench in Chromium)', ['out/test/testbed/runMocha.js', 'out/test/ui', 'ui', '180000']));
  }
}

let passed = 0;
let failed = 0;
process.stdout.write('\n');
for (const run of runs) {
  const sum = run.results.reduce((acc, r) => ({ passed: acc.passed + r.passed, failed: acc.failed + r.failed }), { passed: 0, failed: 0 });
  if (run.code !== 0 && sum.failed === 0) {
    sum.failed = 1; // the tier crashed before reporting: count it, never hide it
  }
  passed += sum.passed;
  failed += sum.failed;
  process.stdout.write(`  ${run.title}: ${sum.passed} passed, ${sum.failed} failed${run.results.length > 1 ? ` (${run.results.map((r) => `${r.tier} ${r.passed}/${r.passed + r.failed}`).join(', ')})` : ''}\n`);
}
if (!ok) {
  failed += 1;
  process.stdout.write('  build, type check or test bed failed\n');
}
process.stdout.write(`  time: ${Math.round((Date.now() - started) / 1000)} s\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
