import * as assert from 'node:assert/strict';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { addAlias } from '../../src/core/glossary/edit';
import { parseGlossary } from '../../src/core/glossary/parse';
import { FALSE_FRIENDS, TermSpeller, ignoreComment, ignoredSpellings } from '../../src/core/lint';
import { buildSnapshot } from '../../src/core/service';
import { Note } from '../../src/core/notes/note';
import { bundledSnapshot } from './helpers';

describe('잘못 쓴 용어 (misspelt glossary terms, one jamo off)', () => {
  const { glossary, index } = bundledSnapshot();
  const speller = new TermSpeller(glossary);
  const check = (text: string): Array<[string, string]> => speller.check(new Note(text, index)).map((p) => [p.text, p.suggestion]);

  it('모음 하나: 로얄티는 → 로열티 (조사는 범위 밖)', () => {
    const [problem] = speller.check(new Note('- 로얄티는 중요하다', index));
    assert.deepEqual([problem?.text, problem?.suggestion, problem?.line, problem?.start, problem?.end], ['로얄티', '로열티', 0, 2, 5]);
  });
  it('띄어 쓴 용어도: 데이타베이스 마케팅 → 데이터베이스 마케팅', () => {
    assert.deepEqual(check('데이타베이스 마케팅을 배운다'), [['데이타베이스 마케팅', '데이터베이스 마케팅']]);
  });
  it('초성 하나: 고객유지률 → 고객유지율, 모음 하나: 상향팬매 → 상향판매', () => {
    assert.deepEqual(check('고객유지률과 상향팬매'), [
      ['고객유지률', '고객유지율'],
      ['상향팬매', '상향판매'],
    ]);
  });
  it('바르게 쓴 용어, 일상어, 알려진 바른 낱말은 건드리지 않는다', () => {
    assert.deepEqual(check('로열티와 고객유지율, 상향판매. 고객님과 가치관, 관계자와 경쟁사, 만족도 조사'), []);
    for (const word of FALSE_FRIENDS) {
      assert.deepEqual(check(`${word}를 적는다`), [], word);
    }
  });
  it('코드, 링크 주소, front matter 속에서는 찾지 않는다', () => {
    assert.deepEqual(check('---\ntitle: 로얄티\n---\n`로얄티` [x](https://a.b/로얄티)\n```\n로얄티\n```'), []);
  });
  it('노트의 crm-notes-ignore 주석에 적은 표기는 건너뛴다', () => {
    assert.deepEqual(check('로얄티와 상향팬매\n<!-- crm-notes-ignore: 로얄티 -->'), [['상향팬매', '상향판매']]);
    assert.deepEqual(check(`로얄티\n${ignoreComment('로얄티')}`), []);
  });
  it('한 노트에서 한 용어를 두 가지로 쓰면 덜 쓴 쪽을 알린다 (영어 이름, 띄어쓰기, 포함 관계는 빼고)', () => {
    const problems = speller.check(new Note('고객생애가치와 고객생애가치, 그리고 고객평생가치', index));
    assert.deepEqual(problems.map((p) => [p.code, p.text, p.suggestion]), [['two-spellings', '고객평생가치', '고객생애가치']]);
    assert.deepEqual(check('CRM과 고객관계관리, 고객 만족과 고객만족, 로열티와 고객로열티'), []);
  });
  it('두 글자 용어는 오타로 보지 않는다 (너무 흔한 낱말)', () => {
    assert.deepEqual(check('가지와 편이'), []);
  });
});

describe('작업 영역 용어집에 별칭 더하기 (addAlias, the quick fix\'s edit)', () => {
  it('빈 파일이면 새 용어집, 항목이 없으면 id와 별칭만 있는 항목, 있으면 그 항목의 aliases에', () => {
    const first = addAlias('', 'up-selling', '상향팬매');
    assert.ok(first !== undefined);
    const parsed = parseGlossary(first, 'ws.json', 'workspace');
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.terms.map((t) => [t.id, t.fields.aliases]), [['up-selling', ['상향팬매']]]);
    const second = addAlias(first, 'up-selling', '업셀');
    assert.deepEqual(parseGlossary(second ?? '', 'ws.json', 'workspace').terms.map((t) => t.fields.aliases), [['상향팬매', '업셀']]);
    const withComment = '{\n  // 내 용어\n  "formatVersion": 1,\n  "terms": [ { "id": "mine", "term": "내용어", "definition": "d" } ]\n}\n';
    const third = addAlias(withComment, 'loyalty', '로열티이');
    assert.match(third ?? '', /\/\/ 내 용어/);
    assert.deepEqual(parseGlossary(third ?? '', 'ws.json', 'workspace').terms.map((t) => t.id), ['mine', 'loyalty']);
    assert.equal(addAlias('[1, 2]', 'x', 'y'), undefined);
    assert.equal(addAlias(second ?? '', 'up-selling', '업셀'), second, 'no duplicate alias');
  });

  it('작업 영역이 더한 별칭은 오타로 보지 않는다 (내장 용어집의 변형 표기만 오타)', () => {
    const user = parseGlossary('{ "formatVersion": 1, "terms": [ { "id": "up-selling", "aliases": ["상향팬매"] } ] }', 'ws.json', 'workspace');
    const merged = buildSnapshot([...parseBundledGlossary(), user]);
    const speller = new TermSpeller(merged.glossary, bundledSnapshot().glossary);
    assert.deepEqual(speller.check(new Note('상향팬매와 로얄티', merged.index)).map((p) => p.text), ['로얄티']);
  });
});

describe('잘못 쓴 용어: 세부', () => {
  const { glossary, index } = bundledSnapshot();
  const speller = new TermSpeller(glossary);
  const problems = (text: string) => speller.check(new Note(text, index));
  it('줄과 칸, 노트 안의 위치, 용어 id까지', () => {
    assert.deepEqual(problems('첫 줄\n  로얄티와 상향팬매를'), [
      { line: 1, start: 2, end: 5, offset: 6, endOffset: 9, text: '로얄티', code: 'misspelt-term', id: 'loyalty', suggestion: '로열티' },
      { line: 1, start: 7, end: 11, offset: 11, endOffset: 15, text: '상향팬매', code: 'misspelt-term', id: 'up-selling', suggestion: '상향판매' },
    ]);
  });
  it('붙여 쓴 오타에는 띄어 쓴 바른 표기를, 조사가 아닌 말이 붙으면 오타로 보지 않는다', () => {
    assert.deepEqual(problems('데이타베이스마케팅').map((p) => [p.text, p.suggestion, p.end]), [['데이타베이스마케팅', '데이터베이스 마케팅', 9]]);
    assert.deepEqual(problems('고객유지률은 낮다').map((p) => [p.text, p.end]), [['고객유지률', 5]]);
    assert.deepEqual(problems('상향팬매하다'), []);
  });
  it('두 가지 표기: 더 많이 쓴 쪽이 노트의 표기, 같으면 먼저 쓴 쪽', () => {
    assert.deepEqual(problems('고객평생가치와 고객생애가치').map((p) => [p.code, p.text, p.suggestion, p.start, p.end]), [['two-spellings', '고객생애가치', '고객평생가치', 8, 14]]);
    assert.deepEqual(problems('고객생애가치와 고객평생가치 고객평생가치').map((p) => [p.text, p.suggestion, p.offset]), [['고객생애가치', '고객평생가치', 0]]);
    assert.deepEqual(problems('고객평생가치와 고객생애가치 고객생애가치').map((p) => [p.text, p.offset]), [['고객평생가치', 0]]);
  });
  it('무시 주석의 표기는 두 가지 표기로도 알리지 않는다', () => {
    assert.deepEqual(problems('고객평생가치와 고객생애가치\n<!-- crm-notes-ignore: 고객생애가치 -->'), []);
  });
  it('너무 큰 노트는 검사하지 않는다', () => {
    assert.deepEqual(speller.check(new Note('로얄티 '.repeat(50), index, { maxBytes: 100 })), []);
  });
  it('무시 주석: 여러 개, 쉼표로 나눈 여러 표기, 빈 칸은 빼고', () => {
    assert.deepEqual([...ignoredSpellings('<!-- crm-notes-ignore: 로얄티 , ,상향팬매-->\n<!--crm-notes-ignore:고객유지률-->\n<!-- 다른 주석: 로열티 -->')], ['로얄티', '상향팬매', '고객유지률']);
    assert.deepEqual([...ignoredSpellings('crm-notes-ignore: 로얄티')], []);
    assert.equal(ignoreComment('로얄티-->, 상향팬매'), '<!-- crm-notes-ignore: 로얄티 상향팬매 -->');
  });
});
