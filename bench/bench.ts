// `npm run bench`: speed and memory of the core, measured, not asserted in unit tests.
// Checks the budgets of the foundation issue and prints the figures.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { loadBundledGlossary, parseBundledGlossary } from '../src/bundledGlossary';
import { TermIndex, type IndexTerm } from '../src/core/matcher';
import { buildSnapshot, snapshotOf } from '../src/core/service';
import { blockRegions } from '../src/core/text/markdown';
import { type NoteStore, WorkspaceIndex } from '../src/core/notes/workspace';
import { TermSearch } from '../src/core/match/search';
import { coverage } from '../src/core/notes/outline';
import { Note } from '../src/core/notes/note';
import { TermSpeller } from '../src/core/lint';
import { generateCards } from '../src/core/quiz';

const root = path.resolve(__dirname, '..', '..');
const gc = (globalThis as { gc?: () => void }).gc;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, fn: () => void): number {
  fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function heapUsed(): number {
  gc?.();
  gc?.();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** A Korean note of about `chars` characters, built from the sample notes (lists, tables, code). */
function note(chars: number): string {
  const dir = path.join(root, 'media', 'samples');
  const base = readdirSync(dir).map((f) => readFileSync(path.join(dir, f), 'utf8')).join('\n```\n코드 블록 로열티\n```\n');
  let out = '';
  let n = 0;
  while (out.length < chars) {
    out += base.replace(/^# /m, `# ${++n}. `);
  }
  return out.slice(0, chars);
}

const results: Array<[string, string, boolean | undefined]> = [];
const report = (name: string, value: string, ok?: boolean): void => {
  results.push([name, value, ok]);
};

async function main(): Promise<void> {
  // The bundled glossary.
  const heapBefore = heapUsed();
  // What activation does with no user glossary: the compiled merged glossary and its matcher. The
  // first call in this process is the one an activation pays (cold JIT); then the median of five.
  const coldStart = performance.now();
  snapshotOf(loadBundledGlossary());
  const activationColdMs = performance.now() - coldStart;
  const loadMs = time(5, () => snapshotOf(loadBundledGlossary()));
  const mergeMs = time(5, () => buildSnapshot(parseBundledGlossary()));
  const snapshot = snapshotOf(loadBundledGlossary());
  const heapAfter = heapUsed();
  report('bundled glossary: load compiled + index (first call, cold)', `${activationColdMs.toFixed(1)} ms, ${snapshot.glossary.terms.size} terms, ${snapshot.index.keyCount} spellings`);
  report('bundled glossary with user layers: parse + merge + index', `${mergeMs.toFixed(1)} ms`);
  report('bundled glossary: heap', `${((heapAfter - heapBefore) / 1024 / 1024).toFixed(1)} MB${gc ? '' : ' (run with --expose-gc for exact figures)'}`);

  // Index build for 2,000 terms shaped like the bundled ones (headword, every alias, English name):
  // the bundled terms, then copies with a Hangul prefix (신로열티, 대로열티, …) until there are 2,000.
  const bundledTerms: IndexTerm[] = [...snapshot.glossary.terms.values()];
  const synthetic: IndexTerm[] = [];
  for (const prefix of ['', '신', '대', '소', '중', '구']) {
    for (const term of bundledTerms) {
      if (synthetic.length < 2000) {
        synthetic.push({ id: `${prefix}${term.id}`, term: prefix + term.term, aliases: term.aliases.map((a) => prefix + a), english: prefix === '' ? term.english : `${term.english ?? ''} ${prefix}`, reading: term.reading });
      }
    }
  }
  const bundledBuild = time(40, () => TermIndex.fromGlossary(snapshot.glossary));
  report(`index build, the bundled ${bundledTerms.length} terms`, `${bundledBuild.toFixed(1)} ms`);
  const spellings = synthetic.reduce((n, t) => n + 1 + t.aliases.length + (t.english === undefined ? 0 : 1), 0);
  const buildRuns: number[] = [];
  for (let i = 0; i < 40; i++) {
    gc?.(); // each run starts from a collected heap, as an activation does
    const start = performance.now();
    TermIndex.build(synthetic);
    buildRuns.push(performance.now() - start);
  }
  const buildMs = median(buildRuns);
  // The trie for a first character is built the first time a text reaches it: measure what the
  // first hover and the first whole-text scan pay on top of the build.
  const firstHover: number[] = [];
  const firstScan: number[] = [];
  const sample = note(64 * 1024);
  for (let i = 0; i < 10; i++) {
    const index = TermIndex.build(synthetic);
    let start = performance.now();
    index.findTermAt('- 로열티는 고객만족에서 나온다', 3);
    firstHover.push(performance.now() - start);
    start = performance.now();
    index.scan(sample);
    firstScan.push(performance.now() - start);
  }
  report('  + first hover after the build (builds one first-character subtrie)', `${median(firstHover).toFixed(2)} ms`);
  report('  + first scan of a 64 KB note after the build (builds what it meets)', `${median(firstScan).toFixed(1)} ms (warm: ${time(5, () => TermIndex.build(synthetic).scan(sample)).toFixed(1)} ms incl. build)`);
  report(`index build, 2,000 terms (${spellings} spellings)`, `median ${buildMs.toFixed(1)} ms, best ${Math.min(...buildRuns).toFixed(1)} ms (budget 10 ms)`, buildMs < 10);
  report('bundled glossary ready at activation (goal ≤ 10 ms)', `${loadMs.toFixed(1)} ms`, loadMs <= 10);

  // Whole-text scan of a 1 MB note vs markdown-it parsing it.
  const megabyte = note(1024 * 1024);
  const md = new MarkdownIt();
  const scanMs = time(7, () => snapshot.index.scan(megabyte));
  const parseMs = time(7, () => md.parse(megabyte, {}));
  const hits = snapshot.index.scan(megabyte).length;
  report('scan 1 MB Korean note', `${scanMs.toFixed(1)} ms, ${hits} terms found`);
  report('markdown-it parse of the same note', `${parseMs.toFixed(1)} ms`);
  // Ratios from the best of nine runs of each: on a shared 2-core machine a median still moves
  // with whatever else runs, the best run much less.
  const best = (fn: () => unknown): number => {
    let min = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 9; i++) {
      gc?.(); // each run starts from a collected heap: no run pays for another's garbage
      const start = performance.now();
      fn();
      min = Math.min(min, performance.now() - start);
    }
    return min;
  };
  const bestScan = best(() => snapshot.index.scan(megabyte));
  const bestParse = best(() => md.parse(megabyte, {}));
  const scanRatio = bestScan / bestParse;
  report('scan ÷ markdown-it parse (goal ≤ 0.15)', `${scanRatio.toFixed(3)}×`, scanRatio <= 0.15);
  const nfd = megabyte.normalize('NFD');
  const nfdMs = time(5, () => snapshot.index.scan(nfd));
  report('scan the same note stored as NFD', `${nfdMs.toFixed(1)} ms (${(nfd.length / 1024 / 1024).toFixed(1)} M UTF-16 units)`);
  const nfdScanRatio = best(() => snapshot.index.scan(nfd)) / bestParse;
  report('NFD scan ÷ markdown-it parse (goal ≤ 0.30)', `${nfdScanRatio.toFixed(3)}×`, nfdScanRatio <= 0.3);

  // findTermAt: the cost must not grow with the note.
  function lookupCost(text: string): number {
    const blocks = blockRegions(text);
    const offsets: number[] = [];
    for (let i = 0, at = 0; i < 2000; i++) {
      at = text.indexOf('로열티', (at + 7919) % text.length);
      offsets.push(at < 0 ? i : at + 1);
    }
    const per: number[] = [];
    for (let round = 0; round < 5; round++) {
      const start = performance.now();
      for (const offset of offsets) {
        snapshot.index.findTermAt(text, offset, blocks);
      }
      per.push(((performance.now() - start) / offsets.length) * 1000);
    }
    return median(per);
  }
  const small = note(5 * 1024);
  const large = note(5 * 1024 * 1024);
  const smallUs = lookupCost(small);
  const largeUs = lookupCost(large);
  report('findTermAt on a 5 KB note', `${smallUs.toFixed(1)} µs per hover`);
  report('findTermAt on a 5 MB note', `${largeUs.toFixed(1)} µs per hover`);
  report('findTermAt 5 MB / 5 KB', `${(largeUs / smallUs).toFixed(2)}× (about the same: < 3×)`, largeUs / smallUs < 3);
  const blocksMs = time(5, () => blockRegions(large));
  report('blockRegions of the 5 MB note (once per edit, cached by the hover)', `${blocksMs.toFixed(1)} ms`);

  // Completion candidates over 2,000 terms: a 1- and a 2-character prefix and a 초성 query.
  const search2000 = TermSearch.fromIndex(TermIndex.build(synthetic));
  const completionMs = Math.max(
    time(20, () => search2000.search('고')),
    time(20, () => search2000.search('고객')),
    time(20, () => search2000.search('ㄱㄱㅁㅈ')),
  );
  report('completion candidates over 2,000 terms (worst of 고, 고객, ㄱㄱㅁㅈ)', `${completionMs.toFixed(2)} ms (${search2000.size} spellings)`);

  // Misspelt-term diagnostics of a 1 MB note (with a few typos in it).
  const speller = new TermSpeller(snapshot.glossary);
  const typos = megabyte.replace(/로열티/g, (m, at: number) => (at % 7 === 0 ? '로얄티' : m));
  const lint1MBMs = time(3, () => speller.check(new Note(typos, snapshot.index)));
  report('misspelt-term diagnostics of a 1 MB note', `${lint1MBMs.toFixed(1)} ms, ${speller.check(new Note(typos, snapshot.index)).length} found`);

  // Quiz cards from a 1 MB note made of the sample notes (formulas, lists, arrows, definitions).
  const samplesDir = path.join(root, 'media', 'samples');
  const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(path.join(samplesDir, f), 'utf8')).join('\n\n');
  let quizNote = '';
  for (let copy = 1; quizNote.length < 1024 * 1024 / 3; copy++) {
    // Numbered copies: the same paragraph twice is one card, so each copy's text must differ.
    quizNote += samples.replace(/^(#+) (.*)$/gm, `$1 $2 (${copy})`).replace(/고객/g, (m, at: number) => (at % 5 === copy % 5 ? `${m}${copy}` : m)) + '\n\n';
  }
  const quizBytes = new TextEncoder().encode(quizNote).length;
  let quizCards = 0;
  const quiz1MBMs = (time(3, () => {
    quizCards = generateCards(new Note(quizNote, snapshot.index), 'bench.md', snapshot.glossary).length;
  }) * (1024 * 1024)) / quizBytes;
  report('quiz cards from a 1 MB note (scaled from the measured size)', `${quiz1MBMs.toFixed(0)} ms, ${quizCards} cards from ${(quizBytes / 1024).toFixed(0)} KB`);

  // A workspace of 2,000 generated Korean notes of about 10 KB each (UTF-8), through the core's
  // WorkspaceIndex over an in-memory store: the cold index, one changed note, and the heap it keeps.
  const encoder = new TextEncoder();
  const workspaceFiles = new Map<string, Uint8Array>();
  {
    const base = note(64 * 1024);
    for (let i = 0; i < 2000; i++) {
      const from = (i * 4099) % (base.length - 4000);
      let text = `# ${i + 1}. 노트\n\n${base.slice(from, from + 3600)}`;
      while (encoder.encode(text).length < 10 * 1024) {
        text += `\n- 로열티와 고객만족 ${i}`;
      }
      workspaceFiles.set(`/ws/note-${String(i).padStart(4, '0')}.md`, encoder.encode(text));
    }
  }
  const workspaceBytes = [...workspaceFiles.values()].reduce((n, b) => n + b.length, 0);
  const memoryStore: NoteStore = {
    list: async () => [...workspaceFiles.keys()],
    stat: async (file) => ({ size: workspaceFiles.get(file)?.length ?? 0, isFile: true }),
    read: async (file) => workspaceFiles.get(file) as Uint8Array,
  };
  const coldRuns: number[] = [];
  let workspace: WorkspaceIndex | undefined;
  let workspaceHeapMB = 0;
  for (let i = 0; i < 3; i++) {
    workspace = undefined;
    const before = heapUsed();
    const start = performance.now();
    const fresh = new WorkspaceIndex(snapshot.index);
    await fresh.indexAll(memoryStore);
    coldRuns.push(performance.now() - start);
    // The first run's growth: later runs start with the previous index still reachable from the
    // async frame, so their difference says nothing.
    if (i === 0) {
      workspaceHeapMB = (heapUsed() - before) / 1024 / 1024;
    }
    workspace = fresh;
  }
  const workspaceColdMs = median(coldRuns);
  const changed = new TextDecoder().decode(workspaceFiles.get('/ws/note-0042.md'));
  workspace?.mentions('loyalty'); // the term → notes table, built once
  const updateRuns: number[] = [];
  for (let i = 0; i < 20; i++) {
    const start = performance.now();
    workspace?.update('/ws/note-0042.md', `${changed}\n- 고객이탈 ${i}`);
    workspace?.mentions('loyalty');
    updateRuns.push(performance.now() - start);
  }
  const workspaceUpdateMs = median(updateRuns);
  // The syllabus tree over that workspace: what its first render computes (mention counts, then
  // coverage of every chapter and section) and the same after one note is saved.
  const renderTree = (): number => {
    const counts = (workspace as WorkspaceIndex).mentionCounts();
    let rows = 0;
    const walk = (parent: string | undefined): void => {
      for (const chapter of snapshot.glossary.childrenOf(parent)) {
        coverage(snapshot.glossary, (id) => (counts.get(id) ?? 0) > 0, chapter.id);
        rows += 1 + snapshot.glossary.termsIn(chapter.id).length;
        walk(chapter.id);
      }
    };
    walk(undefined);
    return rows;
  };
  const treeFirstMs = time(5, renderTree);
  const treeUpdateMs = time(5, () => {
    workspace?.update('/ws/note-0007.md', `${changed}\n- 교차판매 ${performance.now()}`);
    renderTree();
  });
  report(`syllabus tree over 2,000 notes: first render (${renderTree()} rows)`, `${treeFirstMs.toFixed(1)} ms`);
  report('syllabus tree: after one note is saved', `${treeUpdateMs.toFixed(1)} ms`);
  report(`workspace: cold index of 2,000 notes (${(workspaceBytes / 1024 / 1024).toFixed(1)} MB) (goal ≤ 2 s)`, `${workspaceColdMs.toFixed(0)} ms, ${workspace?.size ?? 0} notes`, workspaceColdMs <= 2000);
  report('workspace: one changed note, then a mentions query (goal ≤ 20 ms)', `${workspaceUpdateMs.toFixed(1)} ms`, workspaceUpdateMs <= 20);
  report('workspace: heap kept by the index', `${workspaceHeapMB.toFixed(1)} MB`);

  // The extension bundle and the CLI, built for production.
  let defineOverheadMs = Number.NaN;
  let cliTermsRatio = Number.NaN;
  const out = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-bench-'));
  try {
    const { status } = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--production', `--outdir=${out}`], { stdio: 'inherit' });
    if (status === 0) {
      const cli = path.join(out, 'cli.js');
      const wall = (args: string[]): number => {
        const start = performance.now();
        spawnSync(process.execPath, args, { stdio: 'ignore' });
        return performance.now() - start;
      };
      const wallMedian = (args: string[], runs: number): number => median(Array.from({ length: runs }, () => wall(args)));
      const bare = wallMedian(['-e', '0'], 9);
      defineOverheadMs = wallMedian([cli, 'define', '로열티', '--json'], 9) - bare;
      report('`crm-notes define 로열티 --json` − bare `node -e 0` (goal ≤ 80 ms)', `${defineOverheadMs.toFixed(0)} ms (node alone ${bare.toFixed(0)} ms)`, defineOverheadMs <= 80);
      const fiveMb = path.join(out, 'note-5mb.md');
      writeFileSync(fiveMb, note(5 * 1024 * 1024));
      const mdScript = path.join(out, 'md.js');
      writeFileSync(mdScript, `const MarkdownIt = require(${JSON.stringify(require.resolve('markdown-it'))}); new MarkdownIt().parse(require('fs').readFileSync(process.argv[2], 'utf8'), {});`);
      // Best of five, like the in-process ratios: whole processes are noisier still.
      const wallBest = (args: string[]): number => Math.min(...Array.from({ length: 5 }, () => wall(args)));
      const termsMs = wallBest([cli, 'terms', fiveMb, '--json']);
      const mdMs = wallBest([mdScript, fiveMb]);
      cliTermsRatio = termsMs / mdMs;
      report('`crm-notes terms` 5 MB --json ÷ node + markdown-it on it (goal ≤ 0.50)', `${cliTermsRatio.toFixed(2)}× (${termsMs.toFixed(0)} / ${mdMs.toFixed(0)} ms)`, cliTermsRatio <= 0.5);
      for (const name of ['extension.js', 'cli.js']) {
        const file = path.join(out, name);
        const bytes = statSync(file).size;
        const gz = gzipSync(readFileSync(file)).length;
        report(`bundle ${name} (minified)`, `${(bytes / 1024).toFixed(0)} KB, ${(gz / 1024).toFixed(0)} KB gzipped`);
      }
    } else {
      report('bundle', 'production build failed', false);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  const width = Math.max(...results.map(([name]) => name.length));
  console.log(`\nCRM 노트 benchmark — Node ${process.version}, ${os.cpus().length} CPU(s)\n`);
  for (const [name, value, ok] of results) {
    console.log(`${ok === undefined ? '   ' : ok ? 'OK ' : 'NO '} ${name.padEnd(width)}  ${value}`);
  }
  const failed = results.filter(([, , ok]) => ok === false);
  if (process.argv.includes('--json')) {
    const round = (n: number, digits = 2): number => Number(n.toFixed(digits));
    console.log(
      JSON.stringify({
        scanRatio: round(scanRatio, 3),
        nfdScanRatio: round(nfdScanRatio, 3),
        scan1MBMs: round(scanMs, 1),
        markdownItParse1MBMs: round(parseMs, 1),
        activationMs: round(loadMs, 1),
      activationColdMs: round(activationColdMs, 1),
      mergeWithLayersMs: round(mergeMs, 1),
        workspaceColdMs: round(workspaceColdMs, 0),
        workspaceUpdateMs: round(workspaceUpdateMs, 2),
        workspaceHeapMB: round(workspaceHeapMB, 1),
        indexBuild2000Ms: round(buildMs, 2),
        defineOverheadMs: round(defineOverheadMs, 0),
        cliTermsRatio: round(cliTermsRatio, 2),
        completionMs: round(completionMs, 2),
      lint1MBMs: round(lint1MBMs, 1),
      quiz1MBMs: round(quiz1MBMs, 0),
      treeFirstRenderMs: round(treeFirstMs, 1),
      treeUpdateMs: round(treeUpdateMs, 1),
      hover5KBUs: round(smallUs, 1),
        hover5MBUs: round(largeUs, 1),
      }),
    );
  }
  process.exitCode = failed.length > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
