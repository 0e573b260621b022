import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');
const fixtures = path.join(root, 'test', 'fixtures', 'workspace');
const note = path.join(fixtures, 'notes', '로열티.md');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...process.env, LANG: 'ko_KR.UTF-8', LC_ALL: '', ...env } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

interface Occurrence {
  file: string;
  line: number;
  start: number;
  end: number;
  text: string;
  id: string;
  term: string;
}

describe('crm-notes CLI (the built dist/cli.js)', () => {
  let tmp: string;
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-cli-'));
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  describe('terms', () => {
    it('--json: 출현마다 file, line, start, end, text, id, term; text는 그 범위의 글자 그대로', () => {
      const result = run(['terms', note, '--json']);
      assert.equal(result.status, 0, result.stderr);
      const found = JSON.parse(result.stdout) as Occurrence[];
      const lines = readFileSync(note, 'utf8').split('\n');
      assert.ok(found.length > 10);
      for (const o of found) {
        assert.deepEqual(Object.keys(o).sort(), ['end', 'file', 'id', 'line', 'start', 'term', 'text']);
        assert.equal(lines[o.line]?.slice(o.start, o.end), o.text);
      }
      const loyalty = found.find((o) => o.line === 6 && o.id === 'loyalty');
      assert.deepEqual(loyalty, { file: note, line: 6, start: 2, end: 5, text: '로열티', id: 'loyalty', term: '로열티' });
      assert.ok(found.some((o) => o.text === '초우량고객' && o.id === 'super-good-customer'));
      const codeLine = lines.findIndex((l) => l.startsWith('로열티 코드블록'));
      assert.ok(codeLine > 0 && !found.some((o) => o.line === 1 || o.line === codeLine), 'front matter and code block skipped');
      const guarded = lines.findIndex((l) => l.includes('비고객과 가치관은'));
      assert.deepEqual(found.filter((o) => o.line === guarded), [], '비고객 is not 고객, 가치관 is not 가치');
    });

    it('NFD 노트: 같은 용어를, 저장된 그대로의 범위로', () => {
      const nfd = path.join(fixtures, 'notes', 'nfd-note.md');
      const result = run(['terms', nfd, '--json']);
      const found = JSON.parse(result.stdout) as Occurrence[];
      const nfcCopy = path.join(tmp, 'nfc-note.md');
      writeFileSync(nfcCopy, readFileSync(nfd, 'utf8').normalize('NFC'));
      const expected = JSON.parse(run(['terms', nfcCopy, '--json']).stdout) as Occurrence[];
      assert.deepEqual(found.map((o) => o.id), expected.map((o) => o.id));
      assert.ok(found.length >= 3);
      const stored = readFileSync(nfd, 'utf8').split('\n');
      for (const o of found) {
        assert.equal(stored[o.line]?.slice(o.start, o.end), o.text);
        assert.notEqual(o.text, o.text.normalize('NFC'), 'the text is the stored (decomposed) characters');
      }
    });

    it('CRLF와 BOM이 있는 노트도 열이 맞다', () => {
      const file = path.join(tmp, 'crlf.md');
      writeFileSync(file, `\ufeff# 제목\r\n- 고객과의 관계\r\n`);
      const found = JSON.parse(run(['terms', file, '--json']).stdout) as Occurrence[];
      assert.deepEqual(found.map((o) => [o.line, o.start, o.end, o.text]), [[1, 2, 4, '고객']]);
    });

    it('열은 UTF-16 단위로 센다: 🙂와 보조 평면 한자 𠀀(둘 다 2단위) 뒤의 용어는 3열에서 시작한다', () => {
      const file = path.join(tmp, 'emoji.md');
      writeFileSync(file, '🙂 로열티는 중요하다\n𠀀 고객만족을 높인다\n');
      const found = JSON.parse(run(['terms', file, '--json']).stdout) as Occurrence[];
      assert.deepEqual(found.map((o) => [o.line, o.start, o.end, o.text, o.id]), [
        [0, 3, 6, '로열티', 'loyalty'],
        [1, 3, 7, '고객만족', 'customer-satisfaction'],
      ]);
      const table = run(['terms', file]);
      assert.equal(table.status, 0, table.stderr);
      assert.deepEqual(table.stdout.split('\n').slice(0, 2), [
        `${file}:1:4  로열티    로열티 (loyalty)`,
        `${file}:2:4  고객만족  고객만족 (customer-satisfaction)`,
      ]);
    });

    it('표 출력과 폴더 입력', () => {
      const result = run(['terms', path.join(fixtures, 'notes')]);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /로열티\.md:7:3\s+로열티\s+로열티 \(loyalty\)/);
      assert.match(result.stdout, /mobile\.md/);
      assert.match(result.stdout, /— 용어 \d+번, 서로 다른 용어 \d+개/);
    });

    it('없는 파일과 바이너리 파일은 한 줄 메시지, 나머지는 계속 (종료 코드 1)', () => {
      const binary = path.join(tmp, 'image.md');
      writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
      const result = run(['terms', path.join(tmp, '없는파일.md'), binary, note, '--json']);
      assert.equal(result.status, 1);
      assert.equal(result.stderr.trim().split('\n').length, 2, result.stderr);
      assert.match(result.stderr, /파일을 찾을 수 없습니다: .*없는파일\.md/);
      assert.match(result.stderr, /바이너리/);
      assert.doesNotMatch(result.stderr, /at .*\.js:\d+/, 'no stack trace');
      assert.ok((JSON.parse(result.stdout) as Occurrence[]).length > 0);
    });
  });

  describe('define', () => {
    it('define 로열티는 → 로열티 (JSON)', () => {
      const result = run(['define', '로열티는', '--json']);
      assert.equal(result.status, 0, result.stderr);
      const entry = JSON.parse(result.stdout) as Record<string, unknown>;
      assert.equal(entry.id, 'loyalty');
      assert.equal(entry.term, '로열티');
      assert.equal(entry.english, 'Customer Loyalty');
      assert.ok(Array.isArray(entry.aliases) && entry.aliases.includes('로얄티'));
      assert.equal(typeof entry.definition, 'string');
      assert.equal(entry.chapter, 'ch04.s2');
    });
    it('--json의 키는 정해진 15개이고, related는 {id, term}, chapterPath는 과목부터 절까지의 제목', () => {
      const result = run(['define', '로열티', '--json']);
      assert.equal(result.status, 0, result.stderr);
      const entry = JSON.parse(result.stdout) as Record<string, unknown>;
      assert.deepEqual(Object.keys(entry), [
        'id', 'term', 'english', 'aliases', 'reading', 'definition', 'explanation', 'chapter',
        'chapterTitle', 'chapterPath', 'related', 'confusable', 'facts', 'source', 'input',
      ]);
      assert.equal(entry.reading, null);
      assert.equal(entry.chapterTitle, '고객만족과 로열티의 관계');
      assert.deepEqual(entry.chapterPath, ['고객관계관리', '고객로열티 전략', '고객만족과 로열티의 관계']);
      assert.deepEqual((entry.related as unknown[]).slice(0, 2), [
        { id: 'customer-satisfaction', term: '고객만족' },
        { id: 'loyalty-reciprocity', term: '로열티의 상호적 속성' },
      ]);
      assert.equal((entry.related as unknown[]).length, 13);
      assert.deepEqual(entry.confusable, []);
      assert.deepEqual((entry.facts as Array<{ key: string }>).map((f) => f.key), [
        'loyalty:enumeration:로열티를 파악하는 세 가지 관점',
        'loyalty:enumeration:태도와 반복 구매에 따른 로열티의 유형',
        'loyalty:sequence:올리버의 로열티 형성 단계',
      ]);
      assert.equal(entry.source, 'glossary/ch04.glossary.json');
      assert.equal(entry.input, '로열티');
    });
    it('별칭, 영어 이름, 오기, 약어: 로얄티, Customer Loyalty, crm', () => {
      assert.equal((JSON.parse(run(['define', '로얄티', '--json']).stdout) as { id: string }).id, 'loyalty');
      assert.equal((JSON.parse(run(['define', 'Customer', 'Loyalty', '--json']).stdout) as { id: string }).id, 'loyalty');
      assert.equal((JSON.parse(run(['define', 'crm', '--json']).stdout) as { id: string }).id, 'crm');
    });
    it('사람이 읽는 출력: 표제어, 장 경로, 정의', () => {
      const result = run(['define', '우량고객을']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /^우량고객 · [^\n]+ {2}\[good-customer\]\n고객관계관리 › 고객관계 단계별 전략 › /);
    });
    it('모르는 말: 종료 코드 1, stderr에 이유와 가까운 제안', () => {
      const result = run(['define', '고갱만족']);
      assert.equal(result.status, 1);
      assert.equal(result.stdout, '');
      assert.match(result.stderr, /용어집에 없는 말입니다: 고갱만족\n혹시 이 용어인가요\? 고객만족/);
    });
    it('--glossary로 사용자 용어집을 더하고, 깨진 용어집이 있어도 내장 용어는 된다 (종료 코드는 1)', () => {
      const extra = path.join(fixtures, 'glossaries', 'extra.glossary.json');
      const broken = path.join(fixtures, 'glossaries', 'broken.glossary.json');
      assert.equal(run(['define', '그로스해킹을', '--glossary', extra, '--json']).status, 0);
      const result = run(['define', '그로스해킹을', '--glossary', extra, '--glossary', broken, '--json']);
      assert.equal(result.status, 1, 'a glossary the user asked for could not be used');
      assert.equal((JSON.parse(result.stdout) as { id: string }).id, 'growth-hacking');
      assert.match(result.stderr, /broken\.glossary\.json:9:5: JSON 문법 오류: 쉼표\(,\)가 와야 합니다/);
      assert.equal((JSON.parse(run(['define', '로열티', '--glossary', broken, '--json']).stdout) as { id: string }).id, 'loyalty');
    });
    it('--glossary 파일은 4 MiB까지: 4 MiB는 읽고, 1바이트 넘으면 읽기 전에 거부하고 한도를 알린다 (종료 코드 1)', () => {
      const head = '{"formatVersion":1,"terms":[]}';
      const limit = path.join(tmp, 'limit.json');
      const over = path.join(tmp, 'over.json');
      writeFileSync(limit, head + ' '.repeat(4_194_304 - head.length));
      writeFileSync(over, head + ' '.repeat(4_194_305 - head.length));
      const fits = run(['define', '로열티', '--glossary', limit, '--json']);
      assert.equal(fits.status, 0, fits.stderr);
      assert.equal(fits.stderr, '');
      const refused = run(['define', '로열티', '--glossary', over, '--json']);
      assert.equal(refused.status, 1);
      assert.equal(refused.stderr, '파일이 너무 큽니다: 4194305바이트 (한도 4194304바이트).\n');
      assert.equal((JSON.parse(refused.stdout) as { id: string }).id, 'loyalty', 'the bundled glossary still answers');
      const validate = run(['glossary', 'validate', over]);
      assert.equal(validate.status, 1);
      assert.equal(validate.stderr, '파일이 너무 큽니다: 4194305바이트 (한도 4194304바이트).\n');
    });
    it('영어 환경에서는 영어 메시지', () => {
      const result = run(['define', 'zzzz'], { LANG: 'en_US.UTF-8' });
      assert.match(result.stderr, /^Not in the glossary: zzzz/);
    });
  });

  describe('glossary', () => {
    it('validate: 깨진 파일은 file:line:col: message, 종료 코드 1', () => {
      const broken = path.join(fixtures, 'glossaries', 'broken.glossary.json');
      const result = run(['glossary', 'validate', broken]);
      assert.equal(result.status, 1);
      assert.equal(result.stdout.trim(), `${broken}:9:5: JSON 문법 오류: 쉼표(,)가 와야 합니다`);
    });
    it('validate: 항목 문제는 항목마다 한 줄', () => {
      const file = path.join(tmp, 'entries.json');
      writeFileSync(file, JSON.stringify({ formatVersion: 1, terms: [{ id: 'ok', term: '좋음', definition: 'd', related: ['nope'] }, { id: 'BAD', term: 'x', definition: 'y' }] }, null, 2));
      const result = run(['glossary', 'validate', file]);
      assert.equal(result.status, 1);
      const lines = result.stdout.trim().split('\n');
      assert.equal(lines.length, 2, result.stdout);
      assert.ok(lines.every((l) => new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: `).test(l)));
    });
    it('validate: 올바른 파일은 종료 코드 0', () => {
      const result = run(['glossary', 'validate', path.join(fixtures, 'glossaries', 'extra.glossary.json')]);
      assert.equal(result.status, 0, result.stdout);
      assert.match(result.stdout, /문제 없음 \(용어 2개, 장 0개\)/);
    });
    it('stats --json: 용어 수, 장 수, 장별 용어 수', () => {
      const stats = JSON.parse(run(['glossary', 'stats', '--json']).stdout) as { terms: number; chapters: number; termsPerChapter: Array<{ id: string; terms: number }> };
      assert.ok(stats.terms >= 300);
      assert.equal(stats.chapters, 10);
      assert.equal(stats.termsPerChapter.reduce((n, c) => n + c.terms, 0), stats.terms);
    });
  });

  describe('사용법 (usage)', () => {
    it('--help는 종료 코드 0', () => {
      const result = run(['--help']);
      assert.equal(result.status, 0);
      assert.match(result.stdout, /crm-notes terms FILE/);
    });
    it('명령 없음, 모르는 명령, 모르는 옵션, 인자 없음은 종료 코드 2', () => {
      assert.equal(run([]).status, 2);
      assert.equal(run(['frobnicate']).status, 2);
      assert.equal(run(['terms', note, '--frob']).status, 2);
      assert.equal(run(['terms']).status, 2);
      assert.equal(run(['define']).status, 2);
      assert.equal(run(['glossary', 'validate']).status, 2);
      assert.match(run(['terms', '--glossary']).stderr, /--glossary 다음에 값이 필요합니다/);
    });
  });
});

describe('crm-notes quiz (cards from notes, and their exports)', () => {
  let tmp: string;
  let noteFile: string;
  const text = [
    '# 고객가치 복습',
    '',
    '## 공식',
    '',
    '가치 = 편익 - 가격',
    '',
    '## 단계',
    '',
    '잠재고객 → 신규고객 → 반복구매고객 → 단골고객 → 옹호고객',
    '',
    '신규 고객을 유치하는 비용은 기존 고객을 유지하는 비용의 5배 이상이 든다.',
    '',
    'RFM에서 F는?::Frequency',
    '',
  ].join('\n');
  before(() => {
    tmp = mkdtempSync(path.join(os.tmpdir(), 'crm-notes-quiz-'));
    noteFile = path.join(tmp, '가치.md');
    writeFileSync(noteFile, text);
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  interface CardJson {
    id: string;
    type: string;
    front: string;
    back: string;
    answers: string[];
    source: { file: string; line: number };
    context: string[];
  }
  const cardsOf = (args: string[]): CardJson[] => {
    const r = run(['quiz', noteFile, '--json', ...args]);
    assert.equal(r.status, 0, r.stderr);
    return JSON.parse(r.stdout) as CardJson[];
  };

  it('--json: 공식, 순서, 수치 빈칸, 직접 만든 카드가 노트의 줄과 제목 경로를 달고 나온다', () => {
    const cards = cardsOf([]);
    const formula = cards.find((c) => c.type === 'formula' && c.front === '___ = 편익 - 가격');
    assert.deepEqual(formula && { answers: formula.answers, line: formula.source.line, context: formula.context }, { answers: ['가치'], line: 4, context: ['고객가치 복습', '공식'] });
    const sequence = cards.find((c) => c.type === 'sequence');
    assert.deepEqual(sequence?.answers, ['잠재고객', '신규고객', '반복구매고객', '단골고객', '옹호고객']);
    const cloze = cards.find((c) => c.type === 'cloze' && c.answers.includes('5배'));
    assert.ok(cloze !== undefined && cloze.front.includes('___') && !cloze.front.includes('5배'), JSON.stringify(cloze));
    const user = cards.find((c) => c.type === 'user');
    assert.deepEqual(user && [user.front, user.back, user.source.line], ['RFM에서 F는?', 'Frequency', 12]);
    assert.equal(new Set(cards.map((c) => c.id)).size, cards.length, 'ids are unique');
  });

  it('--types는 영어와 한국어 이름을 받고, --seed가 객관식 보기 순서를 정한다', () => {
    assert.deepEqual([...new Set(cardsOf(['--types', '공식,user']).map((c) => c.type))].sort(), ['formula', 'user']);
    const choicesOf = (seed: string): string => JSON.stringify(cardsOf(['--types', 'choice', '--seed', seed]));
    assert.equal(choicesOf('7'), choicesOf('7'));
    assert.ok(['1', '2', '3', '4', '5'].some((seed) => choicesOf(seed) !== choicesOf('7')), 'some seed orders the options differently');
  });

  it('요약은 표준 오류로: 카드 수와 유형별 개수', () => {
    const r = run(['quiz', noteFile, '--types', 'formula,sequence']);
    assert.equal(r.status, 0);
    assert.match(r.stderr, /^카드 \d+장 — 순서 1, 공식 \d+$/m);
    assert.match(r.stdout, /\[공식\] ___ = 편익 - 가격\n {4}→ 가치 = 편익 - 가격/);
    assert.match(run(['quiz', noteFile, '--types', 'formula', '--lang', 'en']).stderr, /^\d+ cards — formula \d+$/m);
  });

  it('--format anki --out 폴더: 노트 제목으로 파일 이름을 짓고 Anki 머리줄과 빈칸 카드를 쓴다', () => {
    const dir = path.join(tmp, 'out');
    mkdirSync(dir);
    const r = run(['quiz', noteFile, '--format', 'anki', '--out', dir, '--types', 'formula']);
    assert.equal(r.status, 0, r.stderr);
    const file = path.join(dir, '고객가치 복습.txt');
    const written = readFileSync(file, 'utf8');
    assert.deepEqual(written.split('\n').slice(0, 3), ['#separator:tab', '#html:true', '#deck:고객가치 복습']);
    assert.match(written, /\{\{c1::가치\}\} = 편익 - 가격/);
    assert.match(r.stderr, /고객가치 복습\.txt에 카드 \d+장을 썼습니다/);
  });

  it('--format csv는 표준 출력으로, --bom이면 엑셀용 BOM', () => {
    const csv = run(['quiz', noteFile, '--format', 'csv', '--types', 'user']);
    assert.equal(csv.stdout.split('\r\n')[0], 'id,type,front,back,answers,choices,answerIndex,required,hint,file,line,context,terms,chapter,fact');
    assert.match(csv.stdout, /,user,RFM에서 F는\?,Frequency,Frequency,/);
    const target = path.join(tmp, 'cards.csv');
    assert.equal(run(['quiz', noteFile, '--format', 'csv', '--bom', '--out', target]).status, 0);
    assert.equal(readFileSync(target, 'utf8').charCodeAt(0), 0xfeff);
  });

  it('잘못된 옵션은 사용법 오류(2), 쓸 수 없는 곳은 1이고 임시 파일도 남기지 않는다', () => {
    const bad = (args: string[]): Run => run(['quiz', noteFile, ...args]);
    assert.equal(bad(['--format', 'pdf']).status, 2);
    assert.match(bad(['--format', 'pdf']).stderr, /--format에는 anki, csv, quizlet, md 중 하나/);
    assert.equal(bad(['--types', '주관식']).status, 2);
    assert.equal(bad(['--seed', '-1']).status, 2);
    assert.equal(bad(['--out', path.join(tmp, 'x.txt')]).status, 2);
    const missing = bad(['--format', 'md', '--out', path.join(tmp, 'no', 'such', 'x.md')]);
    assert.equal(missing.status, 1);
    assert.match(missing.stderr, /파일을 쓸 수 없습니다: .*x\.md \(ENOENT\)/);
  });

  it('카드를 만들 것이 없는 노트는 이유를 알린다', () => {
    const empty = path.join(tmp, '빈.md');
    writeFileSync(empty, '오늘은 날씨가 좋다.\n');
    const r = run(['quiz', empty]);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /만들 카드가 없습니다/);
  });
});
