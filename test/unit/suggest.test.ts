import * as assert from 'node:assert/strict';
import { editDistance, suggestTerms } from '../../src/core/suggest';
import { bundledSnapshot, indexOf } from './helpers';

describe('비슷한 용어 제안 (suggestions for unknown words)', () => {
  const { glossary, index } = bundledSnapshot();
  const names = (word: string): string[] => suggestTerms(index, word).map((id) => glossary.terms.get(id)?.term ?? id);

  it('자모 하나 틀린 말: 고갱만족 → 고객만족', () => {
    assert.equal(names('고갱만족')[0], '고객만족');
  });
  it('일부만 쓴 말: 초우량 → 초우량고객', () => {
    assert.ok(names('초우량').includes('초우량고객'));
  });
  it('영어 오타: Ubiquty → 편재성', () => {
    assert.ok(names('Ubiquty').includes('편재성'));
  });
  it('전혀 다른 말에는 제안이 없다', () => {
    assert.deepEqual(names('ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ'), []);
  });
  it('편집 거리는 예산을 넘으면 멈춘다', () => {
    assert.equal(editDistance('kitten', 'sitting'), 3);
    assert.equal(editDistance('aaaaaaaa', 'bbbbbbbb', 2), 3);
  });
});

describe('비슷한 용어 제안: 점수와 순서 (작은 색인)', () => {
  const index = indexOf(
    { id: 'loyalty', term: '로열티', aliases: ['충성도'] },
    { id: 'loyalty-program', term: '로열티 프로그램', aliases: [] },
    { id: 'satisfaction', term: '고객만족', aliases: ['만족'] },
    { id: 'crm', term: 'CRM', aliases: ['고객관계관리'] },
    { id: 'ecrm', term: 'eCRM', aliases: [] },
    { id: 'abc', term: '가나다라마바사아', aliases: [] },
  );
  it('빈 말(공백, 하이픈만)에는 제안이 없다', () => {
    assert.deepEqual(suggestTerms(index, ''), []);
    assert.deepEqual(suggestTerms(index, ' - '), []);
  });
  it('포함하는 철자는 길이 차이가 작을수록 앞, 같으면 id 순서', () => {
    assert.deepEqual(suggestTerms(index, '로열티'), ['loyalty', 'loyalty-program']);
    assert.deepEqual(suggestTerms(index, 'crm'), ['crm', 'ecrm']);
    assert.deepEqual(suggestTerms(index, 'CRM', 1), ['crm']);
    assert.deepEqual(suggestTerms(index, '로열티 프로그램 안내'), ['loyalty-program', 'loyalty']);
  });
  it('한 글자 철자는 말 속에 있어도 제안하지 않는다, 두 글자부터', () => {
    const one = indexOf({ id: 'a', term: '가', aliases: [] }, { id: 'b', term: '가나', aliases: [] });
    assert.deepEqual(suggestTerms(one, '가나다'), ['b']);
  });
  it('포함이 오타보다 앞: 만족 → 고객만족(포함) 먼저', () => {
    assert.deepEqual(suggestTerms(index, '만족'), ['satisfaction']);
    assert.deepEqual(suggestTerms(index, '고객만쪽'), ['satisfaction']);
  });
  it('오타는 자모 거리로, 예산은 자모 수의 40% (적어도 2)', () => {
    // 로열티 = ㄹㅗㅇㅕㄹㅌㅣ (7 jamo): budget 2.
    assert.deepEqual(suggestTerms(index, '로얄티'), ['loyalty']);
    assert.deepEqual(suggestTerms(index, '러얄티'), ['loyalty']);
    assert.deepEqual(suggestTerms(index, '러얄터'), []);
    // 가나다라마바사아 = 16 jamo: budget 6.
    assert.deepEqual(suggestTerms(index, '거너더러마바사아'), ['abc']);
    assert.deepEqual(suggestTerms(index, '거너더러머버서아'), []);
  });
  it('기본 다섯 개까지, 더 적게도', () => {
    const many = indexOf(...['가나1', '가나2', '가나3', '가나4', '가나5', '가나6'].map((t) => ({ id: t, term: t, aliases: [] })));
    assert.deepEqual(suggestTerms(many, '가나'), ['가나1', '가나2', '가나3', '가나4', '가나5']);
    assert.deepEqual(suggestTerms(many, '가나', 2), ['가나1', '가나2']);
  });
  it('한 용어의 여러 철자 중 가장 가까운 것으로', () => {
    assert.deepEqual(suggestTerms(index, '충성도'), ['loyalty']);
    assert.deepEqual(suggestTerms(index, '고객관계관리'), ['crm']);
  });
  it('편집 거리: 빈 문자열, 같은 문자열, 예산 안과 밖', () => {
    assert.equal(editDistance('', ''), 0);
    assert.equal(editDistance('', 'abc'), 3);
    assert.equal(editDistance('abc', ''), 3);
    assert.equal(editDistance('로열티', '로열티'), 0);
    assert.equal(editDistance('abcd', 'abdc'), 2);
    assert.equal(editDistance('abcdef', 'azcdex'), 2);
    assert.equal(editDistance('abcdef', 'azcdex', 2), 2);
    assert.equal(editDistance('abcdef', 'azcxex', 2), 3);
    assert.equal(editDistance('ab', 'ba', 0), 1);
  });
});
