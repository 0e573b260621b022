import * as assert from 'node:assert/strict';
import { addTerm } from '../../src/core/glossary/edit';
import { parseGlossary } from '../../src/core/glossary/parse';
import { findHarvests, idFromEnglish } from '../../src/core/harvest';
import { Note } from '../../src/core/notes/note';
import { bundledSnapshot } from './helpers';

describe('한글(English) 짝 거두기 (harvest pairs the glossary lacks)', () => {
  const { glossary, index } = bundledSnapshot();
  const harvest = (text: string) => findHarvests(new Note(text, index), glossary, index);

  it('둘 다 모르는 짝은 새 용어, 정의는 그 문장에서', () => {
    const [found] = harvest('- 로열티는 중요하고 그로스마케팅(Growth Marketing)은 실험으로 성장을 찾는 방법이다');
    assert.equal(found?.korean, '그로스마케팅');
    assert.deepEqual(found?.proposal, {
      kind: 'term',
      entry: { id: 'growth-marketing', term: '그로스마케팅', english: 'Growth Marketing', definition: '로열티는 중요하고 그로스마케팅(Growth Marketing)은 실험으로 성장을 찾는 방법이다' },
    });
    assert.deepEqual([found?.line, found?.start], [0, 12]);
  });
  it('한쪽이 아는 용어면 다른 쪽을 별칭으로: 로열티(Brand Devotion), Big Data(빅 데이타)', () => {
    const found = harvest('로열티(Brand Devotion)과 Big Data(빅 데이타)');
    assert.deepEqual(found.map((h) => h.proposal), [
      { kind: 'alias', id: 'loyalty', alias: 'Brand Devotion' },
      { kind: 'alias', id: 'big-data', alias: '빅 데이타' },
    ]);
  });
  it('이미 아는 짝, 코드 속 짝은 건너뛴다', () => {
    assert.deepEqual(harvest('편재성(Ubiquity)과 고객생애가치(CLV)'), []);
    assert.deepEqual(harvest('`그로스마케팅(Growth Marketing)`\n```\n새말(New Word)\n```'), []);
  });
  it('새 용어 항목은 용어집 파일에 그대로 들어가 읽힌다', () => {
    const text = addTerm('', { id: idFromEnglish('Growth Marketing'), term: '그로스마케팅', english: 'Growth Marketing', definition: '실험으로 성장을 찾는 마케팅.' });
    const parsed = parseGlossary(text ?? '', 'ws.json', 'workspace');
    assert.deepEqual(parsed.terms.map((t) => [t.id, t.fields.term, t.fields.english]), [['growth-marketing', '그로스마케팅', 'Growth Marketing']]);
  });
});

describe('한글(English) 짝 거두기: 세부', () => {
  const { glossary, index } = bundledSnapshot();
  const harvest = (text: string) => findHarvests(new Note(text, index), glossary, index);
  it('괄호 앞의 한글은 아는 용어로 끝나는 가장 긴 끝, 없으면 마지막 낱말', () => {
    assert.deepEqual(harvest('로열티는 고객관계(Relationship)'), [
      { line: 0, start: 5, end: 23, korean: '고객관계', english: 'Relationship', proposal: { kind: 'term', entry: { id: 'relationship', term: '고객관계', english: 'Relationship', definition: '로열티는 고객관계(Relationship)' } } },
    ]);
    assert.deepEqual(harvest('오늘 배운 로열티(Loyalty Scheme)').map((h) => [h.korean, h.start, h.end, h.proposal]), [['로열티', 6, 25, { kind: 'alias', id: 'loyalty', alias: 'Loyalty Scheme' }]]);
  });
  it('영어가 앞이면 한글 전체, 정의는 목록 표시·번호·제목 표시를 뺀 그 줄', () => {
    const found = harvest('1. Growth Hacking(그로스 해킹) 정리\n## 새말(New Word)\n* 둘째(Second Word) 줄\n  + 셋째(Third Word) 끝');
    assert.deepEqual(found.map((h) => [h.line, h.start, h.end, h.korean, h.english]), [
      [0, 3, 25, '그로스 해킹', 'Growth Hacking'],
      [1, 3, 15, '새말', 'New Word'],
      [2, 2, 17, '둘째', 'Second Word'],
      [3, 4, 18, '셋째', 'Third Word'],
    ]);
    assert.deepEqual(found.map((h) => (h.proposal.kind === 'term' ? h.proposal.entry.definition : '')), ['Growth Hacking(그로스 해킹) 정리', '새말(New Word)', '둘째(Second Word) 줄', '셋째(Third Word) 끝']);
    assert.deepEqual(found.map((h) => (h.proposal.kind === 'term' ? h.proposal.entry.id : '')), ['growth-hacking', 'new-word', 'second-word', 'third-word']);
  });
  it('정의는 300자까지', () => {
    const [found] = harvest(`${'가'.repeat(310)} 새말(New Word)`);
    assert.equal(found?.proposal.kind === 'term' ? found.proposal.entry.definition : '', '가'.repeat(300));
    assert.equal(found?.start, 311);
  });
  it('새 용어의 id가 이미 있으면 -2', () => {
    const [found] = harvest('좋은손님(Good Customer)');
    assert.equal(found?.proposal.kind === 'term' ? found.proposal.entry.id : '', 'good-customer-2');
  });
  it('한쪽이 아는 영어면 한글을 별칭으로, 둘 다 알면 건너뛴다', () => {
    assert.deepEqual(harvest('큰자료(Big.Data)').map((h) => h.proposal), [{ kind: 'alias', id: 'big-data', alias: '큰자료' }]);
    assert.deepEqual(harvest('고객만족(Customer Satisfaction)과 CRM(고객관계관리)'), []);
  });
  it('같은 짝이 두 번이면 두 번, 줄과 칸 순서로', () => {
    assert.deepEqual(harvest('새말(New Word)와\nBig Data(큰 자료) 그리고 새말(New Word)').map((h) => [h.line, h.start]), [[0, 0], [1, 0], [1, 19]]);
  });
  it('idFromEnglish: 영어와 숫자 말고는 하이픈 하나, 없으면 user-term', () => {
    assert.equal(idFromEnglish(' A&B '), 'a-b');
    assert.equal(idFromEnglish("O'Reilly 2.0"), 'o-reilly-2-0');
    assert.equal(idFromEnglish('---'), 'user-term');
  });
});
