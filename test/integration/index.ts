// The test entry VS Code loads into the extension host (`extensionTestsPath`). It runs the mocha
// suites of this folder and reports the counts on one line for `npm test`'s summary.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { RESULT_PREFIX } from '../testbed/protocol';

export function run(): Promise<void> {
  const suite = process.env.CRM_NOTES_SUITE ?? 'main';
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.test.js'))
    .filter((f) => (suite === 'restricted' ? f === 'restricted.test.js' : f !== 'restricted.test.js'))
    .sort();
  for (const file of files) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      console.log(`${RESULT_PREFIX}${JSON.stringify({ tier: `integration:${suite}`, passed: runner.stats?.passes ?? 0, failed: failures })}`);
      if (failures > 0) {
        reject(new Error(`${failures} integration test(s) failed`));
      } else {
        resolve();
      }
    });
  });
}
