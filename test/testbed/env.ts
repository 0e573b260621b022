// Installs what the real-VS-Code test bed needs, once, into caches outside the clone:
// Debian packages (chromium, a Korean font, libkrb5-dev) with apt when missing and run as root,
// Node 24 from npm, and the pinned code-server (VS Code server) built under that Node.
//
// Every nested `npm` goes through `nestedNpmEnv`: started from inside `npm test`, a child npm
// inherits the outer npm's variables (`npm_config_user_agent` still says node/v20, which
// code-server's postinstall reads and refuses), and node-gyp would use the machine's `nodedir`
// (Node 20's headers) or try to download headers. Both are cut off here, in one place.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Variables an outer npm sets for its scripts; a nested npm must not see them. */
export function isInheritedNpmVariable(name: string): boolean {
  const lower = name.toLowerCase();
  return (
    lower.startsWith('npm_') || // npm_config_*, npm_lifecycle_*, npm_package_*, npm_execpath, npm_node_execpath, npm_command
    name === 'INIT_CWD' ||
    name === 'NODE' || // npm points it at the Node that runs the outer npm
    name === 'NODE_OPTIONS'
  );
}

/** The folder of a `node` package install that holds `include/node/node.h` (what node-gyp's `nodedir` wants). */
export function nodeHeadersDir(nodeBin: string): string | undefined {
  // <prefix>/node_modules/node/bin/node → <prefix>/node_modules
  const modules = path.resolve(path.dirname(nodeBin), '..', '..');
  const candidates = [path.join(modules, 'node', 'node_modules'), modules];
  for (const folder of candidates) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.startsWith('node-')).sort()) {
      const dir = path.join(folder, name);
      if (existsSync(path.join(dir, 'include', 'node', 'node.h'))) {
        return dir;
      }
    }
  }
  return undefined;
}

/**
 * The environment for an npm started by the test bed: `base` without the outer npm's variables,
 * with `nodeBin`'s folder first on PATH (so `npm` and its scripts run under that Node) and, when
 * `nodeBin` came from the `node` package, node-gyp pointed at that Node's own headers.
 */
export function nestedNpmEnv(base: NodeJS.ProcessEnv, nodeBin?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(base)) {
    if (!isInheritedNpmVariable(name) && value !== undefined) {
      env[name] = value;
    }
  }
  env.npm_config_update_notifier = 'false';
  env.npm_config_fund = 'false';
  env.npm_config_audit = 'false';
  if (nodeBin !== undefined) {
    const bin = path.dirname(nodeBin);
    const rest = (base.PATH ?? '').split(path.delimiter).filter((p) => p !== '' && path.resolve(p) !== path.resolve(bin));
    env.PATH = [bin, ...rest].join(path.delimiter);
    const headers = nodeHeadersDir(nodeBin);
    if (headers !== undefined) {
      env.npm_config_nodedir = headers;
    }
  }
  return env;
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
  withLock('apt', () => {
    const still = APT_PACKAGES.filter((p) => !p.present()).map((p) => p.name);
    if (still.length === 0) {
      return;
    }
    log(`installing ${still.join(', ')} with apt (once)…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: ['ignore', 'ignore', 'inherit'], env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...still], { stdio: ['ignore', 'ignore', 'inherit'], env });
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * A cross-process lock (mkdir is atomic) so two runs never install into one folder at once. The
 * lock holds its owner's pid: a lock whose owner died (a run killed mid-install) is taken over.
 */
export function withLock<T>(name: string, fn: () => T, cache: string = CACHE): T {
  mkdirSync(cache, { recursive: true });
  const lock = path.join(cache, `${name}.lock`);
  const owner = path.join(lock, 'pid');
  let told = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(owner, `${process.pid}\n`);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw error;
      }
      let pid = Number.NaN;
      try {
        pid = Number(readFileSync(owner, 'utf8').trim());
      } catch {
        // the owner is between mkdir and writing its pid, or died there
      }
      if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) {
        log(`an earlier ${name} install (pid ${pid}) stopped half-way; redoing it`);
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Number.isNaN(pid)) {
        // give a fresh owner a moment to write its pid; then a pid-less lock is stale
        sleep(2000);
        if (!existsSync(owner)) {
          rmSync(lock, { recursive: true, force: true });
        }
        continue;
      }
      if (!told) {
        log(`waiting for another run (pid ${pid}) that is installing ${name}…`);
        told = true;
      }
      sleep(1000);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A finished install: the marker file says which version, and is written last. */
function complete(dir: string, version: string, required: string): boolean {
  const marker = path.join(dir, '.complete');
  return existsSync(required) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === version;
}

/** Installs `spec` into `dir` with a clean nested npm; the marker goes in only if it all worked. */
function npmInstall(dir: string, spec: string, version: string, nodeBin?: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // An empty package.json keeps npm from walking up into an unrelated project.
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true }\n');
  execFileSync('npm', ['install', '--prefix', dir, '--no-audit', '--no-fund', '--no-save', '--loglevel=error', spec], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: nestedNpmEnv(process.env, nodeBin),
  });
  writeFileSync(path.join(dir, '.complete'), `${version}\n`);
}

function nodeDir(): string {
  return path.join(CACHE, `node${NODE_MAJOR}`);
}

/** Node 24 from the npm registry (`node` package), cached; returns the binary's path. */
export function ensureNode(): string {
  const dir = nodeDir();
  const bin = path.join(dir, 'node_modules', 'node', 'bin', 'node');
  const ok = (): boolean =>
    complete(dir, NODE_MAJOR, bin) &&
    spawnSync(bin, ['-v'], { encoding: 'utf8' }).stdout.startsWith(`v${NODE_MAJOR}.`) &&
    nodeHeadersDir(bin) !== undefined;
  if (ok()) {
    return bin;
  }
  return withLock('node', () => {
    if (!ok()) {
      log(`installing Node ${NODE_MAJOR} from npm into ${dir} (once)…`);
      npmInstall(dir, `node@${NODE_MAJOR}`, NODE_MAJOR);
      if (!ok()) {
        rmSync(path.join(dir, '.complete'), { force: true });
        throw new Error(`Node ${NODE_MAJOR} did not install into ${dir} (or has no headers)`);
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
  if (!complete(dir, CODE_SERVER_VERSION, entry)) {
    withLock('code-server', () => {
      if (complete(dir, CODE_SERVER_VERSION, entry)) {
        return;
      }
      ensureAptPackages();
      const started = Date.now();
      log(`installing code-server ${CODE_SERVER_VERSION} into ${dir} (once; builds native modules, a few minutes)…`);
      npmInstall(dir, `code-server@${CODE_SERVER_VERSION}`, CODE_SERVER_VERSION, node);
      if (!existsSync(entry)) {
        rmSync(path.join(dir, '.complete'), { force: true });
        throw new Error(`code-server did not install: ${entry} is missing`);
      }
      log(`code-server ready in ${Math.round((Date.now() - started) / 1000)} s`);
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

// Run as a script (`node out/test/testbed/env.js`), not when bundled into another entry point.
if (require.main === module && path.basename(require.main.filename) === 'env.js') {
  const found = ensureTestbed();
  log(`ready: node ${found.node}, code-server ${found.entry}, chromium ${found.chromium}`);
}
