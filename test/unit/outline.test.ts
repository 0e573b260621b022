import * as assert from 'node:assert/strict';
import { extractHeadings } from '../../src/core/notes/headings';
import { OutlineMapper, type OutlineHeading, coverage, titleParts } from '../../src/core/notes/outline';
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
