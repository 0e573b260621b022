import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import * as assert from 'node:assert/strict';
import { type Heading, extractHeadings, headingsOfFullParse } from '../../src/core/notes/headings';
import { OutlineMapper, type OutlineHeading, frontMatterChapter, titleParts } from '../../src/core/notes/outline';
import { parseGlossary } from '../../src/core/glossary/parse';
import { buildSnapshot } from '../../src/core/service';

// Exact tests for src/core/notes/headings.ts and outline.ts, written against the survivors of a
// StrykerJS run (docs/mutation.md): each pins one behaviour a mutant changed.

const h = (title: string, level: number, line: number): Heading => ({ title, level, line });

/**
 * Runs `read` with markdown-it's `parse` watched: the texts it was given and how many parser
 * instances parsed them. Restored afterwards, whatever happens.
 */
function parses(read: () => void): { texts: string[]; parsers: number } {
  const proto = MarkdownIt.prototype;
  const original = proto.parse;
  const texts: string[] = [];
  const parsers = new Set<unknown>();
  proto.parse = function (this: InstanceType<typeof MarkdownIt>, ...args: Parameters<typeof original>) {
    texts.push(args[0]);
    parsers.add(this);
    return original.apply(this, args);
  };
  try {
    read();
  } finally {
    proto.parse = original;
  }
  return { texts, parsers: parsers.size };
}

describe('제목 글자 다듬기 (headings: inline markup → plain title)', () => {
  it('링크, 그림, 위키 링크는 보이는 글자만 남긴다', () => {
    const cases: Array<[string, string]> = [
      ['# [고객만족](https://crm.example/satisfaction) 개요', '고객만족 개요'],
      ['## ![고객 여정 지도](images/journey-map.png) 읽기', '고객 여정 지도 읽기'],
      ['# [[고객만족]]과 [[loyalty|충성도 높은 고객]]', '고객만족과 충성도 높은 고객'],
      ['### [[고객생애가치]] 계산', '고객생애가치 계산'],
    ];
    assert.deepEqual(cases.map(([line]) => extractHeadings(line)[0]?.title), cases.map(([, title]) => title));
  });

  it('홑별표·밑줄 강조는 앞뒤 어디서든 벗기고, 낱말 속 밑줄은 그대로', () => {
    const cases: Array<[string, string]> = [
      ['# *고객* 만족과 _로열티_', '고객 만족과 로열티'],
      ['## 고객 *생애 가치*의 측정', '고객 생애 가치의 측정'],
      ['## 변수 customer_id 와 order_id', '변수 customer_id 와 order_id'],
    ];
    assert.deepEqual(cases.map(([line]) => extractHeadings(line)[0]?.title), cases.map(([, title]) => title));
  });

  it('코드 표시, HTML 태그, 역슬래시 이스케이프, 겹친 공백', () => {
    const cases: Array<[string, string]> = [
      ['## ``Ctrl+C`` 단축키', 'Ctrl+C 단축키'],
      ['# 고객<br>만족', '고객만족'],
      ['# 고객만족 <br>', '고객만족'],
      ['# <u>고객</u> 유지', '고객 유지'],
      ['# C\\# 기초와 1\\. 고객', 'C# 기초와 1. 고객'],
      ['# 고객   만족\t전략', '고객 만족 전략'],
    ];
    assert.deepEqual(cases.map(([line]) => extractHeadings(line)[0]?.title), cases.map(([, title]) => title));
  });

  it('글자가 없는 제목(#, ## ##, 태그뿐)은 목록에 넣지 않는다: 빠른 길과 markdown-it 길 모두', () => {
    // Without a setext underline the fast reader reads these; with one, markdown-it does.
    assert.deepEqual(extractHeadings('#\n# 고객만족\n##   ##\n## <br>'), [h('고객만족', 1, 1)]);
    assert.deepEqual(extractHeadings('#\n\n고객 유지\n=====\n## <br>\n##   ##'), [h('고객 유지', 1, 2)]);
  });
});

describe('울타리 코드의 세부 (headings: fences in the fast reader)', () => {
  it('닫는 울타리 뒤에 공백이 있어도 닫힌다', () => {
    assert.deepEqual(extractHeadings('```\n# 코드 속 주석\n```   \n# 코드 밖'), [h('코드 밖', 1, 3)]);
  });

  it('~~~ 울타리의 정보 문자열에는 백틱이 있어도 된다 (``` 울타리만 안 된다)', () => {
    assert.deepEqual(extractHeadings('~~~ `python`\n# 코드 속 주석\n~~~\n# 코드 밖'), [h('코드 밖', 1, 3)]);
    assert.deepEqual(extractHeadings('``` `인라인` ```\n# 제목이다'), [h('제목이다', 1, 1)]);
  });
});

describe('뼈대 읽기 (headings: the skeleton and which reader reads it)', () => {
  it('빈 줄 뒤의 ===== 구분선은 문단이라 다음 setext 제목과 붙지 않는다', () => {
    const text = ['오늘 배운 것', '', '==========', '', '고객 유지', '---------', '본문 한 줄'].join('\n');
    assert.deepEqual(extractHeadings(text), [h('고객 유지', 2, 4)]);
    assert.deepEqual(extractHeadings(text), headingsOfFullParse(text));
  });

  it('# 제목과 울타리만 있는 노트는 markdown-it 없이 읽는다 (빈 줄 뒤의 ---는 구분선, 줄 가운데나 들여쓴 <는 HTML 블록이 아니다)', () => {
    const notes = [
      '# 고객만족\n\n본문\n\n## 로열티',
      '# 고객 유지\n\n---\n\n## 이탈 방지',
      '# 고객 유지\n   \n---\n## 이탈 방지',
      '---\ntitle: 로열티\n---\n# 로열티\n```\n# 코드\n```',
      '# 고객 < 기업\n부등호 a < b 는 태그가 아니다\n\n    <b>들여쓴 코드</b>',
    ];
    let headings: Heading[][] = [];
    const { texts } = parses(() => {
      headings = notes.map(extractHeadings);
    });
    assert.deepEqual(texts, []);
    assert.deepEqual(headings, [
      [h('고객만족', 1, 0), h('로열티', 2, 4)],
      [h('고객 유지', 1, 0), h('이탈 방지', 2, 4)],
      [h('고객 유지', 1, 0), h('이탈 방지', 2, 3)],
      [h('로열티', 1, 3)],
      [h('고객 < 기업', 1, 0)],
    ]);
  });

  it('setext 밑줄이 있으면 뼈대만 한 번, 같은 파서로 읽는다: 버린 줄 묶음마다 빈 줄 하나', () => {
    const notes = [
      ['오늘 배운 것', '', '==========', '', '고객 유지', '---------', '본문 한 줄', '본문 두 줄', '', '# 로열티', '설명'].join('\n'),
      ['머리말', '# 고객관계', '고객 유지', '---------'].join('\n'),
      ['# 고객', '   ', '관계 단계', '-----', '', '', '끝'].join('\n'),
    ];
    let headings: Heading[][] = [];
    const { texts, parsers } = parses(() => {
      headings = notes.map(extractHeadings);
    });
    assert.deepEqual(texts, [
      ['', '==========', '', '고객 유지', '---------', '', '# 로열티', ''].join('\n'),
      ['', '# 고객관계', '고객 유지', '---------'].join('\n'),
      ['# 고객', '', '관계 단계', '-----', ''].join('\n'),
    ]);
    assert.equal(parsers, 1, 'one block parser, built once and reused');
    assert.deepEqual(headings, [
      [h('고객 유지', 2, 4), h('로열티', 1, 9)],
      [h('고객관계', 1, 1), h('고객 유지', 2, 2)],
      [h('고객', 1, 0), h('관계 단계', 2, 2)],
    ]);
  });

  it('들여쓴 # 줄이나 HTML 블록이 있는 노트는 통째로 한 번 읽는다 (front matter는 비우고)', () => {
    const notes = ['---\nchapter: ch04\n---\n  # 고객로열티\n본문', '<!-- 메모 -->\n# 고객만족'];
    let headings: Heading[][] = [];
    const { texts } = parses(() => {
      headings = notes.map(extractHeadings);
    });
    assert.deepEqual(texts, ['\n\n\n  # 고객로열티\n본문', '<!-- 메모 -->\n# 고객만족']);
    // A comment block ends on the line that closes it: the heading below it stands.
    assert.deepEqual(headings, [[h('고객로열티', 1, 3)], [h('고객만족', 1, 1)]]);
  });
});

describe('HTML 블록 속 #은 제목이 아니다 (headings: HTML blocks hide headings, as in the preview)', () => {
  it('주석으로 막은 절, 빈 줄 없는 <details>, <br> 줄 바로 아래의 #', () => {
    assert.deepEqual(extractHeadings('<!--\n\n## 나중에 쓸 절\n\n-->\n## 고객만족'), [h('고객만족', 2, 5)]);
    assert.deepEqual(extractHeadings('<details>\n<summary>정답</summary>\n## 고객만족\n</details>\n\n## 로열티'), [h('로열티', 2, 5)]);
    assert.deepEqual(extractHeadings('<br>\n# 태그 줄에 붙은 줄\n\n# 고객 유지'), [h('고객 유지', 1, 3)]);
    assert.deepEqual(extractHeadings('<details>\n\n## 펼치면 보이는 제목\n\n</details>'), [h('펼치면 보이는 제목', 2, 2)]);
  });

  it('HTML 줄, 목록, 인용, 표, setext가 섞인 노트도 markdown-it 전체 읽기와 같다', () => {
    const lines = ['# 고객', '## 로열티 ##', '```', '~~~', '본문 줄', '', '   # 셋', '---', '===', '- 항목', '> # 인용', '<!--', '-->', '<div>', '</div>', '<br>', '  <p>', '| 표 | 칸 |', '1. 번호'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...lines), { maxLength: 24 }), (picked) => {
        const text = picked.join('\n');
        assert.deepEqual(extractHeadings(text), headingsOfFullParse(text), JSON.stringify(text));
      }),
      { numRuns: 400, seed: 17 },
    );
  });
});

describe('제목 조각 나누기의 세부 (titleParts: separators, list numbers, punctuation)', () => {
  it('줄표와 콜론은 한쪽만 띄어 써도, 붙여 써도 나눈다', () => {
    const cases: Array<[string, string[]]> = [
      ['고객로열티 전략 -고객만족', ['고객로열티 전략', '고객만족']],
      ['고객로열티 전략- 고객만족', ['고객로열티 전략', '고객만족']],
      ['고객가치:개념과 측정', ['고객가치', '개념과 측정']],
      ['고객만족:', ['고객만족']],
      ['고객만족이란?  -사례', ['고객만족이란', '사례']],
      ['고객 및 시장 세분화', ['고객 및 시장 세분화']],
      ['e-CRM의 이해', ['e-CRM의 이해']],
    ];
    assert.deepEqual(cases.map(([title]) => [title, titleParts(title).parts]), cases);
  });

  it('목록 번호는 겹쳐도 벗기고, 끝 문장 부호는 공백 앞에서도 모두, 가운데 점은 그대로', () => {
    const cases: Array<[string, string[]]> = [
      ['2. ① 고객 유지', ['고객 유지']],
      ['고객만족이란 ?', ['고객만족이란']],
      ['**고객만족이란?** #', ['고객만족이란']],
      ['고객의 이해...', ['고객의 이해']],
      ['웹 2.0 시대의 고객관계', ['웹 2.0 시대의 고객관계']],
    ];
    assert.deepEqual(cases.map(([title]) => [title, titleParts(title).parts]), cases);
  });
});

describe('작은 교과로 본 제목 잇기의 세부 (OutlineMapper: resolve, containment, ties, votes)', () => {
  // 과목 crm > ch1 고객의 이해 (절: 고객만족, 고객만족도 조사, 개요, 이탈률), ch2 고객만족 경영,
  // ch3 데이터 분석 (절: 연관규칙), ch12 고객의 '목소리' 듣기.
  const { glossary, index } = buildSnapshot([
    parseGlossary(
      JSON.stringify({
        formatVersion: 1,
        chapters: [
          { id: 'crm', title: '고객관계관리' },
          { id: 'ch1', title: '고객의 이해', order: 1, parent: 'crm' },
          { id: 'ch1.s1', title: '고객만족', order: 1, parent: 'ch1' },
          { id: 'ch1.s2', title: '고객만족도 조사', order: 2, parent: 'ch1' },
          { id: 'ch1.s3', title: '개요', order: 3, parent: 'ch1' },
          { id: 'ch1.s4', title: '이탈률', order: 4, parent: 'ch1' },
          { id: 'ch2', title: '고객만족 경영', order: 2, parent: 'crm' },
          { id: 'ch3', title: '데이터 분석', order: 3, parent: 'crm' },
          { id: 'ch3.s1', title: '연관규칙', order: 1, parent: 'ch3' },
          { id: 'ch12', title: "고객의 '목소리' 듣기", order: 12, parent: 'crm' },
        ],
        terms: [
          { id: 'support', term: '지지도', definition: 'd', chapter: 'ch3.s1' },
          { id: 'loyalty', term: '로열티', definition: 'd', chapter: 'ch1.s1' },
          { id: 'cross-selling', term: '교차판매', definition: 'd', chapter: 'ch1.s1' },
          { id: 'relationship-marketing', term: '관계마케팅', definition: 'd', chapter: 'crm' },
        ],
      }),
      'notes-mutants.json',
      'user',
    ),
  ]);
  const mapper = new OutlineMapper(glossary, index);
  type Tree = Array<[string, number, string | null, string | null, Tree]>;
  const tree = (nodes: readonly OutlineHeading[]): Tree => nodes.map((n) => [n.title, n.line, n.chapter, n.mappedBy, tree(n.children)]);
  const outlineOf = (text: string): Tree => tree(mapper.outline(text, extractHeadings(text)));

  it('resolve: 두 자리 장 번호, N장, 안쪽 따옴표가 있는 장 제목', () => {
    const values = ['12', '3장', "고객의 '목소리' 듣기", `"고객의 '목소리' 듣기"`];
    assert.deepEqual(values.map((v) => mapper.resolve(v)), ['ch12', 'ch3', 'ch12', 'ch12']);
  });

  it('map: 줄표로 나뉜 같은 깊이의 두 이름은 뒤쪽(더 구체적인 쪽)으로', () => {
    assert.deepEqual(mapper.map('고객만족 경영 - 데이터 분석', null), { chapter: 'ch3', mappedBy: 'title' });
    assert.deepEqual(mapper.map('데이터 분석 - 고객만족 경영', null), { chapter: 'ch2', mappedBy: 'title' });
  });

  it('map: 제목이 품은 이름은 긴 것이 먼저, 세 글자 이름부터 (두 글자 "개요"는 아니다)', () => {
    assert.deepEqual(mapper.map('고객만족도 조사 방법', null), { chapter: 'ch1.s2', mappedBy: 'title' });
    assert.deepEqual(mapper.map('이탈률 관리 사례', null), { chapter: 'ch1.s4', mappedBy: 'title' });
    assert.deepEqual(mapper.map('CRM 시스템 개요 정리', null), { chapter: null, mappedBy: null });
  });

  it('map: 용어 표가 같으면 먼저 나온 용어의 절, 과목에 바로 딸린 용어는 세지 않는다', () => {
    assert.deepEqual(mapper.map('지지도와 로열티', null), { chapter: 'ch3.s1', mappedBy: 'terms' });
    assert.deepEqual(mapper.map('로열티와 지지도', null), { chapter: 'ch1.s1', mappedBy: 'terms' });
    assert.deepEqual(mapper.map('관계마케팅 정리', null), { chapter: null, mappedBy: null });
    assert.deepEqual(mapper.map('관계마케팅과 지지도', null), { chapter: 'ch3.s1', mappedBy: 'terms' });
  });

  it('map: 줄표로 나뉜 조각은 띄어 쓴 글처럼 읽고, 제목 글자는 마크다운으로 가리지 않는다', () => {
    assert.deepEqual(mapper.map('교차 - 판매', null), mapper.map('교차 판매', null));
    assert.deepEqual(mapper.map('교차 - 판매', null), { chapter: null, mappedBy: null });
    assert.deepEqual(mapper.map('교차판매 - 사례', null), { chapter: 'ch1.s1', mappedBy: 'terms' });
    assert.deepEqual(mapper.map('~~~ 지지도', null), { chapter: 'ch3.s1', mappedBy: 'terms' });
  });

  it('outline: 한국어 노트 한 편의 제목 나무 (줄, 장, 잇는 방법)', () => {
    const text = [
      '# 고객의 이해',
      '',
      '## 고객만족도 조사 방법',
      '### 이탈률 관리 사례',
      '## 지지도와 로열티',
      '',
      '# 고객만족 경영 - 데이터 분석',
      '## 관계마케팅 정리',
      '<!--',
      '## 지운 절',
      '-->',
      '# 12장 고객의 목소리',
    ].join('\n');
    assert.deepEqual(outlineOf(text), [
      ['고객의 이해', 0, 'ch1', 'title', [
        ['고객만족도 조사 방법', 2, 'ch1.s2', 'title', [['이탈률 관리 사례', 3, 'ch1.s4', 'title', []]]],
        ['지지도와 로열티', 4, 'ch1.s1', 'terms', []],
      ]],
      ['고객만족 경영 - 데이터 분석', 6, 'ch3', 'title', [['관계마케팅 정리', 7, null, null, []]]],
      ['12장 고객의 목소리', 11, 'ch12', 'number', []],
    ]);
  });

  it('frontMatterChapter: chapter: 로 시작하는 줄만 (subchapter:, chapters: 는 아니다)', () => {
    const texts = ['---\nsubchapter: ch1.s1\n---\n', '---\nchapters: ch1\n---\n', '---\nsubchapter: ch1.s1\nchapter: ch2\n---\n'];
    assert.deepEqual(texts.map(frontMatterChapter), [undefined, undefined, 'ch2']);
  });
});
