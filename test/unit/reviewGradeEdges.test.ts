import * as assert from 'node:assert/strict';
import type { Card, CardType } from '../../src/core/quiz/types';
import { answerKey, checkAnswer, isTypeable, matchItem } from '../../src/core/review/grade';

function card(type: CardType, answers: string[], extra: Partial<Card> = {}): Card {
  return { id: 'c1', type, front: '___', back: answers.join(', '), answers, source: { file: 'note.md', line: 0 }, context: [], terms: [], chapter: undefined, ...extra };
}

const reverse = (answer: string, accept: string[] = []): Card => card('reverse', [answer], { accept: [accept] });
const verdict = (c: Card, typed: string): string => checkAnswer(c, typed).verdict;

describe('답 채점의 세부: 한 단어 (single answers, details)', () => {
  it('답 비교 키: 따옴표·낫표는 떼고, 끝의 느낌표·물음표·쉼표도 떼고, 나누기·대시·곱하기 기호는 하나로', () => {
    assert.equal(answerKey('“로열티”'), '로열티');
    assert.equal(answerKey('「고객」'), '고객');
    assert.equal(answerKey("'CRM'"), 'crm');
    assert.equal(answerKey('로열티!?'), '로열티');
    assert.equal(answerKey('로열티,'), '로열티');
    assert.equal(answerKey('매출÷비용'), answerKey('매출/비용'));
    assert.equal(answerKey('매출–비용'), answerKey('매출-비용'));
    assert.equal(answerKey('매출—비용'), answerKey('매출-비용'));
    assert.equal(answerKey('단가✕수량'), answerKey('단가*수량'));
    assert.notEqual(answerKey('매출÷비용'), answerKey('매출*비용'));
    assert.equal(answerKey('로열티!?는'), '로열티!?는', 'only at the end');
  });
  it('입력으로 답할 카드: 답이 40자까지, 답이 없으면 아니다, 객관식은 언제나', () => {
    assert.equal(isTypeable(card('cloze', ['가'.repeat(40)])), true);
    assert.equal(isTypeable(card('cloze', ['가'.repeat(41)])), false);
    assert.equal(isTypeable(card('cloze', ['가', '나'.repeat(41)])), false);
    assert.equal(isTypeable(card('cloze', [])), false);
    assert.equal(isTypeable(card('choice', ['가'.repeat(80)])), true);
  });
  it('{ typed } 입력도 글자 입력과 같고, 4000자 뒤는 보지 않는다', () => {
    const c = reverse('로열티');
    assert.deepEqual(checkAnswer(c, { typed: '로열티는' }), { verdict: 'right', expected: '로열티', matched: '로열티' });
    assert.equal(verdict(c, `로열티${' '.repeat(3997)}아님`), 'right');
    assert.equal(checkAnswer(c, { typed: 42 as unknown as string }).verdict, 'wrong');
  });
  it('입력한 괄호 앞부분은 보지만 괄호 안만 맞는 답은 정답이 아니다: 고객만족(로열티) ≠ 로열티', () => {
    assert.equal(verdict(reverse('로열티'), '고객만족(로열티)'), 'wrong');
    assert.equal(verdict(reverse('로열티'), '로열티(고객만족)'), 'right');
  });
  it('맞은 표기를 알려 준다: 괄호 안 표기, 조사 붙은 답, 거의 맞은 답', () => {
    assert.deepEqual(matchItem('ubiquity', ['편재성(Ubiquity)']), { verdict: 'right', form: 'Ubiquity' });
    assert.deepEqual(matchItem('편재성은', ['편재성(Ubiquity)']), { verdict: 'right', form: '편재성' });
    assert.deepEqual(matchItem('로얄티', ['로열티']), { verdict: 'almost', form: '로열티' });
    assert.deepEqual(matchItem('로얄티는', ['로열티']), { verdict: 'almost', form: '로열티' }, 'a near miss with a particle');
    assert.deepEqual(matchItem('', ['로열티']), { verdict: 'wrong' });
    assert.deepEqual(matchItem('로열티', ['', '  ']), { verdict: 'wrong' }, 'empty forms accept nothing');
    assert.deepEqual(matchItem('"".', ['로열티']), { verdict: 'wrong' });
  });
  it('받침 있는 말 뒤의 는, 받침 없는 말 뒤의 을은 거의 맞음; 조사가 아닌 꼬리는 오답', () => {
    assert.equal(verdict(reverse('고객'), '고객는'), 'almost');
    assert.equal(verdict(reverse('로열티'), '로열티을'), 'almost');
    assert.equal(verdict(reverse('고객'), '고객님'), 'wrong');
    assert.equal(verdict(reverse('로열티'), '로열티카드'), 'wrong');
  });
  it('용어집: 입력이 어떤 용어도 가리키지 않으면 보통 규칙으로, 같은 용어를 가리키면 그 표기를 알려 준다', () => {
    const terms = new Map([['로열티', 'loyalty'], ['충성도', 'loyalty'], ['고객만족', 'satisfaction']]);
    const termOf = (w: string): string | undefined => terms.get(w.replace(/(는|를|가)$/, ''));
    assert.deepEqual(matchItem('충성도는', ['로열티'], { termOf }), { verdict: 'right', form: '로열티' });
    assert.deepEqual(matchItem('고객만족', ['로열티'], { termOf }), { verdict: 'wrong' });
    assert.deepEqual(matchItem('로얄티', ['로열티'], { termOf }), { verdict: 'almost', form: '로열티' });
    assert.deepEqual(matchItem('충성도', ['편재성'], { termOf }), { verdict: 'wrong' }, 'a term the card does not name');
  });
  it('자모 넷 이상이면 한 자모 차이는 거의 맞음, 셋이면 오답 (고갱 ≠ 고객은 넷 이상)', () => {
    assert.equal(verdict(reverse('고객'), '고갱'), 'almost');
    assert.equal(verdict(reverse('가'), '각'), 'wrong');
    assert.equal(verdict(reverse('loyal'), 'loyel'), 'almost');
    assert.equal(verdict(reverse('abcd'), 'abce'), 'almost');
    assert.equal(verdict(reverse('abc'), 'abd'), 'wrong');
    assert.equal(verdict(reverse('5배 효과'), '5배 효꽈'), 'almost', 'same numbers, one jamo off');
    assert.equal(verdict(reverse('80대 20'), '80대 2'), 'wrong');
  });
  it('정답 표시는 답이 없으면 카드 뒷면', () => {
    assert.deepEqual(checkAnswer(card('reverse', [], { back: '로열티' }), '로열티'), { verdict: 'wrong', expected: '로열티' });
  });
});

describe('답 채점의 세부: 빈칸 여러 개 (cloze with several blanks)', () => {
  const cloze = card('cloze', ['고객생애가치', '로열티'], { accept: [['CLV'], []] });
  it('빈칸을 순서대로 비교하고, 정답은 쉼표로 이어 보여 준다', () => {
    const result = checkAnswer(cloze, 'CLV, 로열티');
    assert.deepEqual(result, {
      verdict: 'right',
      expected: '고객생애가치, 로열티',
      items: [
        { expected: '고객생애가치', verdict: 'right', typed: 'CLV' },
        { expected: '로열티', verdict: 'right', typed: '로열티' },
      ],
    });
  });
  it('하나가 거의 맞으면 거의 맞음, 하나가 빠지면 오답 (빠진 칸에는 입력이 없다), 남으면 extra', () => {
    assert.equal(verdict(cloze, '고객생애가치, 로얄티'), 'almost');
    const short = checkAnswer(cloze, '고객생애가치');
    assert.equal(short.verdict, 'wrong');
    assert.deepEqual(short.items?.[1], { expected: '로열티', verdict: 'wrong' });
    assert.deepEqual(checkAnswer(cloze, '고객생애가치, 로열티, 충성도').extra, ['충성도']);
    assert.equal(Object.hasOwn(checkAnswer(cloze, '고객생애가치, 로열티'), 'extra'), false);
  });
});

describe('답 채점의 세부: 객관식 (choice, details)', () => {
  const choice = card('choice', ['로열티'], { choices: ['고객만족', '로열티', '고객가치', '고객자산'], answerIndex: 1 });
  it('번호 입력: 2. 2) 2번 앞뒤 공백, 보기 수를 넘는 번호는 글로 본다', () => {
    for (const typed of ['2.', '2)', ' 2 ', '2번', '２']) {
      assert.equal(verdict(choice, typed), 'right', typed);
    }
    assert.equal(verdict(choice, '5'), 'wrong');
    assert.equal(verdict(choice, '0'), 'wrong');
    assert.equal(verdict(choice, '22'), 'wrong');
  });
  it('보기가 없는 카드에서 번호는 글로 비교한다', () => {
    assert.equal(verdict(card('choice', ['1']), '1'), 'right');
  });
  it('정답 번호가 없는 카드는 어느 보기를 골라도 오답이고, 정답 표시는 첫 답', () => {
    const broken = card('choice', ['로열티'], { choices: ['고객만족', '로열티'] });
    assert.deepEqual(checkAnswer(broken, { choice: 1 }), { verdict: 'wrong', expected: '로열티' });
    assert.equal(checkAnswer(choice, { choice: 1.5 }).verdict, 'wrong');
  });
  it('정답 보기의 거의 맞음이 다른 보기에도 가까우면 오답 (닫힌 보기 중에서 고른 것이 아니다)', () => {
    const close = card('choice', ['고객가치'], { choices: ['고객가치', '고객가격', '로열티', '편재성'], answerIndex: 0 });
    assert.deepEqual(checkAnswer(close, '고객가칙'), { verdict: 'almost', expected: '고객가치', matched: '고객가치' });
    const twins = card('choice', ['고객가치'], { choices: ['고객가치', '고객가지', '로열티', '편재성'], answerIndex: 0 });
    assert.deepEqual(checkAnswer(twins, '고객가키'), { verdict: 'wrong', expected: '고객가치' });
  });
});

describe('답 채점의 세부: 목록과 순서 (lists and sequences, details)', () => {
  it('required가 항목 수보다 크면 전부가 기준', () => {
    const c = card('list', ['신뢰', '몰입'], { required: 5 });
    const result = checkAnswer(c, '신뢰, 몰입');
    assert.equal(result.verdict, 'right');
    assert.equal(result.need, 2);
    assert.equal(verdict(c, '신뢰'), 'wrong');
  });
  it('required 목록: 맞은 것과 거의 맞은 것을 합쳐 N개면 거의 맞음, 남는 것이 있어도', () => {
    const c = card('list', ['신뢰', '몰입', '만족도', '의사소통'], { required: 2 });
    assert.equal(verdict(c, '신뢰, 만족두'), 'almost');
    assert.equal(verdict(c, '신뢰, 만족두, 가격'), 'almost');
    assert.deepEqual(checkAnswer(c, '가격, 신뢰, 몰입').extra, ['가격']);
  });
  it('정확히 맞은 항목을 먼저 짝지은 뒤 거의 맞은 항목을 짝짓는다', () => {
    const c = card('list', ['고객가치', '고객가치관']);
    const result = checkAnswer(c, '고객가치관, 고객가치');
    assert.equal(result.verdict, 'right');
    assert.deepEqual(result.items?.map((i) => i.typed), ['고객가치', '고객가치관']);
    const near = checkAnswer(card('list', ['단골고객', '옹호고객']), '단골고갱, 옹호고객');
    assert.deepEqual(near.items?.map((i) => [i.verdict, i.typed]), [['almost', '단골고갱'], ['right', '옹호고객']]);
    assert.deepEqual(near.missing, []);
  });
  it('띄어 쓴 한 줄은 나눠 본 것이 더 나을 때만 나눈다: "고객 만족" 하나짜리 답도 있다', () => {
    const c = card('list', ['고객 만족', '로열티']);
    assert.equal(verdict(c, '고객 만족, 로열티'), 'right');
    const spaced = checkAnswer(card('list', ['만족', '로열티']), '만족 로열티');
    assert.equal(spaced.verdict, 'right');
    assert.deepEqual(spaced.items?.map((i) => i.typed), ['만족', '로열티']);
    const single = checkAnswer(card('list', ['고객 만족', '로열티']), '고객 만족');
    assert.deepEqual(single.items?.map((i) => [i.verdict, i.typed]), [['right', '고객 만족'], ['wrong', undefined]], 'kept whole: splitting it scores less');
    assert.deepEqual(checkAnswer(card('list', ['고객', '만족']), '고객만족').items?.map((i) => i.verdict), ['wrong', 'wrong'], 'one word is not split');
  });
  it('목록 구분자: 세미콜론, 전각 쉼표, 슬래시, 세로줄, 줄바꿈(\\r\\n), 번호 (1) ① * •', () => {
    const c = card('list', ['신뢰', '몰입', '만족']);
    for (const typed of ['신뢰; 몰입; 만족', '신뢰，몰입，만족', '신뢰/몰입/만족', '신뢰|몰입|만족', '신뢰\r\n몰입\r\n만족', '(1) 신뢰\n(2) 몰입\n(3) 만족', '* 신뢰\n* 몰입\n• 만족', '신뢰、몰입；만족']) {
      assert.equal(verdict(c, typed), 'right', JSON.stringify(typed));
    }
  });
  it('순서 구분자: → -> => ⇒ > 〉 》 모두, 목록에서는 화살표로 나누지 않는다', () => {
    const seq = card('sequence', ['인지', '관심', '구매']);
    for (const typed of ['인지 => 관심 => 구매', '인지 ⇒ 관심 ⇒ 구매', '인지 > 관심 > 구매', '인지〉관심〉구매', '인지》관심》구매']) {
      assert.equal(verdict(seq, typed), 'right', typed);
    }
    assert.equal(checkAnswer(seq, '인지 → 관심 → 구매').expected, '인지 → 관심 → 구매');
    assert.equal(verdict(card('list', ['인지', '관심', '구매']), '인지→관심→구매'), 'wrong');
  });
  it('끌어 놓은 순서: 같은 글의 두 단계는 바꿔 놓아도 맞고, 배열이 아니면 모든 단계가 오답', () => {
    const twice = card('sequence', ['접촉', '구매', '접촉']);
    assert.equal(checkAnswer(twice, { order: [2, 1, 0] }).verdict, 'right');
    const bad = checkAnswer(twice, { order: 'nope' as unknown as number[] });
    assert.deepEqual(bad, { verdict: 'wrong', expected: '접촉 → 구매 → 접촉', items: [{ expected: '접촉', verdict: 'wrong' }, { expected: '구매', verdict: 'wrong' }, { expected: '접촉', verdict: 'wrong' }] });
    assert.equal(checkAnswer(twice, { order: [0, 1, -1] }).verdict, 'wrong');
    assert.equal(checkAnswer(twice, { order: [0, 1, 3] }).verdict, 'wrong');
  });
  it('순서에서 거의 맞은 단계만 있으면 거의 맞음', () => {
    assert.equal(verdict(card('sequence', ['잠재고객', '신규고객']), '잠재고객 → 신규고갱'), 'almost');
  });
});

describe('답 채점의 세부: 나누기와 번호 (splitting and numbers)', () => {
  const c = card('list', ['신뢰', '몰입', '만족']);
  it('빈 항목(쉼표 두 번, 끝의 쉼표)은 없는 것으로, \\r 줄바꿈과 두 자리 번호도', () => {
    for (const typed of ['신뢰,,몰입, 만족,', '신뢰\r몰입\r만족', '10) 신뢰\n11) 몰입\n12) 만족', '10. 신뢰\n11. 몰입\n12. 만족']) {
      const result = checkAnswer(c, typed);
      assert.equal(result.verdict, 'right', JSON.stringify(typed));
      assert.equal(Object.hasOwn(result, 'extra'), false, JSON.stringify(typed));
    }
  });
  it('나눠 봐도 나을 것이 없으면 입력한 한 줄을 그대로 남은 항목으로 보여 준다', () => {
    const result = checkAnswer(card('list', ['만족', '로열티']), '가격 품질');
    assert.equal(result.verdict, 'wrong');
    assert.deepEqual(result.extra, ['가격 품질']);
  });
  it('마지막 보기의 번호도 번호로 읽는다: 보기 넷이면 4', () => {
    const last = card('choice', ['고객자산'], { choices: ['고객만족', '로열티', '고객가치', '고객자산'], answerIndex: 3 });
    assert.equal(verdict(last, '4'), 'right');
    assert.equal(verdict(last, '4번'), 'right');
  });
  it('답이 없는 객관식의 정답 표시는 뒷면', () => {
    assert.equal(checkAnswer(card('choice', [], { back: '로열티' }), { choice: 0 }).expected, '로열티');
  });
});

describe('답 채점의 세부: 기호와 괄호의 받침 (signs, quotes, the sound before a particle)', () => {
  it('겹친 따옴표와 끝의 마침표들도 모두 떼고, 기호는 몇 번 나와도 모두 바꾼다', () => {
    assert.equal(answerKey('««로열티»»'), '로열티');
    assert.equal(answerKey('“「로열티」”'), '로열티');
    assert.equal(answerKey('로열티。'), '로열티');
    assert.equal(answerKey('로열티、'), '로열티');
    assert.equal(answerKey('로열티...'), '로열티');
    assert.equal(answerKey('매출 − 비용 − 세금'), answerKey('매출-비용-세금'));
    assert.equal(answerKey('단가 × 수량 × 횟수'), answerKey('단가*수량*횟수'));
    assert.equal(answerKey('이익 ÷ 매출 ÷ 2'), answerKey('이익/매출/2'));
  });
  it('괄호가 붙은 답의 조사는 괄호 앞 말의 받침에 맞춘다: 편재성(Ubiquity)은 정답, 편재성(Ubiquity)는 거의 맞음', () => {
    assert.equal(matchItem('편재성은', ['편재성(Ubiquity)']).verdict, 'right');
    assert.equal(matchItem('편재성는', ['편재성(Ubiquity)']).verdict, 'almost');
    assert.equal(matchItem('로열티는', ['로열티(loyalty)']).verdict, 'right');
    assert.equal(matchItem('로열티은', ['로열티(loyalty)']).verdict, 'almost');
  });
});

describe('답 채점의 세부: 짝짓기와 결과의 모양 (pairing and result shape)', () => {
  it('낱말 안의 따옴표는 남긴다: CRM\'s ≠ CRMs', () => {
    assert.notEqual(answerKey("CRM's"), answerKey('CRMs'));
    assert.equal(answerKey('"CRM\'s"'), "crm's");
  });
  it('객관식: 정답을 그대로 쓰면 비슷한 보기가 있어도 정답, 보기 없는 카드의 거의 맞음은 거의 맞음, 틀린 답에는 matched가 없다', () => {
    const twins = card('choice', ['고객가치'], { choices: ['고객가치', '고객가지', '로열티', '편재성'], answerIndex: 0 });
    assert.deepEqual(checkAnswer(twins, '고객가치'), { verdict: 'right', expected: '고객가치', matched: '고객가치' });
    assert.equal(verdict(card('choice', ['고객가치']), '고객가칙'), 'almost');
    assert.deepEqual(checkAnswer(twins, '체리피커'), { verdict: 'wrong', expected: '고객가치' });
  });
  it('정답으로 짝지은 입력은 다른 항목의 거의 맞음으로 다시 쓰지 않는다', () => {
    const result = checkAnswer(card('list', ['고객가치', '고객가지']), '고객가치');
    assert.equal(result.verdict, 'wrong');
    assert.deepEqual(result.missing, ['고객가지']);
    assert.deepEqual(result.items?.map((i) => [i.verdict, i.typed]), [['right', '고객가치'], ['wrong', undefined]]);
  });
  it('같은 항목을 두 번 쓰면 두 번째는 남은 항목, 목록의 정답 표시는 쉼표로', () => {
    const result = checkAnswer(card('list', ['잠재고객', '신규고객']), '잠재고객, 잠재고객');
    assert.deepEqual(result.extra, ['잠재고객']);
    assert.deepEqual(result.missing, ['신규고객']);
    assert.equal(result.expected, '잠재고객, 신규고객');
  });
  it('끌어 놓은 순서에 같은 번호가 두 번이거나 번호가 하나 더 있으면 (같은 글의 단계라도) 오답', () => {
    const twice = card('sequence', ['접촉', '구매', '접촉']);
    assert.equal(checkAnswer(twice, { order: [0, 1, 0] }).verdict, 'wrong');
    assert.equal(checkAnswer(twice, { order: [0, 1] }).verdict, 'wrong');
    assert.equal(checkAnswer(twice, { order: [0, 1, 2, 0] }).verdict, 'wrong', 'one index too many is not a permutation either');
  });
  it('여러 항목으로 나뉜 답은 띄어쓰기로 다시 나누지 않는다', () => {
    const result = checkAnswer(card('list', ['만족', '로열티']), '만족 로열티, 가격');
    assert.equal(result.verdict, 'wrong');
    assert.deepEqual(result.extra, ['만족 로열티', '가격']);
  });
  it('\\r 하나도 줄바꿈: 띄어 쓴 항목이 있어도 줄마다 한 항목', () => {
    assert.equal(verdict(card('list', ['고객 만족', '로열티']), '고객 만족\r로열티'), 'right');
  });
  it('번호와 글머리표 뒤에 띄어쓰기가 없어도 뗀다: 1.신뢰, -몰입', () => {
    const c = card('list', ['신뢰', '몰입', '만족']);
    assert.equal(verdict(c, '1.신뢰\n2.몰입\n3.만족'), 'right');
    assert.equal(verdict(c, '-신뢰\n-몰입\n-만족'), 'right');
  });
});
