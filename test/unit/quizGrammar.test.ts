import * as assert from 'node:assert/strict';
import { Note } from '../../src/core/notes/note';
import { type CardType, generateCards } from '../../src/core/quiz';
import { choiceQuestion, definitionQuestion, listQuestion, reverseQuestion, sequenceQuestion } from '../../src/core/quiz/grammar';
import { bundledSnapshot } from './helpers';

function fronts(text: string, types: CardType[]): string[] {
  const { glossary, index } = bundledSnapshot();
  return generateCards(new Note(text, index), 'note.md', glossary, { types }).map((c) => c.front);
}

describe('퀴즈 질문의 문장 (grammar.ts)', () => {
  it('정의, 용어 맞히기, 객관식 질문', () => {
    assert.equal(definitionQuestion('고객로열티'), '고객로열티의 정의는?');
    assert.equal(definitionQuestion('CRM'), 'CRM의 정의는?');
    assert.equal(reverseQuestion('다시 찾는 마음.'), '다음 설명에 해당하는 용어를 쓰시오.\n다시 찾는 마음.');
    assert.equal(choiceQuestion('다시 찾는 마음.'), '다음 설명에 해당하는 용어로 알맞은 것은?\n다시 찾는 마음.');
  });
  it('나열: 을/를, 읽기, N가지, 소리를 모르면 바꿔 쓴다', () => {
    assert.equal(listQuestion('불량고객의 유형'), '불량고객의 유형을 모두 쓰시오.');
    assert.equal(listQuestion('모바일 비즈니스의 특성'), '모바일 비즈니스의 특성을 모두 쓰시오.');
    assert.equal(listQuestion('로열티의 종류'), '로열티의 종류를 모두 쓰시오.');
    assert.equal(listQuestion('Big Data', '빅데이터'), 'Big Data를 모두 쓰시오.');
    assert.equal(listQuestion('Big Data'), '다음에 해당하는 것을 모두 쓰시오: Big Data');
    assert.equal(listQuestion('CRM의 특징', undefined, 3), 'CRM의 특징 중 3가지를 쓰시오.');
    assert.equal(listQuestion('Excel', undefined, 2), 'Excel 중 2가지를 쓰시오.');
  });
  it('순서: 끝의 "순서"는 한 번만, 읽기는 이끄는 말 그대로일 때만, 이끄는 말이 없으면 주제', () => {
    assert.equal(sequenceQuestion('고객관계의 발전'), '고객관계의 발전을 순서대로 쓰시오.');
    assert.equal(sequenceQuestion('구매 과정'), '구매 과정을 순서대로 쓰시오.');
    assert.equal(sequenceQuestion('관계 단계 순서'), '관계 단계를 순서대로 쓰시오.');
    assert.equal(sequenceQuestion('관계 단계순서'), '관계 단계를 순서대로 쓰시오.');
    assert.equal(sequenceQuestion('순서'), '순서를 순서대로 쓰시오.');
    assert.equal(sequenceQuestion('Big Data', '주제', '빅데이터'), 'Big Data를 순서대로 쓰시오.');
    assert.equal(sequenceQuestion('Big Data 순서', '주제', '빅데이터'), '다음 단계를 순서대로 쓰시오: Big Data 순서');
    assert.equal(sequenceQuestion('Excel', '주제'), '다음 단계를 순서대로 쓰시오: Excel');
    assert.equal(sequenceQuestion(undefined, '고객과의 관계 맺기'), '다음 단계를 순서대로 쓰시오: 고객과의 관계 맺기');
    assert.equal(sequenceQuestion(undefined), '다음 단계를 순서대로 쓰시오.');
    assert.equal(sequenceQuestion(undefined, undefined, '빅데이터'), '다음 단계를 순서대로 쓰시오.');
  });
  it('이끄는 말 끝의 용어는 용어집의 읽기로: OLAP을(올랩), SERVQUAL을(서브퀄), 괄호는 떼고 읽는다', () => {
    assert.deepEqual(fronts('OLAP: 수집 → 저장 → 분석\n\nSERVQUAL: 수집 → 저장 → 분석\n\n빅데이터 OLAP: 수집 → 저장 → 분석\n\nOLAP(온라인): 가나 → 다라 → 마바', ['sequence']), [
      'OLAP을 순서대로 쓰시오.',
      'SERVQUAL을 순서대로 쓰시오.',
      '빅데이터 OLAP을 순서대로 쓰시오.',
      'OLAP(온라인)을 순서대로 쓰시오.',
    ]);
    assert.deepEqual(fronts('OLAP:\n- 가나\n- 다라\n\nOLAP의 특징\n- 가나\n- 다라', ['list']), ['OLAP을 모두 쓰시오.', 'OLAP의 특징을 모두 쓰시오.']);
  });
  it('한글 표제어의 영어 이름은 표제어로 읽고, 영어 표제어의 영어 이름은 읽지 못한다', () => {
    assert.deepEqual(fronts('Big Data: 수집 → 저장 → 분석\n\nOnline Analytical Processing: 수집 → 저장 → 분석', ['sequence']), [
      'Big Data를 순서대로 쓰시오.',
      '다음 단계를 순서대로 쓰시오: Online Analytical Processing',
    ]);
  });
  it('용어로 끝나지 않는 이끄는 말은 제 소리로: OLAP 시스템을', () => {
    assert.deepEqual(fronts('OLAP 시스템: 수집 → 저장 → 분석', ['sequence']), ['OLAP 시스템을 순서대로 쓰시오.']);
  });
});
