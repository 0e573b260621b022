#!/usr/bin/env node
// Bundles the extension, the CLI and the test suites with esbuild. Type checking is separate
// (`npm run typecheck`), as in the esbuild sample: bundling stays fast and never hides type errors.
import * as esbuild from 'esbuild';
import { chmod, readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
// `--outdir=DIR` puts the production bundles elsewhere (the benchmark measures them there).
const outdir = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) ?? path.join(root, 'dist');

/** `import files from 'crm-notes:bundled-glossary'` → every src/glossary/*.glossary.json as text. */
const bundledGlossary = {
  name: 'bundled-glossary',
  setup(build) {
    build.onResolve({ filter: /^crm-notes:bundled-glossary$/ }, (args) => ({ path: args.path, namespace: 'crm-glossary' }));
    build.onLoad({ filter: /.*/, namespace: 'crm-glossary' }, async () => {
      const dir = path.join(root, 'src', 'glossary');
      const names = (await readdir(dir)).filter((n) => n.endsWith('.glossary.json')).sort();
      // Production bundles carry the JSON without indentation (a third smaller); development
      // builds keep it as written so problems in it point at real lines.
      const read = async (name) => {
        const text = await readFile(path.join(dir, name), 'utf8');
        return production ? JSON.stringify(JSON.parse(text)) : text;
      };
      const files = await Promise.all(names.map(async (name) => ({ name, text: await read(name) })));
      return { contents: `export default ${JSON.stringify(files)};`, loader: 'js', watchFiles: names.map((n) => path.join(dir, n)) };
    });
  },
};

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
