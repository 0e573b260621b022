// A stand-in for the VS Code executable that @vscode/test-electron's runTests spawns
// (`vscodeExecutablePath`). It accepts the same arguments as desktop VS Code
// (`--extensionDevelopmentPath=…`, `--extensionTestsPath=…`, a folder), runs them in the VS Code
// server with a headless Chromium as the window, forwards the extension host's console, and exits
// with the test suite's status.
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser, startServer } from './workbench';
import { ensureTestbed } from './env';
import { UNTRUSTED_FLAG } from './protocol';
const SUITE_TIMEOUT_MS = 8 * 60 * 1000;
/** The workbench's own start-up chatter, forwarded with the suite's output; shown with CRM_NOTES_VERBOSE=1. */
const WORKBENCH_NOISE = /^(Ignoring fetching additional builtin|Updating additional builtin|Creating a socket|Resolving connection token|Resolved connection token|\[reconnection-grace-time\]|\[Service Worker\]|\[AgentHost|\[AccountPolicyGate\])/;

function argValue(args: readonly string[], name: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === name) {
      return args[i + 1];
    }
    if (arg.startsWith(`${name}=`)) {
      return arg.slice(name.length + 1);
    }
  }
  return undefined;
}

async function main(args: readonly string[]): Promise<number> {
  const extensionPath = argValue(args, '--extensionDevelopmentPath');
  const testsPath = argValue(args, '--extensionTestsPath');
  const folder = args.find((a) => !a.startsWith('-') && path.isAbsolute(a));
  if (extensionPath === undefined || testsPath === undefined || folder === undefined) {
    process.stderr.write('codeHost: needs --extensionDevelopmentPath, --extensionTestsPath and a folder\n');
    return 2;
  }
  const testbed = ensureTestbed();
  const verbose = process.env.CRM_NOTES_VERBOSE === '1';
  const server = await startServer(
    { trust: args.includes(UNTRUSTED_FLAG), log: verbose ? (line) => process.stderr.write(`[server] ${line}\n`) : undefined },
    testbed,
  );
  const browser = await launchBrowser(testbed);
  try {
    const page = await browser.newPage();
    let settle: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => {
      settle = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (_level: unknown, logArgs: unknown) => {
      const parts = Array.isArray(logArgs) ? logArgs : [logArgs];
      const line = format(...(parts as [unknown, ...unknown[]]));
      if (verbose || !WORKBENCH_NOISE.test(line)) {
        process.stdout.write(`${line}\n`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code: unknown) => {
      settle(typeof code === 'number' ? code : 1);
    });
    page.on('pageerror', (error) => {
      if (verbose) {
        process.stderr.write(`[page] ${error.message}\n`);
      }
    });
    await page.goto(server.url(folder, extensionPath, testsPath));
    const timeout = new Promise<number>((resolve) =>
      setTimeout(() => {
        process.stderr.write(`codeHost: the suite did not finish within ${SUITE_TIMEOUT_MS / 1000} s\n`);
        resolve(1);
      }, SUITE_TIMEOUT_MS).unref(),
    );
    return await Promise.race([exited, timeout]);
  } finally {
    await browser.close().catch(() => undefined);
    await server.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`codeHost: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
