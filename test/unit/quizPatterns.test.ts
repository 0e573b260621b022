import * as assert from 'node:assert/strict';
import {
  ankiClozesIn, arrowsIn, definingIn, figuresIn, formulaIn, highlightsIn, isFigure, itemParts, looksVerbal, sentencesOf, userPairIn,
} from '../../src/core/quiz/patterns';
import { HOLE, STRONG_CLOSE, STRONG_OPEN } from '../../src/core/quiz/read';

/** `**text**` as the reader marks it. */
const strong = (text: string): string => `${STRONG_OPEN}${text}${STRONG_CLOSE}`;

describe('퀴즈 문형: 수치 (figuresIn, isFigure)', () => {
  it('단위가 붙은 수, 범위, 분수, 비율을 위치와 함께', () => {
    assert.deepEqual(figuresIn('만족한 고객 65%는 5배 더 오래 3개월 넘게 거래한다'), [
      { text: '65%', start: 7, end: 10 },
      { text: '5배', start: 12, end: 14 },
      { text: '3개월', start: 20, end: 23 },
    ]);
    assert.deepEqual(figuresIn('응답률은 25~85%, 점수는 25 ~ 85점').map((f) => f.text), ['25~85%', '25 ~ 85점']);
    assert.deepEqual(figuresIn('고객의 1/3, 2:8 법칙, 1:29:300 법칙').map((f) => f.text), ['1/3', '2:8', '1:29:300']);
    assert.deepEqual(figuresIn('매출 1,000,000원과 평점 4.5점, 고객 10 명').map((f) => f.text), ['1,000,000원', '4.5점', '10 명']);
    assert.deepEqual(figuresIn('1960년 레빗, 2020년대').map((f) => f.text), ['1960년', '2020년']);
  });
  it('맨 숫자, 날짜, 영문자에 붙은 수는 수치가 아니다', () => {
    assert.deepEqual(figuresIn('제 3 장, 항목 12, 2024/1/3, ver2:8, A1/3, 3/4B, 5%p'), []);
  });
  it('같은 정규식을 다시 써도 처음부터 찾는다', () => {
    assert.deepEqual(figuresIn('비용의 5배').map((f) => f.text), ['5배']);
    assert.deepEqual(figuresIn('비용의 5배').map((f) => f.text), ['5배']);
  });
  it('칸 전체가 수치 하나일 때만 수치 칸', () => {
    assert.equal(isFigure('65%'), true);
    assert.equal(isFigure(' 5명 '), true);
    assert.equal(isFigure('약 65%'), false);
    assert.equal(isFigure('65% 이상'), false);
    assert.equal(isFigure('65%와 5배'), false);
    assert.equal(isFigure('만족'), false);
  });
});

describe('퀴즈 문형: 문장 나누기와 서술어 (sentencesOf, looksVerbal)', () => {
  it('. ! ? 。 뒤의 공백에서 나누고, 소수점은 나누지 않는다', () => {
    assert.deepEqual(sentencesOf('로열티는 중요하다.  만족도는 4.5점이다! 왜일까? 끝。 다음'), ['로열티는 중요하다.', '만족도는 4.5점이다!', '왜일까?', '끝。', '다음']);
    assert.deepEqual(sentencesOf('   '), []);
    assert.deepEqual(sentencesOf(' 한 문장 '), ['한 문장']);
  });
  it('절을 끝맺는 말(있음, 했다, 키우기)은 서술, 이름은 아니다', () => {
    for (const text of ['효과가 있다', '만족도가 높음', '관리함', '개선됨', '필수임', '고객님', '키우기', '소개해요', '바로잡기.', '떨어짐!', '알려줌', '늘림', '돌봄', '만듦']) {
      assert.equal(looksVerbal(text), true, text);
    }
    for (const text of ['도둑형', '고객 유지', '로열티', '관계마케팅 ']) {
      assert.equal(looksVerbal(text), false, text);
    }
  });
});

describe('퀴즈 문형: 화살표 순서 (arrowsIn)', () => {
  it('이끄는 말과 단계, 여러 화살표 모양', () => {
    assert.deepEqual(arrowsIn('고객관계의 발전: 잠재고객 → 첫 거래 → 단골'), { lead: '고객관계의 발전', steps: ['잠재고객', '첫 거래', '단골'] });
    assert.deepEqual(arrowsIn('수집->저장=>분석⇒활용⟶공유➔보관➡폐쇄⇨끝'), { lead: undefined, steps: ['수집', '저장', '분석', '활용', '공유', '보관', '폐쇄', '끝'] });
    assert.deepEqual(arrowsIn('관계 단계： 인지 → 탐색 → 확장.'), { lead: '관계 단계', steps: ['인지', '탐색', '확장'] });
    assert.deepEqual(arrowsIn(`${strong('CRM 순환')}: 고객 확보 → 고객 유지 → 고객 강화。`), { lead: 'CRM 순환', steps: ['고객 확보', '고객 유지', '고객 강화'] });
  });
  it('비율 속의 쌍점은 이끄는 말의 끝이 아니다', () => {
    assert.deepEqual(arrowsIn('하인리히 법칙: 1:29:300 → 경고 → 사고'), { lead: '하인리히 법칙', steps: ['1:29:300', '경고', '사고'] });
  });
  it('두 단계는 과정을 뜻하는 이끄는 말이 있을 때만', () => {
    assert.equal(arrowsIn('가격 인하 → 수요 증가'), undefined);
    assert.equal(arrowsIn('한계고객: 이익 없음 → 디마케팅'), undefined);
    assert.deepEqual(arrowsIn('결속의 단계: 재무적 결속 → 사회적 결속'), { lead: '결속의 단계', steps: ['재무적 결속', '사회적 결속'] });
    for (const lead of ['구매 순서', '개발 과정', '처리 절차', '업무 흐름', '판매 프로세스', '관계 사이클', '제품 주기', '유통 변천', '관계 발전', '시장 진화', '고객 전환']) {
      assert.deepEqual(arrowsIn(`${lead}: 인지 → 구매`)?.steps, ['인지', '구매'], lead);
    }
  });
  it('식, 코드, 빈 이끄는 말, 긴 이끄는 말은 순서가 아니다', () => {
    assert.equal(arrowsIn('가치 = 편익 → 만족 → 충성'), undefined);
    assert.equal(arrowsIn(`수집 → ${HOLE} → 분석`), undefined);
    assert.equal(arrowsIn(': 수집 → 저장 → 분석'), undefined);
    assert.equal(arrowsIn(`${'가'.repeat(31)}: 수집 → 저장 → 분석`), undefined);
    assert.deepEqual(arrowsIn(`${'가'.repeat(30)}: 수집 → 저장 → 분석`)?.lead, '가'.repeat(30));
    assert.equal(arrowsIn('그냥 문장이다'), undefined);
    assert.equal(arrowsIn('한 단계 →'), undefined);
  });
  it('단계가 절이거나 길거나 비교하거나 쉼표가 있거나 괄호가 안 닫히면 순서가 아니다', () => {
    assert.equal(arrowsIn('관계 단계: 수집 →  → 분석'), undefined);
    assert.equal(arrowsIn('관계 단계: 성과 < 기대 → 불일치 → 불만족'), undefined);
    assert.equal(arrowsIn('관계 단계: 성과 ≥ 기대 → 일치 → 만족'), undefined);
    assert.equal(arrowsIn('관계 단계: 불만을 무시하면 사고 → 손실 → 이탈'), undefined);
    assert.equal(arrowsIn('관계 단계: 불만이 있지만 참음 → 손실 → 이탈'), undefined);
    assert.equal(arrowsIn(`관계 단계: ${'가'.repeat(26)} → 손실 → 이탈`), undefined);
    assert.deepEqual(arrowsIn(`관계 단계: ${'가'.repeat(25)} → 손실 → 이탈`)?.steps[0], '가'.repeat(25));
    assert.equal(arrowsIn('관계 단계: 가 나 다 라 마 바 → 손실 → 이탈'), undefined);
    assert.deepEqual(arrowsIn('관계 단계: 가 나 다 라 마 → 손실 → 이탈')?.steps[0], '가 나 다 라 마');
    assert.equal(arrowsIn('관계 단계: 인지함 → 손실 → 이탈'), undefined);
    assert.equal(arrowsIn('관계 단계: 인지, 탐색 → 손실 → 이탈'), undefined);
    assert.equal(arrowsIn('관계 단계: 5단계(하위 → 손실 → 이탈'), undefined);
    assert.equal(arrowsIn('관계 단계: 하위) → 손실 → 이탈'), undefined);
    assert.equal(arrowsIn('관계 단계: 하위] → 손실 → 이탈'), undefined);
    assert.deepEqual(arrowsIn('관계 단계: 고객 접점(인터페이스) → 손실 → 이탈[끝]')?.steps, ['고객 접점(인터페이스)', '손실', '이탈[끝]']);
    assert.deepEqual(arrowsIn('관계 단계: 접점（인터페이스） → 손실 → 이탈')?.steps[0], '접점（인터페이스）');
  });
});

describe('퀴즈 문형: 공식 (formulaIn)', () => {
  it('좌변, 우변, 가릴 수 있는 피연산자', () => {
    assert.deepEqual(formulaIn('가치 = 편익 - 가격'), { left: '가치', right: '편익 - 가격', operands: ['편익', '가격'] });
    assert.deepEqual(formulaIn('공식: 고객생애가치 = 평균 구매액 × 구매 횟수 × 거래 기간.'), { left: '고객생애가치', right: '평균 구매액 × 구매 횟수 × 거래 기간', operands: ['평균 구매액', '구매 횟수', '거래 기간'] });
    assert.deepEqual(formulaIn('ROI = (이익 - 비용) / 비용 * 100'), { left: 'ROI', right: '(이익 - 비용) / 비용 * 100', operands: ['이익', '비용'] });
    assert.deepEqual(formulaIn('이익률 = 이익÷매출'), { left: '이익률', right: '이익÷매출', operands: ['이익', '매출'] });
    assert.deepEqual(formulaIn(`${strong('만족')} = 성과 + 기대。`), { left: '만족', right: '성과 + 기대', operands: ['성과', '기대'] });
  });
  it('연산자가 없거나 좌변이 글자가 아니거나 길면 공식이 아니다', () => {
    assert.equal(formulaIn('가치 = 편익'), undefined);
    assert.equal(formulaIn('가치 = 편익-가격'), undefined);
    assert.equal(formulaIn('10 = 5 + 5'), undefined);
    assert.equal(formulaIn('고객 가치 총 합 기준 값 = 편익 - 가격'), undefined);
    assert.deepEqual(formulaIn('고객 가치 총 합 = 편익 - 가격')?.left, '고객 가치 총 합');
    assert.equal(formulaIn('가치 = 10 - 5'), undefined);
    assert.equal(formulaIn('a = b = c - d'), undefined);
    assert.equal(formulaIn('수집 → 가치 = 편익 - 가격'), undefined);
    assert.equal(formulaIn(`가치 = ${HOLE} - 가격`), undefined);
    assert.equal(formulaIn(`${'가'.repeat(26)} = 편익 - 가격`), undefined);
    assert.equal(formulaIn(`가치 = 편익 - ${'가'.repeat(80)}`), undefined);
  });
  it('긴 피연산자와 같은 피연산자는 한 번만, 긴 것은 빼고', () => {
    assert.deepEqual(formulaIn(`가치 = 편익 - ${'가'.repeat(26)} + 편익`)?.operands, ['편익']);
    assert.deepEqual(formulaIn(`가치 = 편익 - ${'가'.repeat(25)}`)?.operands, ['편익', '가'.repeat(25)]);
  });
  it('이끄는 말은 20자까지', () => {
    assert.deepEqual(formulaIn(`${'나 '.repeat(9)}나나: 가치 = 편익 - 가격`)?.left, '가치');
    assert.equal(formulaIn(`${'나 '.repeat(10)}나: 가치 = 편익 - 가격`), undefined);
  });
});

describe('퀴즈 문형: 정의 문장 (definingIn)', () => {
  it('**X**: …, X: …, X란 …, X는 …을 말한다', () => {
    assert.deepEqual(definingIn(`${strong('관계마케팅')} : 고객과 오래 가는 관계`), { label: '관계마케팅', end: 5, how: 'bold', particle: undefined });
    assert.deepEqual(definingIn('모바일 비즈니스 ： 무선으로 하는 거래'), { label: '모바일 비즈니스', end: 8, how: 'colon', particle: undefined });
    assert.deepEqual(definingIn('고객만족이란 기대보다 나은 경험이다.'), { label: '고객만족', end: 4, how: 'ran', particle: '이란' });
    assert.deepEqual(definingIn('로열티란 다시 찾는 마음'), { label: '로열티', end: 3, how: 'ran', particle: '란' });
    assert.deepEqual(definingIn('고객생애가치는 평생의 이익을 말한다.'), { label: '고객생애가치', end: 6, how: 'topic', particle: '는' });
    assert.deepEqual(definingIn('휴면 고객은 거래가 끊긴 고객을 뜻한다'), { label: '휴면 고객', end: 5, how: 'topic', particle: '은' });
  });
  it('X는 …이 정의로 끝나지 않으면 정의가 아니다', () => {
    for (const end of ['말한다', '말함', '의미한다', '의미함', '뜻한다', '뜻함', '가리킨다', '일컫는다', '이다', '이다.']) {
      assert.equal(definingIn(`로열티는 다시 찾는 마음을 ${end}`)?.how, 'topic', end);
    }
    assert.equal(definingIn('로열티는 다시 찾는 마음에서 나온다.'), undefined);
  });
  it('식, 코드, 짧은 설명, 긴 이름은 정의가 아니다', () => {
    assert.equal(definingIn('가치: 편익 = 가격'), undefined);
    assert.equal(definingIn(`로열티: ${HOLE} 다시 찾는 마음`), undefined);
    assert.equal(definingIn('로열티: 다시'), undefined);
    assert.deepEqual(definingIn('로열티: 다시 찾음')?.label, '로열티');
    assert.equal(definingIn(`${'가'.repeat(31)}: 다시 찾는 마음`), undefined);
    assert.equal(definingIn('로열티란 다시'), undefined);
    assert.equal(definingIn('고객, 로열티란 다시 찾는 마음'), undefined);
    assert.equal(definingIn(`${strong('가'.repeat(30))}: 다시 찾는 마음`)?.how, 'bold');
    assert.equal(definingIn(`${strong('가'.repeat(31))}: 다시 찾는 마음`), undefined);
    assert.equal(definingIn(`${strong('로열티')}:`), undefined);
  });
});

describe('퀴즈 문형: 목록 항목 (itemParts)', () => {
  it('이름, 괄호 속 이름, 설명', () => {
    assert.deepEqual(itemParts('편재성(Ubiquity): 어디서나 정보검색'), { answer: '편재성', label: '편재성(Ubiquity)', inner: 'Ubiquity', detail: '어디서나 정보검색' });
    assert.deepEqual(itemParts('  도둑형  '), { answer: '도둑형', label: '도둑형', inner: undefined, detail: undefined });
    assert.deepEqual(itemParts('도둑형 - 훔치는 고객'), { answer: '도둑형', label: '도둑형', inner: undefined, detail: '훔치는 고객' });
    assert.deepEqual(itemParts('호전형—싸우는 고객'), { answer: '호전형', label: '호전형', inner: undefined, detail: '싸우는 고객' });
    assert.deepEqual(itemParts('내분형–다투는 고객'), { answer: '내분형', label: '내분형', inner: undefined, detail: '다투는 고객' });
    assert.deepEqual(itemParts('파괴형：부수는 고객'), { answer: '파괴형', label: '파괴형', inner: undefined, detail: '부수는 고객' });
    assert.deepEqual(itemParts(`${strong('접근성')}: 언제나 접속`), { answer: '접근성', label: '접근성', inner: undefined, detail: '언제나 접속' });
  });
  it('비율의 쌍점과 낱말 속 하이픈은 나누지 않는다', () => {
    assert.deepEqual(itemParts('2:8법칙: 상위 20%'), { answer: '2:8법칙', label: '2:8법칙', inner: undefined, detail: '상위 20%' });
    assert.deepEqual(itemParts('e-CRM'), { answer: 'e-CRM', label: 'e-CRM', inner: undefined, detail: undefined });
  });
  it('빈 항목과 코드가 든 항목은 없다', () => {
    assert.equal(itemParts('   '), undefined);
    assert.equal(itemParts(`도둑형 ${HOLE}`), undefined);
  });
});

describe('퀴즈 문형: 직접 만든 카드 (userPairIn)', () => {
  it('Q::A, Q:::A, 양쪽 공백은 뺀다', () => {
    assert.deepEqual(userPairIn(' CRM의 목적 :: 고객 관계 '), { front: 'CRM의 목적', back: '고객 관계', both: false });
    assert.deepEqual(userPairIn('우량고객 ::: 수익 기여도가 높은 고객'), { front: '우량고객', back: '수익 기여도가 높은 고객', both: true });
    assert.deepEqual(userPairIn(`${strong('우량고객')}::수익 고객`), { front: '우량고객', back: '수익 고객', both: false });
  });
  it('앞이나 뒤가 비면, 코드가 있으면, Anki cloze면 카드가 아니다', () => {
    assert.equal(userPairIn('::답'), undefined);
    assert.equal(userPairIn('질문::'), undefined);
    assert.equal(userPairIn('질문::  '), undefined);
    assert.equal(userPairIn(`질문::${HOLE}`), undefined);
    assert.equal(userPairIn('{{c1::분석 CRM}}'), undefined);
    assert.equal(userPairIn('질문:::'), undefined);
    assert.equal(userPairIn('평범한 문장'), undefined);
  });
  it('C++ 경로와 URL은 카드가 아니다, 한글 뒤의 영어 답은 카드', () => {
    assert.equal(userPairIn('std::vector'), undefined);
    assert.equal(userPairIn('Foo::Bar 설명'), undefined);
    assert.deepEqual(userPairIn('고객관계관리::CRM'), { front: '고객관계관리', back: 'CRM', both: false });
    assert.deepEqual(userPairIn('약어 A::Bc'), { front: '약어 A', back: 'Bc', both: false });
    assert.deepEqual(userPairIn('영어 이름ab::1등'), { front: '영어 이름ab', back: '1등', both: false });
    assert.equal(userPairIn('자료 https://example.com/a::b'), undefined);
    assert.equal(userPairIn('자료 https://example.com/a:::b'), undefined);
    assert.deepEqual(userPairIn('https://example.com 의 목적:::소개'), { front: 'https://example.com 의 목적', back: '소개', both: true });
  });
});

describe('퀴즈 문형: 빈칸 표시 (ankiClozesIn, highlightsIn)', () => {
  it('Anki cloze: 번호, 힌트, 위치; 빈 cloze는 없다', () => {
    assert.deepEqual(ankiClozesIn('{{c1::분석 CRM}}과 {{c12:: 협업 CRM :: ㅎㅇ }}, {{c3:: }}'), [
      { text: '분석 CRM', number: 1, hint: undefined, start: 0, end: 14 },
      { text: '협업 CRM', number: 12, hint: 'ㅎㅇ', start: 16, end: 39 },
    ]);
    assert.deepEqual(ankiClozesIn('{{c2::운영 CRM::}}'), [{ text: '운영 CRM', number: 2, hint: undefined, start: 0, end: 16 }]);
  });
  it('==강조==는 차례로 번호, a == b는 강조가 아니다', () => {
    assert.deepEqual(highlightsIn('로열티는 ==행동적 로열티==와 ==태도적==로 나뉜다'), [
      { text: '행동적 로열티', number: 1, hint: undefined, start: 5, end: 16 },
      { text: '태도적', number: 2, hint: undefined, start: 18, end: 25 },
    ]);
    assert.deepEqual(highlightsIn('a == b == c, == 띄운 == 것, ==x=='), [{ text: 'x', number: 1, hint: undefined, start: 25, end: 30 }]);
  });
});
