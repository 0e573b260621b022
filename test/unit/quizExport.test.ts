import * as assert from 'node:assert/strict';
import { type Card, CSV_COLUMNS, safeFileName, toAnki, toCsv, toMarkdown, toQuizlet } from '../../src/core/quiz';

function card(over: Partial<Card>): Card {
  return {
    id: 'id1',
    type: 'definition',
    front: '로열티의 정의는?',
    back: '고객이 다시 찾고 싶어 하는 깊은 관여.',
    answers: ['고객이 다시 찾고 싶어 하는 깊은 관여.'],
    source: { file: 'notes/a.md', line: 3 },
    context: ['고객로열티', '2. 관계'],
    terms: ['loyalty'],
    chapter: 'ch04.s2',
    ...over,
  };
}

const cloze = card({ id: 'c1', type: 'cloze', front: '신규 고객 비용은 유지 비용의 ___ 이상이다.', back: '신규 고객 비용은 유지 비용의 5배 이상이다.', answers: ['5배'] });
const hostile = card({ id: 'h1', type: 'user', front: '=HYPERLINK("http://x")\t탭, "따옴표"', back: '첫 줄\r\n둘째 줄 <b>굵게</b> & 끝', answers: ['첫 줄'] });

/** A strict RFC 4180 reader: what Excel and every CSV importer do with the file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
        assert.ok(i >= text.length || text[i] === ',' || text[i] === '\r', `a quote closes a field at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      assert.equal(field, '', 'a quote only opens a field');
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r') {
      assert.equal(text[i + 1], '\n', 'rows end in CRLF');
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      assert.notEqual(c, '\n', 'no bare LF outside quotes');
      field += c;
      i++;
    }
  }
  assert.equal(quoted, false);
  assert.equal(field === '' && row.length === 0, true, 'the file ends with CRLF');
  return rows;
}

/** Anki's text-import rules: header lines first, then one note per line, tab-separated. */
function readAnki(text: string): { headers: Map<string, string>; rows: string[][] } {
  const headers = new Map<string, string>();
  const lines = text.split('\n');
  assert.equal(lines.pop(), '', 'ends with a newline');
  let i = 0;
  for (; i < lines.length && (lines[i] as string).startsWith('#'); i++) {
    const line = lines[i] as string;
    const colon = line.indexOf(':');
    headers.set(line.slice(1, colon), line.slice(colon + 1));
  }
  const rows = lines.slice(i).map((l) => {
    assert.ok(!l.includes('\r'), 'no CR in a note');
    assert.ok(!l.startsWith('#'), 'a note line never looks like a header');
    return l.split('\t');
  });
  return { headers, rows };
}

describe('내보내기: Anki', () => {
  it('머리줄: separator, html, deck, notetype, tags', () => {
    const { headers, rows } = readAnki(toAnki([card({})], { deck: 'CRM::4장', tags: ['고객 관계', 'crm'] }));
    assert.deepEqual([...headers.entries()], [
      ['separator', 'tab'], ['html', 'true'], ['deck', 'CRM::4장'], ['notetype', 'Basic'], ['tags', '고객_관계 crm'],
    ]);
    assert.deepEqual(rows, [['로열티의 정의는?', '고객이 다시 찾고 싶어 하는 깊은 관여.<br><br>(고객로열티 › 2. 관계)']]);
  });
  it('빈칸은 Anki cloze {{c1::…}}, 초성 힌트는 cloze 힌트로', () => {
    const { headers, rows } = readAnki(toAnki([{ ...cloze, hint: 'ㅇㅂ' }], { deck: 'CRM' }));
    assert.equal(headers.get('notetype'), 'Cloze');
    assert.deepEqual(rows, [['신규 고객 비용은 유지 비용의 {{c1::5배::ㅇㅂ}} 이상이다.', '고객로열티 › 2. 관계']]);
  });
  it('두 종류가 섞이면 첫 열이 노트 유형 (#notetype column:1)', () => {
    const { headers, rows } = readAnki(toAnki([card({}), cloze], { deck: 'CRM', notetype: '기본', clozeNotetype: '빈칸' }));
    assert.equal(headers.get('notetype column'), '1');
    assert.equal(headers.has('notetype'), false);
    assert.deepEqual(rows.map((r) => [r[0], r.length]), [['기본', 3], ['빈칸', 3]]);
  });
  it('필드는 HTML로 이스케이프, 줄바꿈은 <br>, 탭은 공백, 덱 이름의 탭/줄바꿈도 없앤다', () => {
    const { headers, rows } = readAnki(toAnki([hostile, card({ front: '#태그처럼 보이는 앞면' })], { deck: '덱\t이름\n' }));
    assert.equal(headers.get('deck'), '덱 이름');
    assert.equal(rows[0]?.[0], '=HYPERLINK(&quot;http://x&quot;) 탭, &quot;따옴표&quot;');
    assert.equal(rows[0]?.[1]?.startsWith('첫 줄<br>둘째 줄 &lt;b&gt;굵게&lt;/b&gt; &amp; 끝'), true);
    assert.equal(rows[1]?.[0], '&#35;태그처럼 보이는 앞면');
  });
  it('객관식은 보기와 번호 붙은 정답', () => {
    const choice = card({ type: 'choice', front: '다음 설명에 해당하는 용어로 알맞은 것은?\n깊은 관여', back: '로열티', answers: ['로열티'], choices: ['만족', '로열티', '신뢰', '몰입'], answerIndex: 1, context: [] });
    const { rows } = readAnki(toAnki([choice], { deck: 'CRM' }));
    assert.deepEqual(rows, [['다음 설명에 해당하는 용어로 알맞은 것은?<br>깊은 관여<br>1) 만족<br>2) 로열티<br>3) 신뢰<br>4) 몰입', '2) 로열티']]);
  });
});

describe('내보내기: CSV (RFC 4180)', () => {
  it('RFC 4180 파서로 되읽으면 같은 값 (수식 방지 접두어 포함)', () => {
    const text = toCsv([card({}), cloze, hostile]);
    const rows = parseCsv(text);
    assert.deepEqual(rows[0], [...CSV_COLUMNS]);
    assert.equal(rows.length, 4);
    const byName = (row: string[]): Record<string, string> => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, row[i] as string]));
    const first = byName(rows[1] as string[]);
    assert.equal(first.front, '로열티의 정의는?');
    assert.equal(first.line, '3');
    assert.equal(first.context, '고객로열티 › 2. 관계');
    const evil = byName(rows[3] as string[]);
    assert.equal(evil.front, `'=HYPERLINK("http://x")\t탭, "따옴표"`);
    assert.equal(evil.back, '첫 줄\r\n둘째 줄 <b>굵게</b> & 끝');
  });
  it('= + - @ 탭 CR로 시작하는 칸에는 작은따옴표', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      const rows = parseCsv(toCsv([card({ front: `${start}1+1` })]));
      assert.equal(rows[1]?.[2], `'${start}1+1`);
    }
  });
  it('BOM은 요청할 때만', () => {
    assert.equal(toCsv([], { bom: true }).charCodeAt(0), 0xfeff);
    assert.notEqual(toCsv([]).charCodeAt(0), 0xfeff);
  });
});

describe('내보내기: Quizlet, markdown', () => {
  it('Quizlet: 한 줄에 용어<TAB>정의, 안의 줄바꿈은 " / "', () => {
    assert.equal(toQuizlet([card({}), hostile]), '로열티의 정의는?\t고객이 다시 찾고 싶어 하는 깊은 관여.\n=HYPERLINK("http://x") 탭, "따옴표"\t첫 줄 / 둘째 줄 <b>굵게</b> & 끝\n');
  });
  it('markdown: 카드마다 절, 정답은 접어 두고, 노트의 HTML은 글자로', () => {
    const md = toMarkdown([cloze, hostile], '로열티 퀴즈');
    assert.ok(md.startsWith('# 로열티 퀴즈\n\n## 1. 빈칸\n\n신규 고객 비용은 유지 비용의 ___ 이상이다.  \n'));
    assert.ok(md.includes('<details><summary>정답</summary>'));
    assert.ok(md.includes('둘째 줄 &lt;b&gt;굵게&lt;/b&gt; &amp; 끝'));
    assert.ok(!md.includes('<b>'));
    assert.ok(md.includes('<sub>notes/a.md:4 · 고객로열티 › 2. 관계</sub>'));
  });
});

describe('safeFileName: 노트 제목 → 안전한 파일 이름', () => {
  it('평범한 한국어 제목은 그대로', () => {
    assert.equal(safeFileName('[고객관계관리] 고객로열티 전략'), '[고객관계관리] 고객로열티 전략');
  });
  it('경로 구분자, .., 예약 문자, 제어 문자', () => {
    assert.equal(safeFileName('../../etc/passwd'), 'etc_passwd');
    assert.equal(safeFileName('..\\..\\Windows\\System32'), 'Windows_System32');
    assert.equal(safeFileName('a<b>c:d"e|f?g*h'), 'a_b_c_d_e_f_g_h');
    assert.equal(safeFileName('줄\n바꿈\u0000널\u202e역방향'), '줄바꿈널역방향');
    assert.equal(safeFileName('...숨김'), '숨김');
    assert.equal(safeFileName('끝에 점과 공백. . '), '끝에 점과 공백');
    for (const name of ['../../etc/passwd', 'a/../b', '..', 'x..y']) {
      const safe = safeFileName(name);
      assert.ok(!safe.includes('..') && !safe.includes('/') && !safe.includes('\\'), safe);
    }
  });
  it('Windows 예약 이름(CON, nul.txt, COM1)은 앞에 _', () => {
    assert.equal(safeFileName('CON'), '_CON');
    assert.equal(safeFileName('nul.txt'), '_nul.txt');
    assert.equal(safeFileName('com1'), '_com1');
    assert.equal(safeFileName('CONTEXT'), 'CONTEXT');
  });
  it('비면 quiz, 길면 UTF-8 150바이트까지 (글자를 자르지 않고)', () => {
    assert.equal(safeFileName(''), 'quiz');
    assert.equal(safeFileName('///'), 'quiz');
    assert.equal(safeFileName(' . '), 'quiz');
    const long = safeFileName('고객'.repeat(200));
    assert.equal(Buffer.byteLength(long, 'utf8') <= 150, true);
    assert.equal(long, '고객'.repeat(25));
    const emoji = safeFileName('😀'.repeat(100));
    assert.equal(emoji, '😀'.repeat(37));
  });
});
