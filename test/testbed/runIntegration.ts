// Runs the integration suites in a real VS Code extension host through @vscode/test-electron's
// runTests. Desktop VS Code is used where it can be downloaded and shown (a display is present);
// otherwise `vscodeExecutablePath` is our launcher (codeHost.js), which runs the same suites in
// the VS Code server with a headless Chromium as the window. One test entry, two back ends.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { UNTRUSTED_FLAG } from './protocol';

const root = path.resolve(__dirname, '..', '..', '..');
const fixtures = path.join(root, 'test', 'fixtures', 'workspace');
const testsPath = path.join(root, 'out', 'test', 'integration', 'index.js');
const launcher = path.join(root, 'out', 'test', 'testbed', 'codeHost.js');

async function desktopReachable(): Promise<boolean> {
  if (process.env.CRM_NOTES_VSCODE === 'server') {
    return false;
  }
  if (process.env.CRM_NOTES_VSCODE === 'desktop') {
    return true;
  }
  if (process.platform === 'linux' && process.env.DISPLAY === undefined) {
    return false;
  }
  try {
    const response = await fetch('https://update.code.visualstudio.com/api/releases/stable', { signal: AbortSignal.timeout(3000) });
    return response.ok;
  } catch {
    return false;
  }
}

interface Suite {
  readonly name: string;
  readonly args: readonly string[];
  readonly serverOnly: boolean;
}

const SUITES: readonly Suite[] = [
  { name: 'main', args: [], serverOnly: false },
  // Restricted Mode needs workspace trust on, which test-electron turns off for desktop runs.
  { name: 'restricted', args: [UNTRUSTED_FLAG], serverOnly: true },
];

async function main(): Promise<number> {
  const desktop = await desktopReachable();
  process.stderr.write(`[integration] back end: ${desktop ? 'VS Code desktop' : 'VS Code server + headless Chromium'}\n`);
  let status = 0;
  for (const suite of SUITES) {
    if (desktop && suite.serverOnly) {
      continue;
    }
    const workspace = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-fixture-'));
    cpSync(fixtures, workspace, { recursive: true });
    try {
      const code = await runTests({
        ...(desktop ? {} : { vscodeExecutablePath: launcher }),
        extensionDevelopmentPath: root,
        extensionTestsPath: testsPath,
        launchArgs: [workspace, '--disable-extensions', ...suite.args],
        extensionTestsEnv: { CRM_NOTES_SUITE: suite.name, CRM_NOTES_FIXTURES: workspace },
      });
      if (code !== 0) {
        status = 1;
      }
    } catch (error) {
      process.stderr.write(`[integration] suite ${suite.name} failed: ${error instanceof Error ? error.message : String(error)}\n`);
      status = 1;
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  }
  return status;
}

main().then((code) => process.exit(code), (error: unknown) => {
  process.stderr.write(`[integration] ${String(error)}\n`);
  process.exit(1);
});
