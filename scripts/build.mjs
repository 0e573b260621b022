#!/usr/bin/env node
// Bundles the extension, the CLI and the test suites with esbuild. Type checking is separate
// (`npm run typecheck`), as in the esbuild sample: bundling stays fast and never hides type errors.
import * as esbuild from 'esbuild';
import { chmod, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir=DIR` puts the production bundles elsewhere (the benchmark measures them there).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? path.join(root, 'dist');

/**
 * Parses and validates src/glossary/*.glossary.json with the core's own parser (bundled for the
 * occasion) and returns the compiled JSON; any problem in the bundled glossary fails the build.
 */
async function compileBundledGlossary() {
  const dir = path.join(root, 'src', 'glossary');
  const names = (await readdir(dir)).filter((n) => n.endsWith('.glossary.json')).sort();
  const files = await Promise.all(names.map(async (name) => ({ name, text: await readFile(path.join(dir, name), 'utf8') })));
  const bundle = await esbuild.build({
    entryPoints: [path.join(root, 'src', 'core', 'glossary', 'compiled.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'warning',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', bundle.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const result = module.exports.compileGlossary(files);
  if (result.problems.length > 0) {
    throw new Error(`the bundled glossary has ${result.problems.length} problem(s):\n${result.problems.map((p) => `  src/${p}`).join('\n')}`);
  }
  return { json: result.json, merged: result.merged, watchFiles: names.map((n) => path.join(dir, n)) };
}

/** `import { files, merged } from 'crm-notes:bundled-glossary'` → the compiled bundled glossary (two JSON strings). */
const bundledGlossary = {
  name: 'bundled-glossary',
  setup(build) {
    build.onResolve({ filter: /^crm-notes:bundled-glossary$/ }, (args) => ({ path: args.path, namespace: 'crm-glossary' }));
    build.onLoad({ filter: /.*/, namespace: 'crm-glossary' }, async () => {
      const { json, merged, watchFiles } = await compiledGlossary();
      return { contents: `export const files = ${JSON.stringify(json)};\nexport const merged = ${JSON.stringify(merged)};`, loader: 'js', watchFiles };
    });
  },
};

// Compiled once per build, shared by every bundle that imports it.
let compiling;
function compiledGlossary() {
  if (watch) {
    compiling = undefined; // an edited glossary file recompiles
  }
  compiling ??= compileBundledGlossary();
  return compiling;
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  mainFields: ['module', 'main'],
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: 'warning',
  plugins: [bundledGlossary],
};

async function entries(dir, suffix) {
  const full = path.join(root, dir);
  if (!existsSync(full)) {
    return [];
  }
  return (await readdir(full)).filter((n) => n.endsWith(suffix)).map((n) => path.join(full, n));
}

const builds = [
  { ...common, entryPoints: [path.join(root, 'src/extension.ts')], outfile: path.join(outdir, 'extension.js'), external: ['vscode'] },
  { ...common, entryPoints: [path.join(root, 'src/cli.ts')], outfile: path.join(outdir, 'cli.js'), banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: [path.join(root, 'src/glossaryWorker.ts')], outfile: path.join(outdir, 'glossaryWorker.js') },
  // The practice panel's page: a browser bundle and its stylesheet, the panel's only local resources.
  {
    ...common,
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    plugins: [],
    entryPoints: [path.join(root, 'src/webview/practice.ts'), path.join(root, 'src/webview/practice.css')],
    outdir: path.join(outdir, 'webview'),
  },
];
if (!production) {
  const tests = { ...common, packages: 'external', external: ['vscode'] };
  builds.push(
    { ...tests, entryPoints: await entries('test/unit', '.test.ts'), outdir: path.join(root, 'out/test/unit') },
    { ...tests, entryPoints: await entries('test/integration', '.ts'), outdir: path.join(root, 'out/test/integration') },
    { ...tests, entryPoints: await entries('test/ui', '.ts'), outdir: path.join(root, 'out/test/ui') },
    { ...tests, entryPoints: await entries('test/testbed', '.ts'), outdir: path.join(root, 'out/test/testbed'), banner: { js: '#!/usr/bin/env node' } },
    { ...tests, entryPoints: await entries('bench', '.ts'), outdir: path.join(root, 'out/bench') },
  );
}

const active = builds.filter((b) => (b.entryPoints?.length ?? 0) > 0);
if (watch) {
  for (const options of active) {
    const context = await esbuild.context(options);
    await context.watch();
  }
  console.log('esbuild: watching…');
} else {
  await Promise.all(active.map((options) => esbuild.build(options)));
  await chmod(path.join(outdir, 'cli.js'), 0o755);
  if (!production) {
    await chmod(path.join(root, 'out/test/testbed/codeHost.js'), 0o755);
  }
}
