import * as assert from 'node:assert/strict';
import type { Card, CardType } from '../../src/core/quiz/types';
import { answerKey, checkAnswer, isTypeable, matchItem } from '../../src/core/review/grade';
import { bundledSnapshot } from './helpers';

function card(type: CardType, answers: string[], extra: Partial<Card> = {}): Card {
  return { id: 'c1', type, front: '___', back: answers.join(', '), answers, source: { file: 'note.md', line: 0 }, context: [], terms: [], chapter: undefined, ...extra };
}

const reverse = (answer: string, accept: string[] = []): Card => card('reverse', [answer], { accept: [accept] });
const verdict = (c: Card, typed: string): string => checkAnswer(c, typed).verdict;

const STAGES = ['잠재고객', '신규고객', '반복구매고객', '단골고객', '옹호고객', '동반자'];

describe('답 채점: 한 단어', () => {
  it('띄어쓰기, 대소문자, 앞뒤 공백과 마침표는 보지 않는다', () => {
    assert.equal(verdict(reverse('고객만족'), ' 고객 만족. '), 'right');
    assert.equal(verdict(reverse('고객 만족'), '고객만족'), 'right');
    assert.equal(verdict(reverse('CRM'), 'crm'), 'right');
    assert.equal(verdict(reverse('e-CRM'), 'eCRM'), 'right');
  });
  it('NFD(맥에서 입력한 한글)와 전각 영숫자도 같은 답', () => {
    assert.equal(verdict(reverse('고객만족'), '고객만족'.normalize('NFD')), 'right');
    assert.equal(verdict(reverse('CRM'), 'ＣＲＭ'), 'right');
    assert.equal(verdict(reverse('2:8법칙'), '２：８법칙'), 'right');
  });
  it('받침 없는 말 뒤의 는·를·가, 받침 있는 말 뒤의 은·을·이는 떼고 본다: 로열티는 = 로열티, 고객을 = 고객', () => {
    assert.equal(verdict(reverse('로열티'), '로열티는'), 'right');
    assert.equal(verdict(reverse('로열티'), '로열티를'), 'right');
    assert.equal(verdict(reverse('고객'), '고객을'), 'right');
    assert.equal(verdict(reverse('고객'), '고객이다'), 'right');
    assert.equal(verdict(reverse('CRM'), 'CRM은'), 'right');
    assert.equal(verdict(reverse('매출'), '매출로'), 'right');
  });
  it('말끝에 맞지 않는 조사는 거의 맞음: 로열티은, 매출으로', () => {
    assert.equal(verdict(reverse('로열티'), '로열티은'), 'almost');
    assert.equal(verdict(reverse('매출'), '매출으로'), 'almost');
  });
  it('용어집이 있으면 다른 용어를 가리키는 답은 오답: 고객만족도(지수)는 고객만족 + 도가 아니다', () => {
    const { index } = bundledSnapshot();
    const termOf = (w: string): string | undefined => index.lookup(w)?.id;
    const c = reverse('고객만족');
    assert.equal(verdict(c, '고객만족도'), 'right', 'without a glossary, 도 reads as a particle');
    assert.equal(checkAnswer(c, '고객만족도', { termOf }).verdict, 'wrong');
    assert.equal(checkAnswer(c, '고객만족도는', { termOf }).verdict, 'wrong');
    assert.equal(checkAnswer(c, '고객만족을', { termOf }).verdict, 'right');
    assert.equal(checkAnswer(c, '고객만죡', { termOf }).verdict, 'almost');
  });
  it('용어집이 있으면 같은 용어의 다른 표기도 정답 (카드에 없는 별칭이라도)', () => {
    const { index } = bundledSnapshot();
    const termOf = (w: string): string | undefined => index.lookup(w)?.id;
    const loyalty = index.lookup('로열티');
    assert.ok(loyalty !== undefined);
    assert.equal(checkAnswer(reverse('로열티'), '충성도는', { termOf }).verdict, 'right');
  });
  it('카드의 다른 표기(accept)도 정답이고, 어느 표기에 맞았는지 알려 준다', () => {
    const c = reverse('로열티', ['충성도', 'loyalty']);
    assert.deepEqual(checkAnswer(c, '충성도가'), { verdict: 'right', expected: '로열티', matched: '충성도' });
    assert.equal(verdict(c, 'Loyalty'), 'right');
  });
  it('괄호가 붙은 답은 괄호 앞이나 괄호 안만 써도 정답: 편재성(Ubiquity)', () => {
    const c = reverse('편재성(Ubiquity)');
    assert.equal(verdict(c, '편재성'), 'right');
    assert.equal(verdict(c, 'ubiquity'), 'right');
    assert.equal(verdict(c, '편재성(Ubiquity)'), 'right');
    assert.equal(verdict(reverse('로열티'), '로열티(loyalty)'), 'right');
  });
  it('자모 하나가 다르면 거의 맞음: 로얄티, 고객만죡, 단골고갱', () => {
    assert.equal(verdict(reverse('로열티'), '로얄티'), 'almost');
    assert.equal(verdict(reverse('고객만족'), '고객만죡'), 'almost');
    assert.equal(verdict(reverse('단골고객'), '단골고갱'), 'almost');
    assert.equal(verdict(reverse('loyalty'), 'loyaltu'), 'almost');
  });
  it('자모 둘 이상이 다르면 오답: 로열티 ≠ 로얄트', () => {
    assert.equal(verdict(reverse('로열티'), '로얄트'), 'wrong');
    assert.equal(verdict(reverse('고객만족'), '고객감동'), 'wrong');
  });
  it('숫자가 다르면 한 글자 차이라도 오답: 5배 ≠ 6배, 80% ≠ 90%', () => {
    assert.equal(verdict(card('cloze', ['5배']), '6배'), 'wrong');
    assert.equal(verdict(card('cloze', ['80%']), '90%'), 'wrong');
    assert.equal(verdict(card('cloze', ['1/3']), '1/3'), 'right');
  });
  it('아주 짧은 말은 한 글자 차이도 다른 말: 률 ≠ 율, CRM ≠ CRN', () => {
    assert.equal(verdict(reverse('률'), '율'), 'wrong');
    assert.equal(verdict(reverse('CRM'), 'CRN'), 'wrong');
  });
  it('빈 답, 공백만 있는 답은 오답', () => {
    assert.equal(verdict(reverse('고객'), ''), 'wrong');
    assert.equal(verdict(reverse('고객'), '   '), 'wrong');
  });
  it('공식의 빼기·곱하기 기호는 어느 것으로 써도 같다', () => {
    assert.equal(answerKey('매출 − 비용'), answerKey('매출-비용'));
    assert.equal(answerKey('단가 × 수량'), answerKey('단가*수량'));
  });
  it('matchItem은 한 항목을 여러 표기와 비교한다', () => {
    assert.deepEqual(matchItem('고객을', ['고객']), { verdict: 'right', form: '고객' });
    assert.deepEqual(matchItem('xyz', ['고객']), { verdict: 'wrong' });
  });
});

describe('답 채점: 목록 (list)', () => {
  const types = card('list', ['잠재고객', '신규고객', '단골고객', '옹호고객']);
  it('순서와 상관없이 항목별로: 쉼표, 줄바꿈, 가운뎃점, 번호 매기기 모두 구분자', () => {
    assert.equal(verdict(types, '옹호고객, 잠재고객, 단골고객, 신규고객'), 'right');
    assert.equal(verdict(types, '1. 단골고객\n2. 옹호고객\n3) 잠재고객\n- 신규고객'), 'right');
    assert.equal(verdict(types, '신규고객·잠재고객·옹호고객·단골고객'), 'right');
    assert.equal(verdict(types, '① 신규고객 ② 잠재고객 ③ 옹호고객 ④ 단골고객'.replace(/ ([②③④])/g, '\n$1')), 'right');
  });
  it('띄어 쓰기만 해도 항목으로 나눈다', () => {
    assert.equal(verdict(types, '신규고객 잠재고객 옹호고객 단골고객'), 'right');
  });
  it('맞은 항목과 빠진 항목을 알려 준다', () => {
    const result = checkAnswer(types, '단골고객, 잠재고객을');
    assert.equal(result.verdict, 'wrong');
    assert.deepEqual(result.missing, ['신규고객', '옹호고객']);
    assert.deepEqual(
      result.items?.map((i) => [i.expected, i.verdict, i.typed]),
      [
        ['잠재고객', 'right', '잠재고객을'],
        ['신규고객', 'wrong', undefined],
        ['단골고객', 'right', '단골고객'],
        ['옹호고객', 'wrong', undefined],
      ],
    );
  });
  it('"N가지를 쓰시오"(required)는 N개가 맞으면 정답', () => {
    const three = card('list', ['신뢰', '몰입', '만족', '관계 품질', '의사소통'], { required: 3 });
    const result = checkAnswer(three, '몰입, 의사소통, 신뢰');
    assert.equal(result.verdict, 'right');
    assert.equal(result.need, 3);
    assert.equal(verdict(three, '몰입, 의사소통'), 'wrong');
    assert.equal(verdict(three, '몰입, 의사소통, 신뢰, 가격'), 'right', 'an extra item does not undo three right ones');
  });
  it('다 맞혔어도 목록에 없는 항목을 더하면 거의 맞음, 그 항목은 extra로', () => {
    const result = checkAnswer(types, '잠재고객, 신규고객, 단골고객, 옹호고객, 체리피커');
    assert.equal(result.verdict, 'almost');
    assert.deepEqual(result.extra, ['체리피커']);
  });
  it('자모 하나 틀린 항목이 있으면 거의 맞음', () => {
    assert.equal(verdict(types, '잠재고객, 신규고객, 단골고갱, 옹호고객'), 'almost');
  });
  it('한 항목이 두 번 세어지지 않는다', () => {
    assert.equal(verdict(types, '잠재고객, 잠재고객, 잠재고객, 잠재고객'), 'wrong');
  });
  it('답에 들어 있는 기호로는 나누지 않는다: 생산·판매는 한 항목', () => {
    const c = card('list', ['생산·판매', '유통']);
    assert.equal(verdict(c, '생산·판매, 유통'), 'right');
  });
});

describe('답 채점: 순서 (sequence)', () => {
  const stages = card('sequence', STAGES);
  it('화살표로 쓴 순서를 단계마다 비교한다: 잠재고객 → 신규고객 → 반복구매고객 → 단골고객 → 옹호고객 → 동반자', () => {
    assert.equal(verdict(stages, '잠재고객 → 신규고객 → 반복구매고객 → 단골고객 → 옹호고객 → 동반자'), 'right');
    assert.equal(verdict(stages, '잠재고객->신규고객->반복구매고객->단골고객->옹호고객->동반자'), 'right');
    assert.equal(verdict(stages, '잠재고객, 신규고객, 반복구매고객, 단골고객, 옹호고객, 동반자'), 'right');
    assert.equal(verdict(stages, '잠재고객 신규고객 반복구매고객 단골고객 옹호고객 동반자'), 'right');
  });
  it('순서가 바뀐 단계만 틀린 것으로 표시한다', () => {
    const result = checkAnswer(stages, '잠재고객 → 신규고객 → 단골고객 → 반복구매고객 → 옹호고객 → 동반자');
    assert.equal(result.verdict, 'wrong');
    assert.deepEqual(result.items?.map((i) => i.verdict), ['right', 'right', 'wrong', 'wrong', 'right', 'right']);
  });
  it('단계가 모자라거나 남으면 오답, 남은 것은 extra로', () => {
    assert.equal(verdict(stages, '잠재고객 → 신규고객'), 'wrong');
    const result = checkAnswer(stages, [...STAGES, '이탈고객'].join(' → '));
    assert.equal(result.verdict, 'right');
    assert.deepEqual(result.extra, ['이탈고객']);
  });
  it('끌어 놓은 순서(order)는 단계 번호로 비교한다', () => {
    assert.equal(checkAnswer(stages, { order: [0, 1, 2, 3, 4, 5] }).verdict, 'right');
    const swapped = checkAnswer(stages, { order: [1, 0, 2, 3, 4, 5] });
    assert.equal(swapped.verdict, 'wrong');
    assert.deepEqual(swapped.items?.slice(0, 2), [
      { expected: '잠재고객', verdict: 'wrong', typed: '신규고객' },
      { expected: '신규고객', verdict: 'wrong', typed: '잠재고객' },
    ]);
  });
  it('순열이 아닌 순서(빠진 번호, 중복, 범위 밖, 정수 아님)는 오답', () => {
    for (const order of [[0, 1, 2], [0, 0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 6], [0, 1, 2, 3, 4, 5.5]]) {
      assert.equal(checkAnswer(stages, { order }).verdict, 'wrong', JSON.stringify(order));
    }
  });
});

describe('답 채점: 객관식 (choice)', () => {
  const choice = card('choice', ['로열티'], { choices: ['고객만족', '로열티', '고객가치', '고객자산'], answerIndex: 1, accept: [['충성도']] });
  it('고른 번호로 채점하고 정답 보기를 알려 준다', () => {
    assert.deepEqual(checkAnswer(choice, { choice: 1 }), { verdict: 'right', expected: '로열티' });
    assert.equal(checkAnswer(choice, { choice: 0 }).verdict, 'wrong');
    assert.equal(checkAnswer(choice, { choice: 9 }).verdict, 'wrong');
  });
  it('입력으로 답하면 번호(1–4)나 보기의 글로', () => {
    assert.equal(verdict(choice, '2'), 'right');
    assert.equal(verdict(choice, '2번'), 'right');
    assert.equal(verdict(choice, '1'), 'wrong');
    assert.equal(verdict(choice, '로열티'), 'right');
    assert.equal(verdict(choice, '충성도'), 'right');
  });
});

describe('입력해서 답할 카드 (isTypeable)', () => {
  it('정의 카드와 긴 서술형 답은 입력하지 않고 정답 보기로 스스로 채점한다', () => {
    assert.equal(isTypeable(card('definition', ['고객이 특정 서비스를 꾸준히 다시 이용하고 싶어 하는 깊은 관여'])), false);
    assert.equal(isTypeable(card('user', ['고객과 장기적인 관계를 맺고 유지하면서 고객의 평생 가치를 높이는 모든 마케팅 활동을 말한다'])), false);
    assert.equal(isTypeable(reverse('로열티')), true);
    assert.equal(isTypeable(card('sequence', STAGES)), true);
  });
});
