// Mutation testing (`npm run mutate`): StrykerJS over the unit tier.
// The unit tests are esbuild bundles (scripts/build.mjs → out/test/unit/*.test.js), so Stryker
// instruments the sources in its sandbox, runs the build there once, and switches mutants at run
// time inside those bundles. Reports and the incremental file go to reports/mutation/ (git-ignored).
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// Every Stryker process loads the mocha runner plugin (the checker's too): the shim goes to all of them.
const shim = fileURLToPath(new URL('./scripts/mocha12.cjs', import.meta.url));
createRequire(import.meta.url)(shim);
process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(shim)}`.trim();

// Unit test files that reach src only through a spawned dist/cli.js (or not at all): Stryker sees
// no coverage for them, so they never run against a mutant; they are left out of the dry run,
// where they were the slowest tests (a 20 MB note, byte-fuzzing the CLI) and flaky under load.
const CHILD_ONLY = new Set(['cli.test.ts', 'cliHostile.test.ts', 'testbedEnv.test.ts']);
// `STRYKER_SKIP=precision.test.ts,…` leaves more out for one scoped run: the judged precision sets
// cover every line of the sense rules and take seconds per mutant (a lower bound then).
const SKIP = new Set((process.env.STRYKER_SKIP ?? '').split(',').filter((name) => name !== ''));
function unitSpecs() {
  return readdirSync(new URL('./test/unit', import.meta.url))
    .filter((name) => name.endsWith('.test.ts') && !CHILD_ONLY.has(name) && !SKIP.has(name) && !name.startsWith('zz-'))
    .sort()
    .map((name) => `out/test/unit/${name.replace(/\.ts$/, '.js')}`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // The pure core (src/core: no vscode, no fs), where the CLI's logic lives too (columns, limits,
  // `define --json`). src/cli.ts itself is only reached through a spawned dist/cli.js, whose
  // coverage Stryker cannot see.
  mutate: ['src/core/**/*.ts'],
  buildCommand: 'node scripts/build.mjs',
  testRunner: 'mocha',
  mochaOptions: {
    spec: unitSpecs(),
    require: ['scripts/stryker-mocha-hooks.cjs'],
  },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  coverageAnalysis: 'perTest',
  // Mutants that only run while the test files load (module constants, the bundled snapshot the
  // tests build once per file) would each need a fresh process and every test: ignored. A mutant
  // that tests also reach at run time still runs with those tests.
  ignoreStatic: true,
  ignorePatterns: ['dist', 'out', 'reports', 'test-results', '.vscode-test', '*.vsix'],
  // Reuses earlier results for code and tests that did not change. Tests are told apart by their
  // full titles (scripts/stryker-mocha-hooks.cjs drops their file names; the bundles in out/ are
  // not compared), so after changing what a test checks without renaming it, run
  // `npm run mutate -- --force` once (or with `--mutate` on the files it covers).
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['html', 'json', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
