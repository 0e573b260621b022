// Hostile glossary files (issue 9): inputs that used to take quadratic time, overflow the stack or
// vanish silently. Each input-sized case runs in a child process (this very file, started with
// CRM_GLOSSARY_CHILD set) under a hard timeout, so a regression fails quickly instead of hanging
// the test run; the child measures its own time and reports it on stdout as JSON.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { buildGlossary } from '../../src/core/glossary/glossary';
import { GLOSSARY_LIMITS, type ParsedGlossary, parseGlossary } from '../../src/core/glossary/parse';
import { timeBudget } from './budget';

const CHILD_ENV = 'CRM_GLOSSARY_CHILD';
/** The rule the issue sets for each case (tripled under Stryker's instrumentation, see budget.ts). */
const BUDGET_MS = timeBudget(2000);
/** A hard cap well above the budget: a hang or a crash ends the child and fails the test. */
const HARD_TIMEOUT_MS = 20_000;

interface ChildResult {
  readonly ms: number;
  readonly [key: string]: unknown;
}

/** The cases, run only inside the child. Each builds its own input and returns what it saw. */
const CASES: Record<string, () => Record<string, unknown>> = {
  manyAliases() {
    const aliases = Array.from({ length: 200_000 }, (_, i) => `별칭${i}`);
    const text = JSON.stringify({ formatVersion: 1, terms: [{ id: 'many', term: '많은별칭', aliases, definition: '별칭이 아주 많은 용어.' }] });
    const parsed = parseGlossary(text, 'many.json', 'user');
    const glossary = buildGlossary([parsed]);
    return { ok: parsed.ok, aliases: glossary.terms.get('many')?.aliases.length, errors: glossary.diagnostics.filter((d) => d.severity === 'error').length };
  },
  duplicateAliases() {
    // The same 100,000 aliases twice, plus a user layer repeating them: de-duplication must be linear.
    const aliases = Array.from({ length: 100_000 }, (_, i) => `별칭${i}`);
    const bundled = parseGlossary(JSON.stringify({ formatVersion: 1, terms: [{ id: 'dup', term: '겹친별칭', aliases: [...aliases, ...aliases], definition: 'd' }] }), 'b.json', 'bundled');
    const user = parseGlossary(JSON.stringify({ formatVersion: 1, terms: [{ id: 'dup', aliases: [...aliases].reverse() }] }), 'u.json', 'user');
    const glossary = buildGlossary([bundled, user]);
    return { aliases: glossary.terms.get('dup')?.aliases.length };
  },
  deepChapterChain() {
    const n = 10_000;
    const chapters = Array.from({ length: n }, (_, i) => (i === 0 ? { id: 'c0', title: 'C0' } : { id: `c${i}`, title: `C${i}`, parent: `c${i - 1}` }));
    const terms = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, term: `용어${i}`, definition: 'd', chapter: `c${i}` }));
    const glossary = buildGlossary([parseGlossary(JSON.stringify({ formatVersion: 1, chapters, terms }), 'deep.json', 'user')]);
    const under = glossary.termsUnder('c0');
    const path = glossary.chapterPath(`c${n - 1}`);
    return {
      under: under.length,
      firstUnder: under[0]?.id,
      lastUnder: under[under.length - 1]?.id,
      path: path.length,
      top: path[0]?.id,
      cycles: glossary.diagnostics.filter((d) => d.code === 'chapter.cycle').length,
    };
  },
  deepChapterCycle() {
    // A 10,000-long ring: one cycle, reported once, broken at one link; every chapter still reachable.
    const n = 10_000;
    const chapters = Array.from({ length: n }, (_, i) => ({ id: `c${i}`, title: `C${i}`, parent: `c${(i + 1) % n}` }));
    const glossary = buildGlossary([parseGlossary(JSON.stringify({ formatVersion: 1, chapters }), 'ring.json', 'user')]);
    const roots = [...glossary.chapters.values()].filter((c) => c.parent === undefined);
    return { cycles: glossary.diagnostics.filter((d) => d.code === 'chapter.cycle').length, roots: roots.length, path: glossary.chapterPath('c1').length };
  },
  deepAfterComment() {
    const depth = 100_000;
    const results: Record<string, unknown> = {};
    const variants: Record<string, string> = {
      line: `// a quote " in a comment\n${'['.repeat(depth)}${']'.repeat(depth)}`,
      block: `/* a quote " in a block comment */ ${'['.repeat(depth)}${']'.repeat(depth)}`,
      insideObject: `{ "formatVersion": 1, /* " */ "terms": ${'['.repeat(depth)}${']'.repeat(depth)} }`,
    };
    for (const [name, text] of Object.entries(variants)) {
      try {
        const parsed = parseGlossary(text, `${name}.json`, 'user');
        results[name] = parsed.diagnostics.map((d) => d.code);
      } catch (error) {
        results[name] = `threw ${String(error).slice(0, 100)}`;
      }
    }
    return results;
  },
};

const caseName = process.env[CHILD_ENV];
if (caseName !== undefined) {
  const run = CASES[caseName];
  const started = performance.now();
  try {
    const result = run === undefined ? { error: `no case ${caseName}` } : run();
    process.stdout.write(`${JSON.stringify({ ...result, ms: performance.now() - started })}\n`);
  } catch (error) {
    process.stdout.write(`${JSON.stringify({ error: String(error).slice(0, 200), ms: performance.now() - started })}\n`);
  }
} else {
  describe('적대적인 용어집 입력 (hostile glossary input, issue 9)', function () {
    this.timeout(HARD_TIMEOUT_MS * 2);

    /** Runs one case in a child process with a hard timeout and returns its report. */
    const inChild = (name: string): ChildResult => {
      const child = spawnSync(process.execPath, [__filename], {
        env: { ...process.env, [CHILD_ENV]: name },
        timeout: HARD_TIMEOUT_MS,
        encoding: 'utf8',
        maxBuffer: 16 * 1024 * 1024,
      });
      assert.equal(child.error, undefined, `${name}: ${String(child.error)} (killed after ${HARD_TIMEOUT_MS} ms?)`);
      assert.equal(child.status, 0, `${name}: exit ${child.status} ${child.signal ?? ''}\n${child.stderr.slice(0, 2000)}`);
      const line = child.stdout.trim().split('\n').pop() ?? '';
      return JSON.parse(line) as ChildResult;
    };

    it('별칭 20만 개짜리 용어도 2초 안에 검사한다 (중복 제거는 선형 시간)', () => {
      const result = inChild('manyAliases');
      assert.deepEqual({ ok: result.ok, aliases: result.aliases, errors: result.errors }, { ok: true, aliases: 200_000, errors: 0 });
      assert.ok(result.ms < BUDGET_MS, `${Math.round(result.ms)} ms`);
    });

    it('겹친 별칭 수십만 개를 층 사이에서 합쳐도 2초 안에 끝난다', () => {
      const result = inChild('duplicateAliases');
      assert.equal(result.aliases, 100_000);
      assert.ok(result.ms < BUDGET_MS, `${Math.round(result.ms)} ms`);
    });

    it('1만 단계 깊이의 장 사슬도 스택 넘침 없이 2초 안에 (순환 검사, termsUnder, chapterPath)', () => {
      const result = inChild('deepChapterChain');
      assert.deepEqual(
        { under: result.under, firstUnder: result.firstUnder, lastUnder: result.lastUnder, path: result.path, top: result.top, cycles: result.cycles },
        { under: 10_000, firstUnder: 't0', lastUnder: 't9999', path: 10_000, top: 'c0', cycles: 0 },
      );
      assert.ok(result.ms < BUDGET_MS, `${Math.round(result.ms)} ms`);
    });

    it('1만 개가 도는 장 순환은 한 번 보고하고 한 곳만 끊는다', () => {
      const result = inChild('deepChapterCycle');
      assert.deepEqual({ cycles: result.cycles, roots: result.roots, path: result.path }, { cycles: 1, roots: 1, path: 10_000 });
      assert.ok(result.ms < BUDGET_MS, `${Math.round(result.ms)} ms`);
    });

    it('주석 속 따옴표 뒤의 10만 단계 중첩도 충돌 없이 "너무 깊음" 진단 하나', () => {
      const result = inChild('deepAfterComment');
      for (const name of ['line', 'block', 'insideObject']) {
        assert.deepEqual(result[name], ['file.tooDeep'], name);
      }
    });

    it('주석과 문자열 속의 괄호는 깊이로 세지 않는다', () => {
      const brackets = '['.repeat(GLOSSARY_LIMITS.maxDepth + 5);
      const text = `// ${brackets}\n/* ${brackets} */\n{ "formatVersion": 1, "terms": [{ "id": "b", "term": "괄호용어", "definition": "${brackets}" }] }`;
      const parsed = parseGlossary(text, 'brackets.json', 'user');
      assert.deepEqual(parsed.diagnostics.map((d) => d.code), []);
      assert.equal(parsed.terms[0]?.fields.definition, brackets);
    });

    it('한 글자 별칭은 경고를 남기고 빠진다 (말없이 사라지지 않는다)', () => {
      const parsed: ParsedGlossary = parseGlossary(
        JSON.stringify({ formatVersion: 1, terms: [{ id: 'short', term: '짧은별칭', aliases: ['A', '가', ' B ', 'AB', '짧은 별칭'], definition: 'd' }] }, null, 2),
        'short.json',
        'user',
      );
      const warnings = parsed.diagnostics.filter((d) => d.code === 'alias.tooShort');
      assert.deepEqual(warnings.map((d) => [d.severity, d.args[0]]), [['warning', 'A'], ['warning', '가'], ['warning', 'B']]);
      assert.ok(warnings.every((d) => d.span.line > 0), 'each warning points at its alias');
      assert.deepEqual(parsed.terms[0]?.fields.aliases, ['AB', '짧은 별칭']);
    });

    it('한글 한 글자가 아닌 한 글자 표제어는 경고한다', () => {
      const parsed = parseGlossary(JSON.stringify({ formatVersion: 1, terms: [{ id: 'x', term: 'X', definition: 'd' }, { id: 'ga', term: '값', definition: 'd' }] }), 'x.json', 'user');
      assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.severity, d.args[0]]), [['term.tooShort', 'warning', 'X']]);
    });
  });
}
