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
