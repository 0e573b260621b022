// Precision and recall of the matcher on student-style notes judged by hand
// (test/fixtures/precision: notes/*.md and judgments.json; see its README). Every match the
// engine makes must be judged; a match judged wrong, judged `null` (an everyday word, a wrong
// span) or not judged at all counts against precision.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Note } from '../../src/core/notes/note';
import { bundledSnapshot } from './helpers';

const dir = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'precision');

interface Judgment {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly id: string | null;
  readonly why?: string;
}

/** Spellings the issue names as misses: each must be found wherever the corpus has it. */
const MUST_FIND = ['e-CRM', 'm-CRM', 'e-WOM', 'DB마케팅', '통합적', '신규 고객 획득 비용'];

/**
 * The issue's goal, 99%, on the notes the sense cues were tuned on (100% / 100% when they went
 * in; 89.8% / 93.5% before this work). The held-out notes below say how well the rules carry to
 * notes they were not written for.
 */
const PRECISION_GOAL = 0.99;
const RECALL_GOAL = 0.99;

/** Scores the matcher on one judged corpus (`notes/*.md` and `judgments.json` under `corpus`). */
function scoreCorpus(corpus: string): { judgments: { notes: Record<string, Judgment[]> }; files: string[]; precision: number; recall: number; wrong: string[]; missed: string[]; report: string } {
  const judgments = JSON.parse(readFileSync(path.join(corpus, 'judgments.json'), 'utf8')) as { notes: Record<string, Judgment[]> };
  const files = readdirSync(path.join(corpus, 'notes')).filter((f) => f.endsWith('.md')).sort();
  const { index } = bundledSnapshot();
  let produced = 0;
  let right = 0;
  let expected = 0;
  let recalled = 0;
  const wrong: string[] = [];
  const missed: string[] = [];
  for (const file of files) {
    const text = readFileSync(path.join(corpus, 'notes', file), 'utf8');
    const judged = judgments.notes[file] ?? [];
    const bySpan = new Map(judged.map((j) => [`${j.line}:${j.start}:${j.end}`, j]));
    const found = new Set<string>();
    for (const o of new Note(text, index).occurrences) {
      produced++;
      const key = `${o.line}:${o.start}:${o.end}`;
      const verdict = bySpan.get(key);
      if (verdict !== undefined && verdict.id === o.id) {
        right++;
        found.add(key);
      } else {
        const why = verdict === undefined ? 'not judged' : verdict.id === null ? `no term: ${verdict.why ?? ''}` : `should be ${verdict.id}`;
        wrong.push(`${file}:${o.line + 1}:${o.start + 1} ${o.text} → ${o.id} (${why})`);
      }
    }
    for (const j of judged) {
      if (j.id === null) {
        continue;
      }
      expected++;
      if (found.has(`${j.line}:${j.start}:${j.end}`)) {
        recalled++;
      } else {
        missed.push(`${file}:${j.line + 1}:${j.start + 1} ${j.text} → ${j.id}${j.why === undefined ? '' : ` (${j.why})`}`);
      }
    }
  }
  const precision = produced === 0 ? 0 : right / produced;
  const recall = expected === 0 ? 0 : recalled / expected;
  const report = `precision ${(precision * 100).toFixed(2)}% (${right}/${produced}), recall ${(recall * 100).toFixed(2)}% (${recalled}/${expected})`;

  return { judgments, files, precision, recall, wrong, missed, report };
}

describe('정밀도: 손으로 판정한 학생 노트 (precision on hand-judged student notes)', () => {
  const { judgments, files, precision, recall, wrong, missed, report } = scoreCorpus(dir);
  it('판정이 충분하다: 노트 6개 이상, 판정 800개 이상, 일상어 함정 100개 이상', () => {
    const all = Object.values(judgments.notes).flat();
    assert.ok(files.length >= 6, `${files.length} notes`);
    assert.ok(all.length >= 800, `${all.length} judgments`);
    assert.ok(all.filter((j) => j.id === null).length >= 100, 'traps');
    for (const [file, list] of Object.entries(judgments.notes)) {
      const lines = readFileSync(path.join(dir, 'notes', file), 'utf8').split(/\r?\n/);
      for (const j of list) {
        assert.equal(lines[j.line]?.slice(j.start, j.end), j.text, `${file}:${j.line + 1}: the judged span is the judged text`);
      }
    }
  });
  it(`정밀도 ${PRECISION_GOAL * 100}% 이상, 재현율 ${RECALL_GOAL * 100}% 이상`, () => {
    console.log(`      ${report}`);
    assert.ok(precision >= PRECISION_GOAL, `${report}\nwrong:\n${wrong.join('\n')}`);
    assert.ok(recall >= RECALL_GOAL, `${report}\nmissed:\n${missed.join('\n')}`);
  });
  it(`이슈가 놓쳤다고 한 표기는 모두 찾는다: ${MUST_FIND.join(', ')}`, () => {
    const listed = missed.filter((m) => MUST_FIND.some((s) => m.includes(` ${s} → `)));
    assert.deepEqual(listed, []);
    const judgedTexts = new Set(Object.values(judgments.notes).flat().filter((j) => j.id !== null).map((j) => j.text));
    for (const spelling of MUST_FIND) {
      assert.ok(judgedTexts.has(spelling), `the corpus has ${spelling}`);
    }
  });
});

/**
 * Notes written after the sense cues were tuned, by someone who did not see the rules. The first
 * set has since been used to tune them (see heldout/README.md): a ratchet at its level now
 * (100% / 99.6%). The second and third were never used for tuning (heldout2/README.md,
 * heldout3/README.md): ratchets at what they measure, only looked at as totals. Measured at the
 * casual-line rule (course terms alone on a diary line, plain English words, abbreviations the
 * note defines): heldout2 98.6% / 99.0% (was 98.5% / 99.1%), heldout3 97.3% / 98.8% (was 96.2% /
 * 99.2%) — the rule buys precision with a little recall. After the aside blocks, block-wide
 * acronym expansions and nominal diary endings (tuned on tuning2, 96.7% → 97.5%): heldout2 99.0% /
 * 98.9%, heldout3 97.7% / 98.8%. heldout4, written blind after all of these and scored once at
 * f682f45: 98.95% / 98.2% (heldout4/README.md). heldout3 is tuning data since (its README): with
 * namesakes the note disclaims and aside-titled sections, 99.1% / 98.4%; heldout2 99.1% / 99.0%.
 * heldout5, written blind after those and scored once at 21cecea: 98.93% / 98.2%. heldout4 is
 * tuning data since: with the nearest cue by characters, denied cues and lines about another
 * class, 99.5% / 98.3% (tuning2 98.2% / 97.6%). heldout6, written blind after those and scored
 * once at 49fac8c: 98.27% / 98.27% (heldout5 then: 99.07% / 98.2%). heldout5 is tuning data
 * since: with denials on the lines around a spelling, 99.4% / 98.5%. heldout7, written blind after
 * that and scored once at daf132c: 97.48% / 97.41% (heldout6 then: 98.27% / 98.27%). heldout6 and
 * heldout7 are tuning data since (their READMEs): with headings that name a course word, denials
 * ending in 아님 / 무관, words that point back (그 견고성), labels ending a quote's summary (> 마지막
 * 잡담)), `//` asides and English names without their bracketed gloss: heldout6 99.3% / 98.2%,
 * heldout7 98.7% / 98.6%. With sentence-final denials that carry the course's cue (흥정이지 캠페인 오퍼 아님), `같은 거 말고` and phrases before 가치 (기업에 주는 가치): heldout3 99.5%, heldout7 99.2% / 98.6%. With course terms kept on
 * casual lines about the student's life as a customer (택배 앱 푸시 알림, 미용실 단골), recall rises
 * 0.4–0.8 points on every set at the same precision (tuning2 98.2% / 98.2%, heldout7 99.2% / 98.9%).
 * heldout8 and heldout9, written blind after all of these and scored once at f2e92d4: 98.98% /
 * 99.32% and 98.29% / 99.03%. Both are tuning data since (their READMEs): with 가치 the firm
 * receives, chat lines about another 교양, `ㅋ` asides, 얘기 no longer relating a line to the course,
 * intensified denials and web cookies needing a web cue, heldout8 99.4% / 99.3%, heldout9 98.9% /
 * 99.0% (heldout7 99.4%, tuning2 98.3%). heldout10 and heldout11, written blind after those
 * and scored once at 7f637e0: 97.93% / 99.26% and 98.54% / 99.07%. Both are tuning data since:
 * with `…이랑 무관` and `…이랑은 다른 거` as disclaimers, a line ending `(화학 얘기)`, and a space
 * before a part that is a spelling (평생 가치 = 평생가치), heldout10 98.9% / 99.4%, heldout11 98.7%
 * / 99.1%. heldout12 and heldout13, written blind after those and scored once at 40105a1:
 * 97.67% / 99.12% and 97.30% / 98.80%. Both are tuning data since: with aside headings under
 * course headings (### 오늘의 TMI) and denials like 아무 상관 없음, heldout12 97.7% / 99.2%, heldout13
 * 97.9% / 98.8% (heldout2 99.7% / 99.1%). heldout14 and heldout15, written blind after those and
 * scored once at c1aebd1: 99.67% / 99.43% and 99.63% / 99.41% — sets with fewer everyday-sense
 * traps (39 and 51, against 65–90 in heldout10–13; see their READMEs). heldout16 and heldout17,
 * written blind after the quoted-prose asides, 가격 after an asset and the cues of 관여도 and 전환율,
 * and scored once at 2f7edef: 98.74% / 97.44% and 98.39% / 99.19% (73 and 68 everyday-sense traps).
 */
const HELDOUT: ReadonlyArray<{ dir: string; notes: number; judgments: number; traps: number; precision: number; recall: number }> = [
  { dir: 'heldout', notes: 3, judgments: 500, traps: 60, precision: 0.995, recall: 0.995 },
  { dir: 'heldout2', notes: 6, judgments: 1200, traps: 120, precision: 0.99, recall: 0.985 },
  { dir: 'heldout3', notes: 6, judgments: 1500, traps: 200, precision: 0.99, recall: 0.99 },
  { dir: 'tuning2', notes: 5, judgments: 1150, traps: 200, precision: 0.98, recall: 0.98 },
  { dir: 'heldout4', notes: 6, judgments: 1500, traps: 100, precision: 0.995, recall: 0.99 },
  { dir: 'heldout5', notes: 6, judgments: 1500, traps: 100, precision: 0.995, recall: 0.99 },
  { dir: 'heldout6', notes: 6, judgments: 1500, traps: 100, precision: 0.99, recall: 0.98 },
  { dir: 'heldout7', notes: 6, judgments: 1450, traps: 100, precision: 0.99, recall: 0.985 },
  { dir: 'heldout8', notes: 6, judgments: 1580, traps: 110, precision: 0.99, recall: 0.99 },
  { dir: 'heldout9', notes: 6, judgments: 1550, traps: 100, precision: 0.985, recall: 0.99 },
  { dir: 'heldout10', notes: 6, judgments: 1600, traps: 120, precision: 0.985, recall: 0.99 },
  { dir: 'heldout11', notes: 6, judgments: 1600, traps: 100, precision: 0.985, recall: 0.99 },
  { dir: 'heldout12', notes: 6, judgments: 1600, traps: 110, precision: 0.975, recall: 0.99 },
  { dir: 'heldout13', notes: 6, judgments: 1600, traps: 120, precision: 0.975, recall: 0.985 },
  { dir: 'heldout14', notes: 6, judgments: 1290, traps: 70, precision: 0.995, recall: 0.99 },
  { dir: 'heldout15', notes: 6, judgments: 1470, traps: 120, precision: 0.995, recall: 0.99 },
  { dir: 'heldout16', notes: 6, judgments: 1630, traps: 100, precision: 0.985, recall: 0.97 },
  { dir: 'heldout17', notes: 6, judgments: 1600, traps: 120, precision: 0.98, recall: 0.99 },
];

for (const set of HELDOUT) {
  describe(`정밀도: 나중에 따로 쓴 노트 (${set.dir})`, () => {
    const { judgments, precision, recall, wrong, missed, report } = scoreCorpus(path.join(dir, set.dir));
    it(`판정이 충분하다: 노트 ${set.notes}개, 판정 ${set.judgments}개 이상, 함정 ${set.traps}개 이상`, () => {
      const all = Object.values(judgments.notes).flat();
      assert.equal(Object.keys(judgments.notes).length, set.notes);
      assert.ok(all.length >= set.judgments, `${all.length} judgments`);
      assert.ok(all.filter((j) => j.id === null).length >= set.traps, 'traps');
    });
    it(`정밀도 ${set.precision * 100}% 이상, 재현율 ${set.recall * 100}% 이상`, () => {
      console.log(`      ${report}`);
      assert.ok(precision >= set.precision, `${report}\nwrong:\n${wrong.join('\n')}`);
      assert.ok(recall >= set.recall, `${report}\nmissed:\n${missed.join('\n')}`);
    });
  });
}
