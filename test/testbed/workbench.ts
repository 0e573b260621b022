// Starts a real VS Code (the VS Code server from code-server) and a headless Chromium that opens
// its workbench, with our extension loaded through the smoke-test driver's `payload`.
// Used by the integration launcher (codeHost.ts), the UI tests and `npm start`.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type Page, chromium } from 'playwright-core';
import { type Testbed, ensureTestbed } from './env';

export interface ServerOptions {
  /** Keep workspace trust on (Restricted Mode for an untrusted folder). */
  readonly trust?: boolean;
  /** Extra user settings (`<user-data-dir>/User/settings.json`). */
  readonly settings?: Record<string, unknown>;
  /** Environment for the server and so for the extension host. */
  readonly env?: NodeJS.ProcessEnv;
  /** A fixed port (npm start); a free one otherwise. */
  readonly port?: number;
  readonly log?: (line: string) => void;
  /**
   * The display language (`ko`). No language pack can be downloaded here, so VS Code's own UI
   * stays English, but `vscode.env.language` and our `package.nls.ko.json` / l10n bundle switch.
   */
  readonly locale?: string;
  /** `.vsix` files installed (`--install-extension`) into the server's clean profile before it starts. */
  readonly install?: readonly string[];
}

export interface Server {
  readonly port: number;
  readonly origin: string;
  /** The workbench URL for a folder, loading the extension (and its tests, when given). */
  url(folder: string, extensionPath: string | undefined, testsPath?: string): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

async function waitForHealth(origin: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`VS Code server exited early with code ${child.exitCode}`);
    }
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) {
        return;
      }
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`VS Code server did not answer ${origin}/healthz within ${timeoutMs} ms`);
}

/**
 * An empty language pack for `locale`: VS Code only switches its display language (and so
 * `vscode.env.language`, `package.nls.<locale>.json` and `l10n/bundle.l10n.<locale>.json`) when a
 * pack for it is installed, and none can be downloaded here. Its translations are empty, so VS
 * Code's own UI stays English while every string of ours is shown in that language.
 */
function installLocalePack(extensionsDir: string, userData: string, locale: string): void {
  const dir = path.join(extensionsDir, `crm-notes-test.language-pack-${locale}-0.0.1`);
  mkdirSync(path.join(dir, 'translations'), { recursive: true });
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: `language-pack-${locale}`,
      publisher: 'crm-notes-test',
      version: '0.0.1',
      engines: { vscode: '*' },
      categories: ['Language Packs'],
      contributes: { localizations: [{ languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
    }),
  );
  writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  // The server reads the installed packs from this file when it resolves the display language.
  writeFileSync(
    path.join(userData, 'languagepacks.json'),
    JSON.stringify({
      [locale]: {
        hash: `crm-notes-test-${locale}`,
        extensions: [{ extensionIdentifier: { id: `crm-notes-test.language-pack-${locale}` }, version: '0.0.1' }],
        translations: { vscode: path.join(dir, 'translations', 'main.i18n.json') },
        label: locale,
      },
    }),
  );
}

export async function startServer(options: ServerOptions = {}, testbed: Testbed = ensureTestbed()): Promise<Server> {
  const port = options.port ?? (await freePort());
  const home = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-vscode-'));
  const userData = path.join(home, 'user-data');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(userData, 'User', 'settings.json'),
    JSON.stringify(
      {
        'chat.disableAIFeatures': true,
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'update.mode': 'none',
        'security.workspace.trust.enabled': options.trust === true,
        'security.workspace.trust.startupPrompt': 'never',
        'security.workspace.trust.banner': 'always',
        ...options.settings,
      },
      null,
      2,
    ),
  );
  const args = [
    testbed.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userData,
    '--extensions-dir', path.join(home, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  if (options.trust !== true) {
    args.push('--disable-workspace-trust');
  }
  for (const vsix of options.install ?? []) {
    const installed = spawnSync(testbed.node, [testbed.entry, '--extensions-dir', path.join(home, 'extensions'), '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
    if (installed.status !== 0) {
      throw new Error(`installing ${vsix} failed: ${installed.stderr || installed.stdout}`);
    }
  }
  if (options.locale !== undefined) {
    args.push('--locale', options.locale);
    installLocalePack(path.join(home, 'extensions'), userData, options.locale);
  }
  const child = spawn(testbed.node, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env, EXTENSIONS_GALLERY: '{}', PATH: `${path.dirname(testbed.node)}${path.delimiter}${process.env.PATH ?? ''}` },
  });
  const log = options.log ?? (() => undefined);
  child.stdout?.on('data', (chunk: Buffer) => log(chunk.toString('utf8').trimEnd()));
  child.stderr?.on('data', (chunk: Buffer) => log(chunk.toString('utf8').trimEnd()));
  const origin = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.pid !== undefined) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          try {
            if (child.pid !== undefined) {
              process.kill(-child.pid, 'SIGKILL');
            }
          } catch {
            // gone
          }
          resolve();
        }, 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForHealth(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port,
    origin,
    url(folder: string, extensionPath: string | undefined, testsPath?: string): string {
      const remote = (p: string): string => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
      const payload: Array<[string, string]> = extensionPath === undefined ? [] : [['extensionDevelopmentPath', remote(extensionPath)]];
      if (testsPath !== undefined) {
        payload.push(['extensionTestsPath', remote(testsPath)]);
      }
      payload.push(['skipWelcome', 'true']);
      return `${origin}/?folder=${encodeURIComponent(path.resolve(folder))}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    stop,
  };
}

export async function launchBrowser(testbed: Testbed = ensureTestbed()): Promise<Browser> {
  return chromium.launch({
    executablePath: testbed.chromium,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--lang=ko-KR',
    ],
  });
}

export interface Workbench {
  readonly page: Page;
  readonly browser: Browser;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * Opens the workbench on `folder` with the extension under development (or, without
 * `extensionPath`, only what `server.install` installed); waits until it is up.
 */
export async function openWorkbench(options: {
  readonly folder: string;
  readonly extensionPath: string | undefined;
  readonly server?: ServerOptions;
  readonly viewport?: { width: number; height: number };
}): Promise<Workbench> {
  const testbed = ensureTestbed();
  const server = await startServer(options.server, testbed);
  let browser: Browser | undefined;
  try {
    browser = await launchBrowser(testbed);
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 }, locale: 'ko-KR' });
    await page.goto(server.url(options.folder, options.extensionPath));
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    const opened = browser;
    return {
      page,
      browser: opened,
      server,
      async close(): Promise<void> {
        await opened.close().catch(() => undefined);
        await server.stop();
      },
    };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await server.stop();
    throw error;
  }
}
