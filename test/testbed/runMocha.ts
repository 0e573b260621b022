// Runs one tier of mocha tests (compiled .test.js files in a folder) in its own process and
// prints a result line that scripts/test.mjs adds up.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { RESULT_PREFIX } from './protocol';

const [dir, tier = path.basename(dir ?? ''), timeout = '20000'] = process.argv.slice(2);
if (dir === undefined) {
  process.stderr.write('runMocha: needs a folder of compiled tests\n');
  process.exit(2);
}
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: Number(timeout), color: process.stdout.isTTY === true });
for (const file of readdirSync(dir).filter((f) => f.endsWith('.test.js')).sort()) {
  mocha.addFile(path.resolve(dir, file));
}
const runner = mocha.run((failures) => {
  const stats = runner.stats ?? { passes: 0, failures };
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify({ tier, passed: stats.passes, failed: stats.failures })}\n`);
  process.exitCode = failures > 0 ? 1 : 0;
});
