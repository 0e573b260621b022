import * as assert from 'node:assert/strict';
import { extractHeadings } from '../../src/core/notes/headings';
import { OutlineMapper, type OutlineHeading, coverage, frontMatterChapter, titleParts } from '../../src/core/notes/outline';
import { parseGlossary } from '../../src/core/glossary/parse';
import { buildSnapshot } from '../../src/core/service';
import { bundledSnapshot } from './helpers';

function flat(nodes: readonly OutlineHeading[]): Array<[string, string | null]> {
  return nodes.flatMap((n) => [[n.title, n.chapter] as [string, string | null], ...flat(n.children)]);
}

describe('노트 제목을 교과 장·절에 잇기 (heading → chapter mapping)', () => {
  const { glossary, index } = bundledSnapshot();
  const mapper = new OutlineMapper(glossary, index);
  const outline = (text: string): OutlineHeading[] => mapper.outline(text, extractHeadings(text));

  it('제목의 꾸밈을 걷어 낸다: 대괄호, 번호, 제N장, Ch.2, 줄표', () => {
    assert.deepEqual(titleParts('[고객관계관리] 고객로열티 전략 - 고객만족'), { number: undefined, parts: ['고객로열티 전략', '고객만족'] });
    assert.deepEqual(titleParts('1. 고객과의 관계 맺기'), { number: undefined, parts: ['고객과의 관계 맺기'] });
    assert.deepEqual(titleParts('제3장 고객만족과 서비스 품질'), { number: 3, parts: ['고객만족과 서비스 품질'] });
    assert.deepEqual(titleParts('Ch.2 고객의 이해'), { number: 2, parts: ['고객의 이해'] });
    assert.deepEqual(titleParts('3장: 복습'), { number: 3, parts: ['복습'] });
  });

  it('대괄호와 줄표가 있는 제목은 더 좁은 쪽(절)으로: 고객로열티 전략 - 고객만족 → 4장 1절', () => {
    assert.deepEqual(flat(outline('# [고객관계관리] 고객로열티 전략 - 고객만족')), [['[고객관계관리] 고객로열티 전략 - 고객만족', 'ch04.s1']]);
  });

  it('번호 붙은 절 제목은 위 제목의 장 안에서 찾는다', () => {
    const text = ['# [고객관계관리] 고객로열티 전략', '', '## 1. 고객만족', '', '## 2. 고객만족과 로열티의 관계', '', '# 고객관계 단계별 전략', '## 1. 고객과의 관계 맺기', '## 4. 고객의 퇴출'].join('\n');
    assert.deepEqual(flat(outline(text)), [
      ['[고객관계관리] 고객로열티 전략', 'ch04'],
      ['1. 고객만족', 'ch04.s1'],
      ['2. 고객만족과 로열티의 관계', 'ch04.s2'],
      ['고객관계 단계별 전략', 'ch05'],
      ['1. 고객과의 관계 맺기', 'ch05.s1'],
      ['4. 고객의 퇴출', 'ch05.s4'],
    ]);
  });

  it('제N장과 Ch.N은 장 번호로', () => {
    assert.deepEqual(flat(outline('# 제3장 복습 노트\n\n# Ch.2 정리')), [
      ['제3장 복습 노트', 'ch03'],
      ['Ch.2 정리', 'ch02'],
    ]);
  });

  it('장 이름이 없어도 용어가 있으면 그 용어의 절로, 아무것도 없으면 null', () => {
    const [withTerm, nothing] = outline('## 우량고객과 초우량고객 구분\n\n## 오늘의 잡담');
    assert.equal(withTerm?.mappedBy, 'terms');
    assert.ok(withTerm?.chapter !== null && withTerm?.chapter.startsWith('ch0'), String(withTerm?.chapter));
    assert.deepEqual([nothing?.chapter, nothing?.mappedBy], [null, null]);
  });

  it('setext 제목도, 코드 블록 속 #은 제목이 아니다', () => {
    const text = ['데이터 웨어하우스', '=========', '', '```', '# 고객만족', '```'].join('\n');
    assert.deepEqual(flat(outline(text)), [['데이터 웨어하우스', 'ch06.s2']]);
  });

  it('front matter의 chapter:가 추측보다 앞선다 (id, 제목, 번호 모두)', () => {
    assert.deepEqual(flat(outline('---\nchapter: ch07\n---\n# 오늘 배운 것\n## 1. 교차판매와 상향판매')), [
      ['오늘 배운 것', 'ch07'],
      ['1. 교차판매와 상향판매', 'ch07.s1'],
    ]);
    assert.equal(outline('---\nchapter: "e-CRM과 소셜 CRM"\n---\n# 메모')[0]?.chapter, 'ch09');
    assert.equal(outline('---\nchapter: 8\n---\n# 메모')[0]?.mappedBy, 'frontMatter');
    assert.equal(outline('---\nchapter: 8\n---\n# 메모')[0]?.chapter, 'ch08');
  });

  it('장 커버리지는 일상어(generic)를 빼고 센다', () => {
    const mentioned = new Set(['loyalty', 'customer-satisfaction', 'value']);
    const result = coverage(glossary, (id) => mentioned.has(id), 'ch04');
    const generic = glossary.termsUnder('ch04').filter((t) => t.generic).length;
    assert.equal(result.total, glossary.termsUnder('ch04').length - generic);
    assert.ok(result.terms.includes('loyalty'));
    assert.ok(generic > 0 && !result.terms.includes('value'), '가치 is generic: mentioned, but not counted');
    assert.equal(result.covered, result.terms.length);
  });
});

describe('작은 교과로 본 제목 잇기 (outline mapping on a small syllabus)', () => {
  // 과목 crm > 장 ch1(고객의 이해: 절 고객만족, 고객가치: 개념과 측정), ch2(고객만족 경영: 절 고객만족), ch3(데이터 분석: 절 연관규칙).
  const { glossary, index } = buildSnapshot([
    parseGlossary(
      JSON.stringify({
        formatVersion: 1,
        chapters: [
          { id: 'crm', title: '고객관계관리' },
          { id: 'ch1', title: '고객의 이해', order: 1, parent: 'crm' },
          { id: 'ch1.s1', title: '고객만족', order: 1, parent: 'ch1' },
          { id: 'ch1.s2', title: '고객가치: 개념과 측정', order: 2, parent: 'ch1' },
          { id: 'ch2', title: '고객만족 경영', order: 2, parent: 'crm' },
          { id: 'ch2.s1', title: '고객만족', order: 1, parent: 'ch2' },
          { id: 'ch3', title: '데이터 분석', order: 3, parent: 'crm' },
          { id: 'ch3.s1', title: '연관규칙', order: 1, parent: 'ch3' },
        ],
        terms: [
          { id: 'loyalty', term: '로열티', definition: 'd', chapter: 'ch1.s2' },
          { id: 'support', term: '지지도', definition: 'd', chapter: 'ch3.s1' },
          { id: 'value', term: '가치', generic: true, definition: 'd', chapter: 'ch3.s1' },
          { id: 'top', term: '과목용어', definition: 'd', chapter: 'ch3' },
        ],
      }),
      'small.json',
      'user',
    ),
  ]);
  const mapper = new OutlineMapper(glossary, index);
  type Tree = Array<[string, string | null, string | null, Tree]>;
  const tree = (nodes: readonly OutlineHeading[]): Tree => nodes.map((n) => [n.title, n.chapter, n.mappedBy, tree(n.children)]);
  const outlineOf = (text: string): Tree => tree(mapper.outline(text, extractHeadings(text)));

  it('titleParts: 장 번호의 여러 꼴, 목록 번호, 꾸밈과 문장 부호', () => {
    const cases: Array<[string, number | undefined, string[]]> = [
      ['제 12 장 — 정리', 12, ['정리']],
      ['제3장고객', 3, ['고객']],
      ['Part 3: 요약', 3, ['요약']],
      ['chapter 4 고객', 4, ['고객']],
      ['ch 5) 끝', 5, ['끝']],
      ['② 고객만족', undefined, ['고객만족']],
      ['가. 고객만족', undefined, ['고객만족']],
      ['IV. 고객', undefined, ['고객']],
      ['1.2.3) 세부', undefined, ['세부']],
      ['고객만족!', undefined, ['고객만족']],
      ['A | B: C', undefined, ['A', 'B', 'C']],
      ['**굵게** `코드` #', undefined, ['굵게 코드']],
      ['[A] (B) 【C】 본문', undefined, ['본문']],
      ['1장-2. 고객 - 3. 만족', 1, ['고객', '만족']],
    ];
    assert.deepEqual(cases.map(([title]) => [title, titleParts(title).number, titleParts(title).parts]), cases);
  });

  it('resolve: id, 따옴표 친 제목, 콜론 앞 제목, 번호, 제목 속 장 번호; 모르면 null', () => {
    const values = ['ch2', ' ch1.s1 ', "'고객만족 경영'", '"고객가치"', '고객의 이해 - 고객만족', '2', 'Ch.3', '없는 장', '99'];
    assert.deepEqual(values.map((v) => mapper.resolve(v)), ['ch2', 'ch1.s1', 'ch2', 'ch1.s2', 'ch1', 'ch2', 'ch3', null, null]);
  });

  it('map: 같은 이름이면 절이 먼저, 위 제목의 장 안이 먼저 (그 장 자신은 아니다)', () => {
    assert.deepEqual(mapper.map('고객만족', null), { chapter: 'ch1.s1', mappedBy: 'title' });
    assert.deepEqual(mapper.map('고객만족', 'ch2'), { chapter: 'ch2.s1', mappedBy: 'title' });
    assert.deepEqual(mapper.map('고객만족 - 고객만족 경영', 'ch2'), { chapter: 'ch2.s1', mappedBy: 'title' });
    assert.deepEqual(mapper.map('고객만족 경영', 'ch2'), { chapter: 'ch2', mappedBy: 'title' });
    assert.deepEqual(mapper.map('데이터 분석', 'ch1'), { chapter: 'ch3', mappedBy: 'title' });
    assert.deepEqual(mapper.map('고객가치', null), { chapter: 'ch1.s2', mappedBy: 'title' });
  });

  it('map: 이름을 품은 제목, 그다음 장 번호, 그다음 용어의 표 (일상어는 세지 않는다)', () => {
    assert.deepEqual(mapper.map('고객만족 경영 사례 연구', null), { chapter: 'ch1.s1', mappedBy: 'title' });
    assert.deepEqual(mapper.map('고객만족 경영 사례 연구', 'ch2'), { chapter: 'ch2.s1', mappedBy: 'title' });
    assert.deepEqual(mapper.map('고객가치 측정 사례', null), { chapter: 'ch1.s2', mappedBy: 'title' });
    assert.deepEqual(mapper.map('3장 잡담', null), { chapter: 'ch3', mappedBy: 'number' });
    assert.deepEqual(mapper.map('9장 잡담', null), { chapter: null, mappedBy: null });
    assert.deepEqual(mapper.map('지지도와 로열티와 지지도', null), { chapter: 'ch3.s1', mappedBy: 'terms' });
    assert.deepEqual(mapper.map('지지도와 로열티와 지지도', 'ch1'), { chapter: 'ch1.s2', mappedBy: 'terms' });
    assert.deepEqual(mapper.map('가치 가치 로열티', null), { chapter: 'ch1.s2', mappedBy: 'terms' });
    assert.deepEqual(mapper.map('과목용어 과목용어', null), { chapter: 'ch3', mappedBy: 'terms' });
  });

  it('outline: 수준대로 포개고(같은 수준은 형제), 아래 제목은 위 제목의 장 안에서 찾는다', () => {
    const text = '# 고객의 이해\n## 고객만족\n### 로열티\n## 3장 잡담\n# 고객만족 경영\n## 고객만족\n#### 깊은\n## 끝';
    assert.deepEqual(outlineOf(text), [
      ['고객의 이해', 'ch1', 'title', [['고객만족', 'ch1.s1', 'title', [['로열티', null, null, []]]], ['3장 잡담', 'ch3', 'number', []]]],
      ['고객만족 경영', 'ch2', 'title', [['고객만족', 'ch2.s1', 'title', [['깊은', null, null, []]]], ['끝', null, null, []]]],
    ]);
  });

  it('front matter의 chapter:는 맨 위 제목에만: 그 장 밖으로 잡혔거나 못 잡힌 제목을 바꾸고, 장 안의 절은 그대로', () => {
    const text = '---\nchapter: ch3\n---\n# 고객만족\n## 고객만족\n# 연관규칙 정리\n# 잡담';
    assert.deepEqual(outlineOf(text), [
      ['고객만족', 'ch3', 'frontMatter', [['고객만족', 'ch1.s1', 'title', []]]],
      ['연관규칙 정리', 'ch3.s1', 'title', []],
      ['잡담', 'ch3', 'frontMatter', []],
    ]);
    assert.deepEqual(outlineOf('---\nchapter: 없는 장\n---\n# 잡담'), [['잡담', null, null, []]]);
  });

  it('frontMatterChapter: front matter 안의 chapter: 줄만, 값의 앞뒤 공백 없이', () => {
    const texts = ['# chapter: ch2', '---\nchapter:  ch2  \n---\n', '---\ntitle: x\nchapter:ch 2\n---\n', '---\ntitle: x\n---\nchapter: ch2'];
    assert.deepEqual(texts.map(frontMatterChapter), [undefined, 'ch2', 'ch 2', undefined]);
  });

  it('coverage: 장 아래 모든 절의 용어를 교과 순으로, 모르는 장은 id를 제목으로', () => {
    assert.deepEqual(coverage(glossary, () => true, 'ch3'), { id: 'ch3', title: '데이터 분석', covered: 2, total: 2, terms: ['top', 'support'] });
    assert.deepEqual(coverage(glossary, (id) => id === 'support', 'crm'), { id: 'crm', title: '고객관계관리', covered: 1, total: 3, terms: ['support'] });
    assert.deepEqual(coverage(glossary, () => true, 'nope'), { id: 'nope', title: 'nope', covered: 0, total: 0, terms: [] });
  });
});
