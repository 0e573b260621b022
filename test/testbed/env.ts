// Installs what the real-VS-Code test bed needs, once, into caches outside the clone:
// Debian packages (chromium, a Korean font, libkrb5-dev) with apt when missing and run as root,
// Node 24 from npm, and the pinned code-server (VS Code server) built under that Node.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';
export const CACHE = process.env.CRM_NOTES_CACHE ?? path.join(os.homedir(), '.cache', 'crm-notes-testbed');
export const CHROMIUM = process.env.CRM_NOTES_CHROMIUM ?? '/usr/bin/chromium';

const APT_PACKAGES = [
  { name: 'chromium', present: () => existsSync(CHROMIUM) },
  { name: 'fonts-nanum', present: () => existsSync('/usr/share/fonts/truetype/nanum') || hasKoreanFont() },
  { name: 'libkrb5-dev', present: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/krb5/krb5.h') },
];

function hasKoreanFont(): boolean {
  const probe = spawnSync('fc-list', [':lang=ko'], { encoding: 'utf8' });
  return probe.status === 0 && probe.stdout.trim() !== '';
}

function log(message: string): void {
  process.stderr.write(`[testbed] ${message}\n`);
}

/** Installs missing Debian packages when root; otherwise says the one command to run. */
export function ensureAptPackages(): void {
  const missing = APT_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) {
    return;
  }
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Run: sudo ${command}`);
  }
  log(`installing ${missing.join(', ')} with apt (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: ['ignore', 'ignore', 'inherit'], env });
}

/** A cross-process lock (mkdir is atomic) so two runs never install into one folder at once. */
function withLock<T>(name: string, fn: () => T): T {
  mkdirSync(CACHE, { recursive: true });
  const lock = path.join(CACHE, `${name}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (Date.now() - started > 20 * 60 * 1000) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** Node 24 from the npm registry (`node` package), cached; returns the binary's path. */
export function ensureNode(): string {
  const dir = path.join(CACHE, `node${NODE_MAJOR}`);
  const bin = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  const ok = () => existsSync(bin) && spawnSync(bin, ['-v'], { encoding: 'utf8' }).stdout.startsWith(`v${NODE_MAJOR}.`);
  if (ok()) {
    return bin;
  }
  return withLock('node', () => {
    if (!ok()) {
      log(`installing Node ${NODE_MAJOR} from npm into ${dir} (once)…`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (!ok()) {
        throw new Error(`Node ${NODE_MAJOR} did not install into ${dir}`);
      }
    }
    return bin;
  });
}

/** The pinned code-server, installed under Node 24 (its postinstall builds native modules). */
export function ensureCodeServer(): { node: string; entry: string } {
  const node = ensureNode();
  const dir = path.join(CACHE, `code-server-${CODE_SERVER_VERSION}`);
  const entry = path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  const marker = path.join(dir, '.complete');
  const ok = () => existsSync(entry) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === CODE_SERVER_VERSION;
  if (!ok()) {
    withLock('code-server', () => {
      if (ok()) {
        return;
      }
      ensureAptPackages();
      log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; builds native modules, a few minutes)…`);
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}` };
      execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', `code-server@${CODE_SERVER_VERSION}`], {
        stdio: ['ignore', 'inherit', 'inherit'],
        env,
      });
      if (!existsSync(entry)) {
        throw new Error(`code-server did not install: ${entry} is missing`);
      }
      writeFileSync(marker, `${CODE_SERVER_VERSION}\n`);
    });
  }
  return { node, entry };
}

/** Everything at once: apt packages, Node 24, code-server. */
export interface Testbed {
  readonly node: string;
  readonly entry: string;
  readonly chromium: string;
}

export function ensureTestbed(): Testbed {
  ensureAptPackages();
  return { ...ensureCodeServer(), chromium: CHROMIUM };
}

if (require.main === module) {
  const found = ensureTestbed();
  log(`ready: node ${found.node}, code-server ${found.entry}, chromium ${found.chromium}`);
}
