import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { type Card, CSV_COLUMNS, EXPORT_FORMATS, exportDeck, safeFileName, summarize, toAnki, toCsv, toMarkdown, toQuizlet } from '../../src/core/quiz';

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

describe('내보내기: Anki 세부', () => {
  const basicOnly = card({ context: [] });
  it('카드가 없으면 머리줄만, 노트 유형은 Basic', () => {
    assert.equal(toAnki([], { deck: 'CRM' }), '#separator:tab\n#html:true\n#deck:CRM\n#notetype:Basic\n#tags:\n');
  });
  it('노트 유형 이름과 덱 이름의 공백, 태그의 빈칸과 공백', () => {
    assert.equal(
      toAnki([basicOnly], { deck: '  CRM\r\n4장  ', notetype: ' 기본\t형 ', tags: ['  고객   관계 ', '   ', 'crm'] }),
      '#separator:tab\n#html:true\n#deck:CRM 4장\n#notetype:기본 형\n#tags:고객_관계 crm\n로열티의 정의는?\t고객이 다시 찾고 싶어 하는 깊은 관여.\n',
    );
  });
  it('빈칸 유형(cloze, 공식, 직접 만든 카드)만 Cloze 노트, 빈칸 수가 답 수와 다르면 Basic', () => {
    const formula = card({ type: 'formula', front: '가치 = ___ - 가격', back: '가치 = 편익 - 가격', answers: ['편익'], context: [] });
    const user = card({ type: 'user', front: '___과 ___', back: '분석 CRM과 운영 CRM', answers: ['분석 CRM', '운영 CRM'], hint: 'ㅂㅅ', context: ['CRM'] });
    assert.deepEqual(readAnki(toAnki([formula, user], { deck: 'CRM' })).rows, [
      ['가치 = {{c1::편익}} - 가격', ''],
      ['{{c1::분석 CRM::ㅂㅅ}}과 {{c1::운영 CRM}}', 'CRM'],
    ]);
    const mismatch = card({ type: 'cloze', front: '___ = ___', back: '가치 = 편익', answers: ['가치'], context: [] });
    const reverse = card({ type: 'reverse', front: '다음 설명: ___', back: '로열티', answers: ['로열티'], context: [] });
    const none = card({ type: 'user', front: '질문', back: '답', answers: [], context: [] });
    assert.equal(
      toAnki([mismatch, reverse, none], { deck: 'CRM' }),
      '#separator:tab\n#html:true\n#deck:CRM\n#notetype:Basic\n#tags:\n___ = ___\t가치 = 편익\n다음 설명: ___\t로열티\n질문\t답\n',
    );
  });
  it('답 속의 :: 와 }} 는 cloze를 끝내지 않는다, 빈칸 앞뒤 글도 이스케이프', () => {
    const tricky = card({ type: 'user', front: '<b>C++</b> ___ 뒤 & "끝"', back: 'x', answers: ['std::map{{x}}'], hint: '<힌트>', context: ['장 › 절'] });
    assert.deepEqual(readAnki(toAnki([tricky], { deck: 'CRM' })).rows, [
      ['&lt;b&gt;C++&lt;/b&gt; {{c1::std:&#58;map{{x}&#125;::&lt;힌트&gt;}} 뒤 &amp; &quot;끝&quot;', '장 › 절'],
    ]);
  });
  it('앞면이 #로 시작하면 엔티티, 중간의 #은 그대로; CR만 있는 줄바꿈도 <br>', () => {
    const rows = readAnki(toAnki([card({ front: '#1 고객 #2', back: '첫째\r둘째\n셋째', context: [] })], { deck: 'CRM' })).rows;
    assert.deepEqual(rows, [['&#35;1 고객 #2', '첫째<br>둘째<br>셋째']]);
  });
  it('객관식 정답 번호와 맥락', () => {
    const choice = card({ type: 'choice', front: '알맞은 것은?', back: '신뢰', answers: ['신뢰'], choices: ['만족', '로열티', '신뢰'], answerIndex: 2, context: ['4장', '1절'] });
    assert.deepEqual(readAnki(toAnki([choice], { deck: 'CRM' })).rows, [['알맞은 것은?<br>1) 만족<br>2) 로열티<br>3) 신뢰', '3) 신뢰<br><br>(4장 › 1절)']]);
  });
  it('섞인 덱: 줄마다 노트 유형이 첫 열, 기본 이름은 Basic과 Cloze', () => {
    const text = toAnki([card({ context: [] }), cloze], { deck: 'CRM', tags: ['crm'] });
    assert.equal(text, '#separator:tab\n#html:true\n#deck:CRM\n#notetype column:1\n#tags:crm\nBasic\t로열티의 정의는?\t고객이 다시 찾고 싶어 하는 깊은 관여.\nCloze\t신규 고객 비용은 유지 비용의 {{c1::5배}} 이상이다.\t고객로열티 › 2. 관계\n');
  });
});

describe('내보내기: CSV 세부', () => {
  it('한 카드의 줄 전체: 모든 열, 목록은 " | ", 맥락은 " › "', () => {
    const full = card({
      id: 'x9', type: 'choice', front: '알맞은 것은?', back: '신뢰', answers: ['신뢰', '믿음'], choices: ['만족', '신뢰'], answerIndex: 1, required: 2,
      hint: 'ㅅㄹ', fact: 'trust:figure:5배', terms: ['trust', 'loyalty'], context: ['4장', '1절'],
    });
    assert.equal(
      toCsv([full]),
      'id,type,front,back,answers,choices,answerIndex,required,hint,file,line,context,terms,chapter,fact\r\n' +
        'x9,choice,알맞은 것은?,신뢰,신뢰 | 믿음,만족 | 신뢰,1,2,ㅅㄹ,notes/a.md,3,4장 › 1절,trust | loyalty,ch04.s2,trust:figure:5배\r\n',
    );
  });
  it('없는 값은 빈칸, 0번 정답도 0', () => {
    const bare = card({ choices: ['만족', '신뢰'], answerIndex: 0, context: [], terms: [], chapter: undefined, source: { file: 'a.md', line: 0 } });
    assert.equal(toCsv([bare]).split('\r\n')[1], 'id1,definition,로열티의 정의는?,고객이 다시 찾고 싶어 하는 깊은 관여.,고객이 다시 찾고 싶어 하는 깊은 관여.,만족 | 신뢰,0,,,a.md,0,,,,');
  });
  it('쉼표, 따옴표, 줄바꿈이 든 칸만 따옴표로 감싼다', () => {
    const lines = toCsv([card({ front: '고객, 만족', back: '"로열티"', answers: ['줄\n바꿈'], hint: '캐리지\r리턴', context: [], terms: [] })]).split('\r\n');
    assert.equal(lines[1], 'id1,definition,"고객, 만족","""로열티""","줄\n바꿈",,,,"캐리지\r리턴",notes/a.md,3,,,ch04.s2,');
  });
  it('수식처럼 보이는 칸은 어느 열이든 작은따옴표, 중간의 = 은 그대로', () => {
    const evil = card({ id: '=id', front: '가치 = 편익', back: '+back', answers: ['-a', 'b'], choices: ['@c'], hint: '=h', source: { file: '=f.md', line: 1 }, context: ['=장'], terms: ['+t'], chapter: '-ch', fact: '@f' });
    assert.equal(toCsv([evil]).split('\r\n')[1], "'=id,definition,가치 = 편익,'+back,'-a | b,'@c,,,'=h,'=f.md,1,'=장,'+t,'-ch,'@f");
  });
  it('빈 덱은 머리줄만', () => {
    assert.equal(toCsv([]), `${CSV_COLUMNS.join(',')}\r\n`);
    assert.equal(toCsv([], { bom: false }), `${CSV_COLUMNS.join(',')}\r\n`);
    assert.equal(toCsv([], { bom: true }), `\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('내보내기: Quizlet, markdown 세부', () => {
  it('Quizlet: 객관식은 보기와 번호 붙은 정답, 빈 덱은 빈 파일, 여러 줄바꿈과 공백은 " / " 하나', () => {
    const choice = card({ type: 'choice', front: '알맞은 것은?', back: '신뢰', choices: ['만족', '신뢰'], answerIndex: 1 });
    assert.equal(toQuizlet([choice]), '알맞은 것은? / 1) 만족 / 2) 신뢰\t2) 신뢰\n');
    assert.equal(toQuizlet([]), '');
    assert.equal(toQuizlet([card({ front: ' 첫 줄 \r\n\r\n  둘째\r셋째\t끝 ', back: '답' })]), '첫 줄 / 둘째 / 셋째 끝\t답\n');
  });
  it('markdown: 페이지 전체 (객관식 보기, 힌트, 출처와 맥락)', () => {
    const choice = card({ type: 'choice', front: '알맞은 것은?\n- 목록처럼 보이는 줄', back: '신뢰', choices: ['만족 *강조*', '신뢰'], answerIndex: 1, hint: 'ㅅ_ㄹ', context: [], source: { file: 'n.md', line: 0 } });
    assert.equal(
      toMarkdown([choice, card({ front: '1. 번호처럼 <b>', back: '# 제목처럼\r\n`코드` [링크] a|b \\', context: ['4장', '1절'] })], '퀴즈 #1'),
      [
        '# 퀴즈 \\#1', '',
        '## 1. 객관식', '', '알맞은 것은?  ', '\\- 목록처럼 보이는 줄  ', '',
        '1. 만족 \\*강조\\*', '2. 신뢰', '',
        '힌트: ㅅ_ㄹ', '',
        '<details><summary>정답</summary>', '', '신뢰  ', '', '</details>', '',
        '<sub>n.md:1</sub>', '',
        '## 2. 정의', '', '1\\. 번호처럼 &lt;b&gt;  ', '',
        '<details><summary>정답</summary>', '', '\\# 제목처럼  ', '\\`코드\\` \\[링크\\] a\\|b \\\\  ', '', '</details>', '',
        '<sub>notes/a.md:4 · 4장 › 1절</sub>', '',
      ].join('\n'),
    );
  });
  it('markdown: 목록이나 번호처럼 보이는 줄은 글자 그대로 보인다 (역슬래시 없이)', () => {
    const page = toMarkdown([card({ front: '1. 번호처럼\n2) 둘째\n- 빼기\n+ 더하기\n10.5점은 번호가 아니다', back: '답', context: [] })]);
    const html = new MarkdownIt().render(page);
    assert.ok(html.includes('<p>1. 번호처럼<br>\n2) 둘째<br>\n- 빼기<br>\n+ 더하기<br>\n10.5점은 번호가 아니다</p>'), html);
    assert.ok(!html.includes('<ol') && !html.includes('<ul'), html);
  });
  it('markdown: 제목이 없으면 퀴즈 카드, 들여 쓴 목록 표시도 글자로', () => {
    assert.equal(toMarkdown([]), '# 퀴즈 카드\n');
    assert.ok(toMarkdown([card({ front: '  + 더하기 줄\n2) 둘째' })]).includes('\n  \\+ 더하기 줄  \n2\\) 둘째  \n'));
  });
});

describe('내보내기: exportDeck, summarize', () => {
  const deck = [card({ context: [] }), cloze];
  it('형식마다 그 내보내기 (Anki 덱 이름은 제목, 태그 crm-notes)', () => {
    assert.equal(exportDeck(deck, 'anki', '4장 로열티'), toAnki(deck, { deck: '4장 로열티', tags: ['crm-notes'] }));
    assert.ok(exportDeck(deck, 'anki', '4장 로열티').includes('#deck:4장 로열티\n#notetype column:1\n#tags:crm-notes\n'));
    assert.equal(exportDeck(deck, 'csv', 't', { bom: true }), toCsv(deck, { bom: true }));
    assert.equal(exportDeck(deck, 'csv', 't').charCodeAt(0), 'i'.charCodeAt(0));
    assert.equal(exportDeck(deck, 'quizlet', 't'), toQuizlet(deck));
    assert.ok(exportDeck(deck, 'md', '4장 로열티').startsWith('# 4장 로열티\n\n## 1. 정의\n'));
    assert.deepEqual(EXPORT_FORMATS, { anki: 'txt', csv: 'csv', quizlet: 'tsv', md: 'md' });
  });
  it('summarize: 유형마다 개수, 없는 유형은 0', () => {
    assert.deepEqual(summarize([cloze, cloze, card({})]), { definition: 1, reverse: 0, cloze: 2, list: 0, sequence: 0, formula: 0, choice: 0, user: 0 });
    assert.deepEqual(summarize([]), { definition: 0, reverse: 0, cloze: 0, list: 0, sequence: 0, formula: 0, choice: 0, user: 0 });
  });
});

describe('safeFileName 세부', () => {
  it('예약 이름: 확장자가 있어도, 위 첨자 번호도, 이름의 일부면 아니다', () => {
    assert.equal(safeFileName('prn'), '_prn');
    assert.equal(safeFileName('AUX.md'), '_AUX.md');
    assert.equal(safeFileName('lpt9'), '_lpt9');
    assert.equal(safeFileName('COM¹'), '_COM¹');
    assert.equal(safeFileName('lpt³.txt'), '_lpt³.txt');
    assert.equal(safeFileName('com10'), 'com10');
    assert.equal(safeFileName('nul 노트'), 'nul 노트');
    assert.equal(safeFileName('my con'), 'my con');
  });
  it('보이지 않는 문자, 여러 밑줄, 여러 공백, 앞의 밑줄과 점', () => {
    assert.equal(safeFileName('고\u200b객\ufeff\u2066만족\u007f'), '고객만족');
    assert.equal(safeFileName('a<<>>b'), 'a_b');
    assert.equal(safeFileName('a_<_b'), 'a_b');
    assert.equal(safeFileName('고객   \t 만족'), '고객 만족');
    assert.equal(safeFileName('_ ._숨김'), '숨김');
    assert.equal(safeFileName('끝_'), '끝_');
    assert.equal(safeFileName('\u1100\u1169\u1100\u1162\u11a8'), '고객');
  });
  it('150바이트: 1·2·3·4바이트 글자를 자르지 않고, 자른 뒤의 끝 공백과 점도 뺀다', () => {
    assert.equal(safeFileName('a'.repeat(200)), 'a'.repeat(150));
    assert.equal(safeFileName('é'.repeat(100)), 'é'.repeat(75));
    assert.equal(safeFileName(`a${'é'.repeat(100)}`), `a${'é'.repeat(74)}`);
    assert.equal(safeFileName(`${'가'.repeat(49)}ab😀`), `${'가'.repeat(49)}ab`);
    assert.equal(safeFileName(`${'가'.repeat(49)}a😀`), `${'가'.repeat(49)}a`);
    assert.equal(safeFileName(`${'가'.repeat(49)}😀`), `${'가'.repeat(49)}`);
    assert.equal(safeFileName(`${'a'.repeat(148)}. 끝`), 'a'.repeat(148));
    assert.equal(safeFileName(`${'a'.repeat(149)}.b`), `${'a'.repeat(149)}`);
  });
});
