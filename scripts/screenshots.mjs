#!/usr/bin/env node
// Copies the UI tests' screenshots (test-results/, git-ignored) that the project shows to people:
// the README's pictures into media/screenshots/ and the walkthrough steps' pictures into
// media/walkthrough/, under stable names. Both folders are committed, so packaging and the
// Marketplace page need neither a browser nor a test run. Fails, listing every problem, when a
// screenshot is missing or too large; run the UI test that writes it first:
//   node scripts/build.mjs && mkdir -p out/test/uionly && cp out/test/ui/<file>.test.js out/test/uionly/ \
//     && node out/test/testbed/runMocha.js out/test/uionly ui 300000; rm -r out/test/uionly
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const results = path.join(root, 'test-results');
const KB = 1024;

/** [target in the repository, screenshot in test-results/, the UI test that writes it]. */
const README = [
  ['media/screenshots/hover.png', 'walkthrough-ko-3-hover-note.png', 'test/ui/walkthrough.test.ts'],
  ['media/screenshots/chapter-tree.png', 'practice-ko-tree.png', 'test/ui/practice.test.ts'],
  ['media/screenshots/quiz-notification.png', 'practice-ko-notification.png', 'test/ui/practice.test.ts'],
  ['media/screenshots/practice-question.png', 'practice-ko-question.png', 'test/ui/practice.test.ts'],
  ['media/screenshots/practice-answer.png', 'practice-ko-answer.png', 'test/ui/practice.test.ts'],
  ['media/screenshots/statistics.png', 'practice-ko-statistics.png', 'test/ui/practice.test.ts'],
  ['media/screenshots/walkthrough.png', 'walkthrough-ko-8-done-page.png', 'test/ui/walkthrough.test.ts'],
];
/** The pictures of package.json's walkthrough steps; these go into the .vsix, so they stay small. */
const WALKTHROUGH = [
  ['media/walkthrough/open-sample.png', 'walkthrough-media-open-sample.png', 'test/ui/walkthrough.test.ts'],
  ['media/walkthrough/hover-term.png', 'walkthrough-media-hover-term.png', 'test/ui/walkthrough.test.ts'],
  ['media/walkthrough/syllabus.png', 'walkthrough-media-syllabus.png', 'test/ui/walkthrough.test.ts'],
  ['media/walkthrough/quiz.png', 'walkthrough-media-quiz.png', 'test/ui/walkthrough.test.ts'],
  ['media/walkthrough/practice.png', 'walkthrough-media-practice.png', 'test/ui/walkthrough.test.ts'],
  ['media/walkthrough/statistics.png', 'walkthrough-media-statistics.png', 'test/ui/walkthrough.test.ts'],
];
const LIMITS = [
  [README, 150 * KB],
  [WALKTHROUGH, 100 * KB],
];

const problems = [];
for (const [list, limit] of LIMITS) {
  for (const [, name, test] of list) {
    const file = path.join(results, name);
    if (!existsSync(file)) {
      problems.push(`missing test-results/${name} (written by ${test})`);
    } else if (statSync(file).size > limit) {
      problems.push(`test-results/${name} is ${Math.round(statSync(file).size / KB)} KB, over ${limit / KB} KB (${test}: take a smaller clip)`);
    }
  }
}
if (problems.length > 0) {
  process.stderr.write(`screenshots: nothing copied, ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}\n`);
  process.exit(1);
}
for (const [list] of LIMITS) {
  for (const [target, name] of list) {
    mkdirSync(path.dirname(path.join(root, target)), { recursive: true });
    copyFileSync(path.join(results, name), path.join(root, target));
    process.stdout.write(`${target}  ${Math.round(statSync(path.join(root, target)).size / KB)} KB  ← test-results/${name}\n`);
  }
}
