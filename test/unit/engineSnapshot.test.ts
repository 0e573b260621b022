// The engine's answers on a frozen corpus and a frozen term list, compared with a snapshot taken
// from the engine as it was before the engine rewrite (test/fixtures/engine/snapshot.json). A
// difference is a behaviour change: fix it, or update the snapshot on purpose with
// `CRM_NOTES_UPDATE_SNAPSHOT=1 npm run test:unit` and say why in the commit.
import * as assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type IndexTerm, type TermMatch, TermIndex } from '../../src/core/matcher';
import { blockRegions } from '../../src/core/text/markdown';

const root = path.resolve(__dirname, '..', '..', '..');
const dir = path.join(root, 'test', 'fixtures', 'engine');
const snapshotFile = path.join(dir, 'snapshot.json');

interface Snapshot {
  /** Per corpus file: every match of a whole-note scan, one `start end wordEnd id via alts` line each. */
  scans: Record<string, string[]>;
  /** Digests of the same scan on the NFD form of each note (positions in NFD units). */
  nfd: Record<string, string>;
  /** Per small corpus file: digest of `findTermAt` at every offset (line by line, as the hover asks). */
  hovers: Record<string, string>;
  /** `lookup` of every headword and alias with particles attached. */
  lookups: Record<string, string | null>;
}

function line(m: TermMatch): string {
  return `${m.start} ${m.end} ${m.wordEnd} ${m.id} ${m.via}${m.alternatives.length > 0 ? ` ${m.alternatives.join(',')}` : ''}`;
}

function digest(lines: readonly string[]): string {
  return `${lines.length}:${createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 32)}`;
}

function compute(): Snapshot {
  const terms = JSON.parse(readFileSync(path.join(dir, 'terms.json'), 'utf8')) as IndexTerm[];
  const index = TermIndex.build(terms);
  const files = readdirSync(path.join(dir, 'corpus')).filter((f) => f.endsWith('.md')).sort();
  const snapshot: Snapshot = { scans: {}, nfd: {}, hovers: {}, lookups: {} };
  for (const file of files) {
    const text = readFileSync(path.join(dir, 'corpus', file), 'utf8');
    snapshot.scans[file] = index.scan(text).map(line);
    snapshot.nfd[file] = digest(index.scan(text.normalize('NFD')).map(line));
    if (text.length < 20_000) {
      const blocks = blockRegions(text);
      const answers: string[] = [];
      let lineStart = 0;
      for (const lineText of text.split('\n')) {
        for (let c = 0; c < lineText.length; c++) {
          if (blocks.some((b) => b.start <= lineStart + c && lineStart + c < b.end)) {
            continue;
          }
          const m = index.findTermAt(lineText, c);
          if (m !== undefined) {
            answers.push(`${lineStart + c} ${line(m)}`);
          }
        }
        lineStart += lineText.length + 1;
      }
      snapshot.hovers[file] = digest(answers);
    }
  }
  for (const term of terms) {
    for (const spelling of [term.term, ...term.aliases]) {
      for (const particle of ['', '는', '을', '과의', '에게서는']) {
        const word = spelling + particle;
        const m = index.lookup(word);
        snapshot.lookups[word] = m === undefined ? null : `${m.id} ${m.via}`;
      }
    }
  }
  return snapshot;
}

describe('engine snapshot: the same answers as the engine before the rewrite', () => {
  const actual = compute();
  if (process.env.CRM_NOTES_UPDATE_SNAPSHOT === '1') {
    writeFileSync(snapshotFile, `${JSON.stringify(actual, null, 1)}\n`);
  }
  const expected = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Snapshot;

  for (const file of Object.keys(expected.scans)) {
    it(`scan of ${file}: every match, span and id`, () => {
      assert.deepEqual(actual.scans[file], expected.scans[file]);
    });
  }
  it('scans of the NFD forms', () => assert.deepEqual(actual.nfd, expected.nfd));
  it('hovers at every offset of the small notes', () => assert.deepEqual(actual.hovers, expected.hovers));
  it('look-ups of every spelling with particles', () => assert.deepEqual(actual.lookups, expected.lookups));
  it('the corpus is not trivial', () => {
    const total = Object.values(expected.scans).reduce((n, s) => n + s.length, 0);
    assert.ok(total > 5000, `only ${total} matches`);
  });
});
