// The CLI against hostile and unlucky input: each case answers quickly with a one-line message in
// the user's language (or a correct result), and the other files of the run are still processed.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';

const root = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function run(args: string[], timeout = 10_000): { status: number | null; stdout: string; stderr: string; error?: Error } {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout, maxBuffer: 1 << 28, env: { ...process.env, LANG: 'ko_KR.UTF-8', LC_ALL: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ...(result.error === undefined ? {} : { error: result.error }) };
}

describe('CLI: 적대적인 입력 (hostile input)', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-hostile-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('FIFO는 읽지 않고 한 줄로 알리며, 폴더 안의 FIFO는 건너뛴다', function () {
    const dir = path.join(tmp, 'fifo');
    spawnSync('mkdir', ['-p', dir]);
    const fifo = path.join(dir, 'pipe.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) {
      this.skip();
    }
    writeFileSync(path.join(dir, 'ok.md'), '로열티는 중요하다\n');
    const direct = run(['terms', fifo, path.join(dir, 'ok.md'), '--json']);
    assert.equal(direct.error, undefined, 'hung on the FIFO');
    assert.equal(direct.status, 1);
    assert.match(direct.stderr, /일반 파일이 아닙니다/);
    assert.deepEqual((JSON.parse(direct.stdout) as Array<{ id: string }>).map((o) => o.id), ['loyalty']);
    const walked = run(['terms', dir, '--json']);
    assert.equal(walked.status, 0);
    assert.deepEqual((JSON.parse(walked.stdout) as Array<{ id: string }>).map((o) => o.id), ['loyalty']);
  });

  it('/dev/zero는 다 읽기 전에 거절한다 (크기 확인이 먼저)', () => {
    const result = run(['terms', '/dev/zero']);
    assert.equal(result.error, undefined);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /일반 파일이 아닙니다/);
  });

  it('용어집 글과 파일 이름의 제어 문자는 터미널에 그대로 가지 않는다', () => {
    const glossary = path.join(tmp, 'evil.glossary.json');
    writeFileSync(glossary, JSON.stringify({ formatVersion: 1, terms: [{ id: 'evil-term', term: '악성용어', definition: '정의\u001b]0;hacked\u0007\u001b[2J 끝', chapter: 'user-terms' }] }));
    const define = run(['define', '악성용어', '--glossary', glossary]);
    assert.doesNotMatch(define.stdout, /\u001b|\u0007/);
    assert.match(define.stdout, /정의\\u\{1b\}\]0;hacked\\u\{7\}/);
    const note = path.join(tmp, 'name\u001b[2J.md');
    writeFileSync(note, '로열티\n');
    const terms = run(['terms', note]);
    assert.doesNotMatch(terms.stdout, /\u001b/);
    assert.match(terms.stdout, /name\\u\{1b\}\[2J\.md:1:1/);
  });

  it('한 노트가 망가져도 다른 노트는 처리한다 (7만 줄, 붙여 쓴 용어, 인라인 코드 15만 개)', () => {
    const files = {
      'lines.md': '로열티 고객만족\n'.repeat(70_000),
      'glued.md': '로열티고객만족'.repeat(1_500),
      'code.md': '`x` 로열티 '.repeat(150_000),
      'small.md': '우량고객을 찾는다\n',
    };
    for (const [name, text] of Object.entries(files)) {
      writeFileSync(path.join(tmp, name), text);
    }
    const args = Object.keys(files).map((n) => path.join(tmp, n));
    const text = run(['terms', ...args], 30_000);
    assert.equal(text.error, undefined);
    assert.equal(text.status, 0, text.stderr.slice(0, 300));
    assert.match(text.stdout, /small\.md:1:1\s+우량고객/);
    assert.match(text.stdout, /— 용어 293001번, 서로 다른 용어 3개\n$/);
    const json = run(['terms', ...args, '--json'], 30_000);
    assert.equal(json.status, 0);
    assert.equal((JSON.parse(json.stdout) as unknown[]).length, 293_001);
  });

  it('20 MB 노트: --json도 텍스트도 힙 450 MB 한도 안에서, 15초 강제 시한 안에 끝난다', () => {
    const big = path.join(tmp, 'big-20mb.md');
    const line = '- 로열티는 고객만족에서 나오고 우량고객을 초우량고객으로 키운다. `코드` [링크](https://x.y)\n';
    writeFileSync(big, line.repeat(Math.ceil((20 * 1024 * 1024) / Buffer.byteLength(line))));
    for (const args of [['terms', big, '--json'], ['terms', big]]) {
      const result = spawnSync(process.execPath, ['--max-old-space-size=450', cli, ...args], { encoding: 'utf8', timeout: 15_000, maxBuffer: 1 << 30, env: { ...process.env, LANG: 'ko_KR.UTF-8' } });
      assert.equal(result.error, undefined, String(result.error));
      assert.equal(result.status, 0, result.stderr.slice(0, 300));
      assert.match(result.stdout, args.includes('--json') ? /\]\n$/ : /— 용어 \d+번/);
    }
  });

  it('파이프가 일찍 닫혀도 (| head) 조용히 끝난다', () => {
    const note = path.join(tmp, 'pipe-note.md');
    writeFileSync(note, '로열티와 고객만족\n'.repeat(200_000));
    const errors = path.join(tmp, 'pipe-stderr.txt');
    const result = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cli}" terms "${note}" --json 2>"${errors}" | head -c 100 >/dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', timeout: 20_000 });
    assert.match(result.stdout, /status=0/);
    assert.equal(readFileSync(errors, 'utf8'), '');
  });

  it('--lang은 ko와 en만, -- 뒤의 --lang은 인자일 뿐', () => {
    const bad = run(['define', '로열티', '--lang', 'xx']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /--lang에는 ko 또는 en만/);
    const after = run(['define', '--', '로열티', '--lang', 'en']);
    assert.equal(after.status, 1, '"로열티 --lang en" is one word to look up');
    assert.match(after.stderr, /용어집에 없는 말입니다/);
  });

  it('glossary만 쓰면 하위 명령이 필요하다고 말한다', () => {
    const result = run(['glossary']);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /glossary 다음에 하위 명령이 필요합니다: validate, stats, dump/);
  });

  it('glossary dump --json: 사용자 용어집이 더한 용어와 별칭이 합친 결과에 있다', () => {
    const extra = path.join(root, 'test', 'fixtures', 'workspace', 'glossaries', 'extra.glossary.json');
    const result = run(['glossary', 'dump', '--json', '--glossary', extra]);
    assert.equal(result.status, 0, result.stderr);
    const dump = JSON.parse(result.stdout) as { formatVersion: number; terms: Array<{ id: string; term: string }> };
    assert.equal(dump.formatVersion, 1);
    assert.ok(dump.terms.length >= 500);
    assert.equal(dump.terms.find((t) => t.id === 'growth-hacking')?.term, '그로스해킹');
    assert.equal(dump.terms.find((t) => t.id === 'loyalty')?.term, '로열티');
  });

  it('없는 --glossary 파일은 종료 코드 1', () => {
    const result = run(['define', '로열티', '--glossary', path.join(tmp, 'missing.json'), '--json']);
    assert.equal(result.status, 1);
    assert.match(result.stderr, /파일을 찾을 수 없습니다/);
    assert.equal((JSON.parse(result.stdout) as { id: string }).id, 'loyalty');
  });

  it('폴더 안 심볼릭 링크 순환에도 끝난다', () => {
    const dir = path.join(tmp, 'loop');
    spawnSync('mkdir', ['-p', dir]);
    symlinkSync(dir, path.join(dir, 'self'));
    writeFileSync(path.join(dir, 'a.md'), '로열티\n');
    const result = run(['terms', dir, '--json']);
    assert.equal(result.status, 0);
    assert.equal((JSON.parse(result.stdout) as unknown[]).length, 1);
  });

  it('속성: 아무 바이트나 넣은 노트와 용어집에도 스택 트레이스가 없고, 못 읽은 파일에 0으로 끝나지 않는다', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.uint8Array({ maxLength: 2000 }), (noteBytes, glossaryBytes) => {
        const note = path.join(tmp, 'prop-note.md');
        const glossary = path.join(tmp, 'prop.glossary.json');
        writeFileSync(note, noteBytes);
        writeFileSync(glossary, glossaryBytes);
        const result = run(['terms', note, '--glossary', glossary, '--json']);
        assert.equal(result.error, undefined);
        assert.doesNotMatch(result.stderr, /\n\s+at .+\(.*:\d+:\d+\)/, 'a stack trace');
        assert.ok(result.status === 0 || result.status === 1, `exit ${result.status}`);
        const unreadable = noteBytes.includes(0) || (noteBytes.length >= 2 && ((noteBytes[0] === 0xff && noteBytes[1] === 0xfe) || (noteBytes[0] === 0xfe && noteBytes[1] === 0xff)));
        if (unreadable) {
          assert.equal(result.status, 1, 'a note it could not read');
        }
      }),
      { numRuns: 25 },
    );
  });
});

describe('CLI: outline와 coverage', () => {
  const samples = path.join(root, 'media', 'samples');
  it('outline --json: 파일마다 제목 트리, 줄은 0부터, 장·절 id', () => {
    const result = run(['outline', path.join(samples, '01-고객로열티-전략.md'), '--json']);
    assert.equal(result.status, 0, result.stderr);
    const [note] = JSON.parse(result.stdout) as Array<{ file: string; headings: Array<{ title: string; level: number; line: number; chapter: string | null; children: Array<{ title: string; chapter: string | null; line: number }> }> }>;
    assert.equal(note?.headings[0]?.title, '[고객관계관리] 고객로열티 전략');
    assert.deepEqual([note?.headings[0]?.level, note?.headings[0]?.line, note?.headings[0]?.chapter], [1, 0, 'ch04']);
    assert.deepEqual(note?.headings[0]?.children.map((c) => [c.title, c.chapter]), [
      ['1. 고객만족', 'ch04.s1'],
      ['2. 고객만족과 로열티의 관계', 'ch04.s2'],
    ]);
    assert.equal(note?.headings[0]?.children[0]?.line, 4);
  });
  it('coverage --json: 장마다 covered/total과 다룬 용어 id', () => {
    const result = run(['coverage', samples, '--json']);
    assert.equal(result.status, 0, result.stderr);
    const data = JSON.parse(result.stdout) as { chapters: Array<{ id: string; title: string; covered: number; total: number; terms: string[] }> };
    assert.equal(data.chapters.length, 10);
    const ch04 = data.chapters.find((c) => c.id === 'ch04');
    assert.ok(ch04 !== undefined && ch04.terms.includes('loyalty') && ch04.covered === ch04.terms.length && ch04.total >= ch04.covered);
    assert.ok(!ch04.terms.includes('value'), 'generic terms are not counted');
  });
});

describe('CLI: lint', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-lint-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  it('file:line:col: message로 알리고 종료 코드 1, --json은 UTF-16 열과 제안, --fix는 고치고 0', () => {
    const note = path.join(tmp, '메모.md');
    writeFileSync(note, '🙂 로얄티는 중요\n- 상향팬매 `로얄티`\n');
    const text = run(['lint', note]);
    assert.equal(text.status, 1);
    assert.equal(text.stdout, `${note}:1:4: 용어집 표기와 다릅니다: "로얄티" → "로열티"\n${note}:2:3: 용어집 표기와 다릅니다: "상향팬매" → "상향판매"\n`);
    const json = JSON.parse(run(['lint', note, '--json']).stdout) as Array<{ line: number; start: number; end: number; text: string; code: string; suggestions: string[] }>;
    assert.deepEqual(json.map((p) => [p.line, p.start, p.end, p.text, p.code, p.suggestions]), [
      [0, 3, 6, '로얄티', 'misspelt-term', ['로열티']],
      [1, 2, 6, '상향팬매', 'misspelt-term', ['상향판매']],
    ]);
    const fixed = run(['lint', note, '--fix']);
    assert.equal(fixed.status, 0);
    assert.match(fixed.stderr, /2곳을 고쳤습니다/);
    assert.equal(readFileSync(note, 'utf8'), '🙂 로열티는 중요\n- 상향판매 `로얄티`\n');
    assert.equal(run(['lint', note]).status, 0);
  });
});
