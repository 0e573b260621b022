import * as assert from 'node:assert/strict';
import { Note } from '../../src/core/notes/note';
import { type Card, type CardType, generateCards } from '../../src/core/quiz';
import { bundledSnapshot } from './helpers';

/** The cards of a note, against the bundled glossary. */
function cards(text: string, types?: CardType[], seed?: number): Card[] {
  const { glossary, index } = bundledSnapshot();
  return generateCards(new Note(text, index), 'note.md', glossary, { ...(types === undefined ? {} : { types }), ...(seed === undefined ? {} : { seed }) });
}

/** `[front, answers]` of each card: what the student is asked and what is graded. */
function asked(list: readonly Card[]): Array<[string, readonly string[]]> {
  return list.map((c) => [c.front, c.answers]);
}

const fronts = (list: readonly Card[]): string[] => list.map((c) => c.front);

describe('퀴즈 카드 세부: 제목과 맥락', () => {
  it('카드의 맥락은 위 제목들의 경로, 같은 수준의 제목은 앞 제목을 끝낸다', () => {
    const got = cards('# 4장 고객\n## 1. 관계\n### 1.1 단계\n고객관계의 발전: 잠재고객 → 첫 거래 → 단골\n## 2. 유지\n비용은 5배 이상이다.', ['sequence', 'cloze']);
    assert.deepEqual(got.map((c) => [c.type, c.source.line, c.context]), [
      ['sequence', 3, ['4장 고객', '1. 관계', '1.1 단계']],
      ['cloze', 5, ['4장 고객', '2. 유지']],
    ]);
    assert.deepEqual(got.map((c) => c.source.file), ['note.md', 'note.md']);
  });
  it('첫 제목 위의 카드는 맥락이 없다', () => {
    const [card] = cards('비용은 5배 이상이다.\n\n# 제목\n', ['cloze']);
    assert.deepEqual(card?.context, []);
  });
  it('이끄는 말 없는 순서는 제목(번호를 뺀)을 붙여 묻는다: 제 3-1., 3장, 3)', () => {
    for (const heading of ['제 3-1. 빅데이터 처리', '3장 빅데이터 처리', '3) 빅데이터 처리', '2.1 빅데이터 처리']) {
      const [card] = cards(`## ${heading}\n데이터 소스 → 데이터 수집 → 데이터 분석`, ['sequence']);
      assert.equal(card?.front, '다음 단계를 순서대로 쓰시오: 빅데이터 처리', heading);
      assert.deepEqual(card?.context, [heading]);
      assert.equal(card?.fact, 'big-data:sequence:빅데이터 처리 프로세스');
    }
    const [bare] = cards('데이터 소스 → 데이터 수집 → 데이터 분석', ['sequence']);
    assert.deepEqual([bare?.front, bare?.terms, bare?.chapter, bare?.fact], ['다음 단계를 순서대로 쓰시오.', [], undefined, undefined]);
  });
  it('너무 큰 노트는 카드가 없다', () => {
    const { glossary, index } = bundledSnapshot();
    assert.deepEqual(generateCards(new Note('가치 = 편익 - 가격\n'.repeat(20), index, { maxBytes: 100 }), 'big.md', glossary), []);
    assert.equal(generateCards(new Note('가치 = 편익 - 가격\n', index, { maxBytes: 100 }), 'small.md', glossary).length, 3);
  });
});

describe('퀴즈 카드 세부: 목록의 이끄는 말', () => {
  it('번호 붙은 제목 아래 목록: 번호(3.1., IV.)는 질문에 넣지 않는다', () => {
    const [card] = cards('## IV. 불량고객의 유형\n- 도둑형\n- 호전형', ['list']);
    assert.equal(card?.front, '불량고객의 유형을 모두 쓰시오.');
    assert.deepEqual(card?.context, ['IV. 불량고객의 유형']);
    assert.equal(cards('## 3.1. 불량고객의 유형\n- 도둑형\n- 호전형', ['list'])[0]?.front, '불량고객의 유형을 모두 쓰시오.');
  });
  it('용어집 목록의 나머지 항목도 답: 뒷면에 (용어집) 표시와 설명', () => {
    const [card] = cards('불량고객의 유형:\n- 도둑형: 훔치는 고객\n- 호전형', ['list']);
    assert.deepEqual(card?.answers, ['도둑형', '호전형', '규칙위반형', '내분형', '파괴형', '신용불량형']);
    assert.equal(
      card?.back,
      [
        '도둑형: 훔치는 고객',
        '호전형',
        '규칙위반형: 기업이 정한 규칙이나 규율을 무시하고 지키지 않는 고객 (용어집)',
        '내분형: 화가 나서 다른 고객들과 다투고 싸우는 고객 (용어집)',
        '파괴형: 물리적 시설을 부수거나 더럽히는 고객 (용어집)',
        '신용불량형: 제공받은 서비스의 가격을 지불하지 않으려는 고객 (용어집)',
      ].join('\n'),
    );
    assert.equal(card?.source.line, 1);
    assert.equal(card?.required, undefined);
  });
  it('이끄는 말이 없어도 용어집 목록과 같으면 그 목록의 제목으로 묻는다', () => {
    const got = cards('- 도둑형\n- 규칙위반형\n- 호전형', ['list', 'sequence']);
    assert.deepEqual(got.map((c) => [c.type, c.front, c.fact]), [['list', '불량고객의 유형을 모두 쓰시오.', 'bad-customer:enumeration:불량고객의 유형']]);
    const seq = cards('고객 관리 방법.\n- 고객 확보\n- 고객 유지', ['list', 'sequence']);
    assert.deepEqual(seq.map((c) => [c.type, c.front, c.back]), [['sequence', 'CRM 프로세스의 기본 단계를 순서대로 쓰시오.', '고객 확보 → 고객 유지']]);
    const stages = cards('- 잠재고객\n- 첫 거래\n- 단골\n- 옹호자', ['list', 'sequence']);
    assert.deepEqual(stages.map((c) => [c.type, c.front]), [['sequence', '고객관계의 발전 단계를 순서대로 쓰시오.']]);
    assert.deepEqual(stages[0]?.accept, [['잠재'], ['첫 거래 고객'], ['단골고객'], ['옹호고객']]);
  });
  it('용어집에 없는 목록은 이끄는 말이 있어야 한다', () => {
    assert.deepEqual(cards('- 사과\n- 배\n- 감', ['list', 'sequence']), []);
    assert.deepEqual(asked(cards('과일 종류:\n- 사과\n- 배\n- 감', ['list'])), [['과일 종류를 모두 쓰시오.', ['사과', '배', '감']]]);
  });
  it('번호 목록은 과정을 뜻하는 이끄는 말일 때만 순서, 글머리표는 나열', () => {
    assert.deepEqual(asked(cards('과일 재배 과정:\n1. 심기\n2. 물 주기\n3. 수확', ['list', 'sequence'])), [['과일 재배 과정을 순서대로 쓰시오.', ['심기', '물 주기', '수확']]]);
    assert.deepEqual(cards('과일 재배 과정:\n1. 씨앗\n2. 새싹\n3. 열매', ['list', 'sequence']).map((c) => [c.type, c.front]), [['sequence', '과일 재배 과정을 순서대로 쓰시오.']]);
    assert.deepEqual(cards('과일 재배 과정:\n- 씨앗\n- 새싹\n- 열매', ['list', 'sequence']).map((c) => [c.type, c.front]), [['list', '과일 재배 과정을 모두 쓰시오.']]);
    assert.deepEqual(cards('과일 종류:\n1. 씨앗\n2. 새싹\n3. 열매', ['list', 'sequence']).map((c) => [c.type, c.front]), [['list', '과일 종류를 모두 쓰시오.']]);
    assert.deepEqual(cards('과일 재배 과정:\n1. 씨앗\n2. 새싹\n3. 열매', ['list']), []);
    assert.deepEqual(cards('과일 종류:\n- 씨앗\n- 새싹', ['sequence']), []);
  });
  it('이끄는 줄: 쌍점으로 끝나거나 목록을 뜻하는 낱말로 끝나야 하고, 길거나 문장이면 아니다', () => {
    const under = (lead: string): string | undefined => cards(`${lead}\n- 씨앗\n- 새싹`, ['list'])[0]?.front;
    assert.equal(under('과일 종류'), '과일 종류를 모두 쓰시오.');
    assert.equal(under('과일의 특징'), '과일의 특징을 모두 쓰시오.');
    assert.equal(under('과일 종류.'), undefined);
    assert.equal(under('과일 이야기'), undefined);
    assert.equal(under('과일 이야기：'), '과일 이야기를 모두 쓰시오.');
    assert.equal(under(':'), undefined);
    assert.equal(under(`${'가'.repeat(24)} 과일 종류`), `${'가'.repeat(24)} 과일 종류를 모두 쓰시오.`);
    assert.equal(under(`${'가'.repeat(25)} 과일 종류`), undefined);
    assert.equal(under(`${'가'.repeat(36)} 과일:`), `${'가'.repeat(36)} 과일을 모두 쓰시오.`);
    assert.equal(under(`${'가'.repeat(37)} 과일:`), undefined);
    assert.equal(under('첫 줄은 설명이다\n과일 종류'), '과일 종류를 모두 쓰시오.');
    assert.equal(under('과일 `종류`:'), undefined);
  });
  it('항목이 길거나 낱말이 많거나 서술이면 목록 카드가 아니다 (이끄는 말이 분명하면 더 길어도 된다)', () => {
    const item = (text: string, lead = '과일 종류:'): string[] | undefined => cards(`${lead}\n- ${text}\n- 배`, ['list'])[0]?.answers.slice();
    assert.deepEqual(item('가'.repeat(30)), ['가'.repeat(30), '배']);
    assert.equal(item('가'.repeat(31)), undefined);
    assert.deepEqual(item('가 나 다 라 마'), ['가 나 다 라 마', '배']);
    assert.equal(item('가 나 다 라 마 바'), undefined);
    assert.deepEqual(item('맛이 좋음'), ['맛이 좋음', '배']);
    assert.deepEqual(item('가'.repeat(20), '## 과일'), ['가'.repeat(20), '배']);
    assert.equal(item('가'.repeat(21), '## 과일'), undefined);
    assert.equal(item('맛이 좋음', '## 과일'), undefined);
    assert.equal(cards('과일 종류:\n- 사과\n  \n  둘째 문단\n- ', ['list'])[0], undefined);
  });
  it('항목은 2개에서 15개까지', () => {
    const list = (n: number): Card[] => cards(`과일 종류:\n${Array.from({ length: n }, (_, i) => `- 과일${i + 1}호`).join('\n')}`, ['list']);
    assert.equal(list(1).length, 0);
    assert.equal(list(2).length, 1);
    assert.equal(list(15)[0]?.answers.length, 15);
    assert.equal(list(16).length, 0);
  });
  it('하위 목록도 읽는다: 항목 줄이 이끄는 말', () => {
    const got = cards('- 과일 종류:\n  - 사과\n  - 배\n- 채소 종류:\n  - 무\n  - 배추', ['list']);
    assert.deepEqual(asked(got), [
      ['과일 종류를 모두 쓰시오.', ['사과', '배']],
      ['채소 종류를 모두 쓰시오.', ['무', '배추']],
    ]);
    assert.deepEqual(got.map((c) => c.source.line), [1, 4]);
  });
  it('나열 카드를 원하지 않으면 목록으로는 아무것도 만들지 않는다', () => {
    assert.deepEqual(cards('불량고객의 유형:\n- 도둑형\n- 호전형', ['cloze', 'formula', 'user']), []);
  });
});

describe('퀴즈 카드 세부: 표', () => {
  const TABLE = '| 특징 | 내용 |\n|---|---|\n| 편재성 | 어디서나 |\n| 접근성 | 언제나 |';
  it('머리글이 특징이면 위 제목이 주어', () => {
    const [card] = cards(`## 모바일 비즈니스\n${TABLE}`, ['list']);
    assert.equal(card?.front, '모바일 비즈니스의 특징을 모두 쓰시오.');
    assert.equal(card?.source.line, 1);
    assert.deepEqual(card?.back.split('\n').slice(0, 2), ['편재성: 어디서나', '접근성: 언제나']);
    assert.deepEqual(card?.answers.slice(0, 2), ['편재성', '접근성']);
  });
  it('제목과 표 사이의 문단이 주어를 정하지 않으면 가장 가까운 제목', () => {
    const [card] = cards(`## 모바일 비즈니스\n\n본문 문단이다.\n\n${TABLE}`, ['list']);
    assert.equal(card?.front, '모바일 비즈니스의 특징을 모두 쓰시오.');
    assert.equal(card?.source.line, 4);
  });
  it('주어도 제목도 없는 특징 표는 카드가 없다', () => {
    assert.deepEqual(cards(TABLE, ['list']), []);
  });
  it('머리글이 이름이면 그것이 이끄는 말, 빈 설명 칸은 이름만', () => {
    const [card] = cards('| 불량고객 유형 | 설명 |\n|---|---|\n| 도둑형 | 훔침 |\n| 호전형 | |', ['list']);
    assert.equal(card?.front, '불량고객 유형을 모두 쓰시오.');
    assert.deepEqual(card?.back.split('\n').slice(0, 2), ['도둑형: 훔침', '호전형']);
    assert.equal(card?.fact, 'bad-customer:enumeration:불량고객의 유형');
  });
  it('위 줄이 이끄는 말이면 그것으로, 용어집 순서와 같으면 순서 카드', () => {
    const [card] = cards('고객관계 단계:\n\n| 단계 | 설명 |\n|---|---|\n| 잠재고객 | 처음 |\n| 첫 거래 | 거래 |\n| 단골 | 반복 |', ['list', 'sequence']);
    assert.deepEqual([card?.type, card?.front, card?.back], ['sequence', '고객관계 단계를 순서대로 쓰시오.', '잠재고객 → 첫 거래 → 단골']);
    assert.deepEqual(cards('과일 단계:\n\n| 단계 | 설명 |\n|---|---|\n| 씨앗 | 처음 |\n| 새싹 | 다음 |', ['list', 'sequence']).map((c) => [c.type, c.front]), [['list', '과일 단계를 모두 쓰시오.']]);
  });
  it('두 열이 아니거나 행이 하나거나 빈 이름 칸, 긴 이름 칸, 코드 칸이 있으면 카드가 없다', () => {
    const none = [
      '| 과일 | 맛 | 색 |\n|---|---|---|\n| 사과 | 달다 | 빨강 |\n| 배 | 시원 | 노랑 |',
      '| 과일 | 맛 |\n|---|---|\n| 사과 | 달다 |',
      '| 과일 | 맛 |\n|---|---|\n| | 달다 |\n| 배 | 시원 |',
      `| 과일 | 맛 |\n|---|---|\n| ${'가'.repeat(31)} | 달다 |\n| 배 | 시원 |`,
      '| 과일 | 맛 |\n|---|---|\n| `사과` | 달다 |\n| 배 | 시원 |',
      '| 과일 | 맛 |\n|---|---|\n| 사과 | `달다` |\n| 배 | 시원 |',
    ];
    for (const table of none) {
      assert.deepEqual(fronts(cards(table, ['list', 'cloze'])), [], table);
    }
    assert.deepEqual(fronts(cards(`| 과일 | 맛 |\n|---|---|\n| ${'가'.repeat(30)} | 달다 |\n| 배 | 시원 |`, ['list'])), ['과일을 모두 쓰시오.']);
  });
  it('수치 표는 빈칸 카드만, 빈칸을 원하지 않으면 아무것도', () => {
    const table = '| 만족의 효과 | 수치 |\n|---|---|\n| 만족한 고객 비율 | 65% |\n| 전하는 사람 수 | 5명 |';
    assert.deepEqual(cards(table, ['list']), []);
    assert.deepEqual(asked(cards(table, ['cloze', 'list'])), [['만족한 고객 비율: ___', ['65%']], ['전하는 사람 수: ___', ['5명']]]);
    assert.deepEqual(cards(table, ['cloze']).map((c) => [c.back, c.source.line]), [['만족한 고객 비율: 65%', 2], ['전하는 사람 수: 5명', 3]]);
  });
});

describe('퀴즈 카드 세부: 정의 문장', () => {
  it('쓴 조사가 낱말에 맞아야 정의: 로열티는, 고객만족은, CRM은 (고객만족란, CRM는은 아니다)', () => {
    const got = cards('로열티는 다시 찾는 마음을 말한다.\n\n고객만족은 기대를 넘는 경험을 말한다.\n\n고객만족란 기대를 넘는 경험이다.\n\nCRM은 고객 관계를 관리하는 일을 말한다.\n\nCRM는 고객 관계를 관리하는 일을 말한다.', ['cloze']);
    assert.deepEqual(asked(got), [
      ['___는 다시 찾는 마음을 말한다.', ['로열티']],
      ['___은 기대를 넘는 경험을 말한다.', ['고객만족']],
      ['___은 고객 관계를 관리하는 일을 말한다.', ['CRM']],
    ]);
    assert.deepEqual(got.map((c) => c.source.line), [0, 2, 6]);
    assert.deepEqual(got[0]?.accept, [['로얄티', '고객 로열티', '충성도', '고객충성도', 'Loyalty', 'Customer Loyalty']]);
    assert.equal(got[2]?.hint, 'C__');
  });
  it('괄호로 끝나는 이름은 조사를 따지지 않고, 괄호째 쓴 이름도 받아 준다', () => {
    const got = cards('고객만족(CS)는 기대를 넘는 경험을 말한다.\n\n고객생애가치(CLV)란 평생 이익의 합이다.', ['cloze']);
    assert.deepEqual(asked(got), [
      ['___(CS)는 기대를 넘는 경험을 말한다.', ['고객만족']],
      ['___(CLV)란 평생 이익의 합이다.', ['고객생애가치']],
    ]);
    assert.deepEqual(got[0]?.accept, [['고객만족(CS)', 'Customer Satisfaction']]);
    assert.equal(got[1]?.accept?.[0]?.[0], '고객생애가치(CLV)');
  });
  it('공식:, 정의:, 예시:, TIP: 은 정의하는 이름이 아니다', () => {
    assert.deepEqual(cards('공식: 가치를 구하는 식\n\n정의: 다시 찾는 마음을 말함\n\n예시: 다시 찾는 마음을 말함\n\nTIP: 자주 복습해야 한다', ['cloze']), []);
  });
  it('X란 …, **X**: … 은 용어집에 없어도 네 낱말까지, X: … 는 용어집 용어만', () => {
    const got = cards('하나 둘 셋 넷 다섯이란 다시 찾는 마음이다.\n\n하나 둘 셋 넷이란 다시 찾는 마음이다.\n\n나의 생각: 오늘은 공부가 잘 된다\n\n**나의 생각**: 오늘은 공부가 잘 된다\n\n우량고객: 수익 기여도가 높은 고객', ['cloze']);
    assert.deepEqual(asked(got), [
      ['___이란 다시 찾는 마음이다.', ['하나 둘 셋 넷']],
      ['___: 오늘은 공부가 잘 된다', ['나의 생각']],
      ['___: 수익 기여도가 높은 고객', ['우량고객']],
    ]);
    assert.deepEqual(got.map((c) => c.source.line), [2, 6, 8]);
    assert.equal(got[0]?.hint, 'ㅎㄴ ㄷ ㅅ ㄴ');
    assert.equal(got[0]?.accept, undefined);
    assert.deepEqual(got[2]?.accept, [['Profitable Customer', 'High-value Customer', 'Profitable (High-value) Customer']]);
  });
  it('일반어(고객)와 긴 이름은 정의하지 않는다', () => {
    assert.deepEqual(cards('고객: 기업의 제품을 사는 사람\n\n**고객**: 기업의 제품을 사는 사람', ['cloze']), []);
    assert.deepEqual(cards(`**${'가'.repeat(26)}**: 다시 찾는 마음`, ['cloze']), []);
    assert.deepEqual(asked(cards(`**${'가'.repeat(25)}**: 다시 찾는 마음`, ['cloze'])), [['___: 다시 찾는 마음', ['가'.repeat(25)]]]);
  });
  it('빈칸을 원하지 않으면 정의 문장도 수치도 없다', () => {
    assert.deepEqual(cards('로열티란 다시 찾는 마음이다. 비용은 5배 이상이다.', ['list', 'sequence', 'formula', 'user']), []);
  });
});

describe('퀴즈 카드 세부: 수치', () => {
  it('한글이 네 글자 미만인 문장, 300자가 넘는 문장에서는 수치를 묻지 않는다', () => {
    assert.deepEqual(cards('5배.\n\n비용 5배 이상이 든다.', ['cloze']).map((c) => c.front), ['비용 ___ 이상이 든다.']);
    assert.deepEqual(cards('비용 5배 이상', ['cloze']).map((c) => c.front), ['비용 ___ 이상']);
    assert.deepEqual(cards('비용 5배 이', ['cloze']).map((c) => c.front), ['비용 ___ 이']);
    assert.deepEqual(cards('용 5배 이', ['cloze']), []);
    const long = `비용은 5배 이상이다 ${'가'.repeat(300 - 12)}`;
    assert.equal(long.length, 300);
    assert.equal(cards(long, ['cloze']).length, 1);
    assert.equal(cards(`${long}가`, ['cloze']).length, 0);
  });
  it('용어집의 수치와 같은 문장이면 그 사실과 용어', () => {
    const [card] = cards('고객 비용이 5배 이상이 든다.', ['cloze']);
    assert.equal(card?.fact, 'customer-retention:figure:새로운 고객을 끌어들이는 데 드는 비용은 기존 고객을 유지하는 데 드는 비용의 5배 이상이다.');
    assert.deepEqual(card?.terms, ['customer-retention', 'customer']);
    assert.equal(card?.chapter, 'ch05.s2');
    const [plain] = cards('비용 5배 이상이 든다.', ['cloze']);
    assert.deepEqual([plain?.fact, plain?.terms, plain?.chapter], [undefined, [], undefined]);
  });
  it('한 문장의 수치마다 한 장, 줄의 문장마다', () => {
    assert.deepEqual(asked(cards('만족 고객은 65%이고 불만 고객은 1/3이다. 효과는 5배이다.', ['cloze'])), [
      ['만족 고객은 ___이고 불만 고객은 1/3이다.', ['65%']],
      ['만족 고객은 65%이고 불만 고객은 ___이다.', ['1/3']],
      ['효과는 ___이다.', ['5배']],
    ]);
  });
});

describe('퀴즈 카드 세부: 공식', () => {
  it('피연산자는 셋까지, 두 번 나오는 피연산자는 가리지 않는다', () => {
    assert.deepEqual(asked(cards('점수 = 가 + 나 + 다 + 라', ['formula'])), [
      ['___ = 가 + 나 + 다 + 라', ['점수']],
      ['점수 = ___ + 나 + 다 + 라', ['가']],
      ['점수 = 가 + ___ + 다 + 라', ['나']],
      ['점수 = 가 + 나 + ___ + 라', ['다']],
    ]);
    assert.deepEqual(asked(cards('이익 = 매출 - 비용 × 매출', ['formula'])), [
      ['___ = 매출 - 비용 × 매출', ['이익']],
      ['이익 = 매출 - ___ × 매출', ['비용']],
    ]);
  });
  it('좌변이 용어면 다른 철자도 받아 준다, 공식 줄은 다른 카드가 되지 않는다', () => {
    const got = cards('가치 = 편익 - 가격', ['formula', 'cloze']);
    assert.deepEqual(got.map((c) => [c.type, c.accept]), [['formula', [['Value']]], ['formula', undefined], ['formula', undefined]]);
    assert.deepEqual(cards('가치 = 편익 - 가격의 5배', ['cloze']), []);
    assert.deepEqual(cards('점수 = 가 + 나', ['formula'])[0]?.accept, undefined);
  });
});

describe('퀴즈 카드 세부: 직접 만든 카드', () => {
  it('==강조==가 여러 줄에 걸치면 카드의 줄은 강조가 있는 줄', () => {
    const got = cards('로열티는 ==행동적 로열티==와\n==태도적 로열티==로 나뉜다.', ['user']);
    assert.deepEqual(asked(got), [
      ['로열티는 ___와\n태도적 로열티로 나뉜다.', ['행동적 로열티']],
      ['로열티는 행동적 로열티와\n___로 나뉜다.', ['태도적 로열티']],
    ]);
    assert.deepEqual(got.map((c) => c.source.line), [0, 1]);
    assert.equal(got[1]?.back, '로열티는 행동적 로열티와\n태도적 로열티로 나뉜다.');
    const three = cards('첫 줄 {{c1::분석 CRM}}\n둘째 줄 {{c2::운영 CRM}}\n셋째 줄 {{c3::협업 CRM}}', ['user']);
    assert.deepEqual(three.map((c) => [c.source.line, c.answers[0]]), [[0, '분석 CRM'], [1, '운영 CRM'], [2, '협업 CRM']]);
    assert.equal(three[2]?.front, '첫 줄 분석 CRM\n둘째 줄 운영 CRM\n셋째 줄 ___');
  });
  it('Anki 번호 순서로 카드, 힌트가 없으면 hint도 없다', () => {
    const got = cards('{{c2::운영 CRM}}과 {{c1::분석 CRM}}', ['user']);
    assert.deepEqual(asked(got), [['운영 CRM과 ___', ['분석 CRM']], ['___과 분석 CRM', ['운영 CRM']]]);
    assert.deepEqual(got.map((c) => c.hint), [undefined, undefined]);
    assert.equal(got[0]?.back, '운영 CRM과 분석 CRM');
    assert.notEqual(got[0]?.id, got[1]?.id);
  });
  it('코드가 든 문단의 강조, 코드가 든 Q::A와 여러 줄 카드는 카드가 아니다', () => {
    assert.deepEqual(cards('로열티는 ==행동적 로열티==와 `코드`\n\n고객 `코드`::답\n\n질문::`답`\n\n질문 `코드`\n?\n답\n\n질문\n?\n`답`', ['user']), []);
  });
  it('여러 줄 카드의 굵은 글씨 표시는 글자만 남는다, ?가 처음이나 끝이면 나누지 않는다', () => {
    assert.deepEqual(asked(cards('**질문**\n?\n**답**', ['user'])), [['질문', ['답']]]);
    assert.deepEqual(cards('?\n질문\n답', ['user']), []);
    assert.deepEqual(cards('질문\n답\n?', ['user']), []);
  });
  it('직접 만든 카드를 원하지 않으면 Q::A, ?, 강조, cloze 모두 없다 (다른 카드로도 되지 않는다)', () => {
    assert.deepEqual(cards('로열티란::다시 찾는 마음이다\n\n로열티란\n?\n다시 찾는 마음이다\n\n로열티는 ==5배==다.\n\n{{c1::로열티}}는 5배다.', ['cloze', 'formula', 'list', 'sequence']), []);
  });
  it('양방향 카드는 두 장, id가 다르다', () => {
    const got = cards('우량고객:::수익 기여도가 높은 고객', ['user']);
    assert.deepEqual(asked(got), [['우량고객', ['수익 기여도가 높은 고객']], ['수익 기여도가 높은 고객', ['우량고객']]]);
    assert.deepEqual(got.map((c) => c.back), ['수익 기여도가 높은 고객', '우량고객']);
    assert.notEqual(got[0]?.id, got[1]?.id);
  });
});

describe('퀴즈 카드 세부: 용어집 카드', () => {
  it('같은 줄의 용어 카드는 정의, 용어 맞히기, 객관식 순서로 (용어가 나온 순서대로)', () => {
    const got = cards('불량고객과 CRM, 로열티.', ['definition', 'reverse', 'choice']);
    assert.deepEqual(got.map((c) => `${c.type}:${c.back.length < 10 ? c.back : c.front}`), [
      'definition:불량고객의 정의는?',
      'definition:CRM의 정의는?',
      'definition:로열티의 정의는?',
      'reverse:불량고객',
      'reverse:CRM',
      'reverse:로열티',
      'choice:불량고객',
      'choice:CRM',
      'choice:로열티',
    ]);
    const choice = got[6] as Card;
    assert.deepEqual(choice.choices, ['한계고객', '장래성이 없는 고객', '블랙컨슈머', '불량고객']);
    assert.equal(choice.answerIndex, 3);
    assert.deepEqual(choice.accept, [['Bad Customer', 'Jaycustomer', 'Bad Customer (Jaycustomer)']]);
    assert.deepEqual(choice.terms, ['bad-customer']);
    assert.equal(got[0]?.id === got[3]?.id, false);
  });
  it('씨앗을 주지 않으면 씨앗 0', () => {
    assert.deepEqual(cards('불량고객', ['choice'])[0]?.choices, cards('불량고객', ['choice'], 0)[0]?.choices);
    assert.notDeepEqual(cards('불량고객', ['choice'], 1)[0]?.choices, cards('불량고객', ['choice'], 0)[0]?.choices);
  });
  it('HTML 블록 속 언급은 카드가 되지 않고, 처음 나온 줄이 카드의 줄', () => {
    const got = cards('<div>\n불량고객\n</div>\n\n로열티\n\n불량고객', ['definition']);
    assert.deepEqual(got.map((c) => [c.front, c.source.line]), [['로열티의 정의는?', 4], ['불량고객의 정의는?', 6]]);
  });
  it('용어 맞히기의 설명에서 용어의 철자(띄어 쓴 것도)는 ○○', () => {
    const [card] = cards('고객 확보가 먼저다.', ['reverse']);
    assert.equal(card?.front, '다음 설명에 해당하는 용어를 쓰시오.\n아직 거래하지 않는 잠재고객을 찾아 신규고객으로 끌어들이는, ○○·유지·강화 가운데 첫 CRM 활동.');
    assert.deepEqual(card?.answers, ['고객획득']);
    assert.equal(card?.hint, 'ㄱㄱㅎㄷ');
  });
  it('용어집 카드를 하나도 원하지 않으면 용어는 카드가 없다', () => {
    assert.deepEqual(cards('불량고객과 CRM, 로열티.', ['cloze', 'user']), []);
    assert.deepEqual(cards('불량고객', ['reverse']).map((c) => c.type), ['reverse']);
    assert.deepEqual(cards('불량고객', ['choice']).map((c) => c.type), ['choice']);
  });
});

describe('퀴즈 카드 세부: 카드 정리', () => {
  it('줄 순서, 같은 줄에서는 유형 순서', () => {
    const got = cards('# 고객\n로열티\n\n가치 = 편익 - 가격\n\n로열티란 다시 찾는 마음이다.', ['definition', 'formula', 'cloze', 'reverse']);
    assert.deepEqual(got.map((c) => [c.source.line, c.type]), [[1, 'definition'], [1, 'reverse'], [3, 'formula'], [3, 'formula'], [3, 'formula'], [5, 'cloze']]);
    assert.ok(got.every((c) => c.context.length === 1 && c.context[0] === '고객'));
  });
  it('같은 앞면과 답은 한 번만, 같은 문장이 두 번이면 id에 -2', () => {
    const got = cards('비용은 5배 이상이다.\n\n비용은 5배 이상이다.\n\n고객 비용은 5배이다. 고객 비용은 5배이다!', ['cloze']);
    assert.deepEqual(asked(got), [['비용은 ___ 이상이다.', ['5배']], ['고객 비용은 ___이다.', ['5배']], ['고객 비용은 ___이다!', ['5배']]]);
    assert.equal(new Set(got.map((c) => c.id)).size, 3);
    const twice = cards('우량고객::답\n\n우량고객::답 ', ['user']);
    assert.equal(twice.length, 1);
  });
  it('같은 id가 되는 두 카드: 둘째는 -2가 붙는다', () => {
    const got = cards('점수 = 가 + 나\n\n점수 = 가 +  나', ['formula']);
    const ids = got.map((c) => c.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.deepEqual(ids.slice(3), ids.slice(0, 3).map((id) => `${id}-2`));
    // Each blank of ==고객==은 ==고객==이다 would show its answer in the other place.
    assert.deepEqual(cards('==고객==은 ==고객==이다', ['user']), []);
  });
  it('빈 답, 앞면에 보이는 답은 카드가 아니다', () => {
    assert.deepEqual(cards('질문::  ::', ['user']), []);
    assert.deepEqual(cards('고객 만족::고객만족', ['user']), []);
    assert.deepEqual(asked(cards('고객::만족', ['user'])), [['고객', ['만족']]]);
  });
});

describe('퀴즈 카드 세부: id는 판이 바뀌어도 같다 (복습 기록 .crm-review.json이 id에 묶여 있다)', () => {
  it('유형마다 고정된 id', () => {
    const note = [
      '# 고객', '불량고객의 유형:', '- 도둑형', '- 호전형', '',
      '고객관계의 발전: 잠재고객 → 첫 거래 → 단골', '',
      '가치 = 편익 - 가격', '',
      '비용은 5배 이상이다.', '',
      '로열티란 다시 찾는 마음이다.', '',
      '질문::답', '', '앞:::뒤', '', '여러 줄', '?', '답이다', '',
      '{{c1::분석 CRM}}과 정리', '', '==협업 CRM==과 정리',
    ].join('\n');
    const ids = new Map(cards(note).map((c) => [`${c.type} ${c.front.split('\n')[0]} ${c.answers[0]?.slice(0, 8).trim()}`, c.id]));
    const expected: Array<[string, string]> = [
      ['definition 불량고객의 정의는? 기업이 관계를', 'wxma3e15wur-n'],
      ['reverse 다음 설명에 해당하는 용어를 쓰시오. 불량고객', '14xgwkxhiyk-k'],
      ['choice 다음 설명에 해당하는 용어로 알맞은 것은? 불량고객', '1au25xcv6o-j'],
      ['list 불량고객의 유형을 모두 쓰시오. 도둑형', '145lp0cetrj-l'],
      ['sequence 고객관계의 발전을 순서대로 쓰시오. 잠재고객', '18460gt17wv5-u'],
      ['formula ___ = 편익 - 가격 가치', 'taz0hg8dgt-m'],
      ['formula 가치 = ___ - 가격 편익', '17epqiyayrh-n'],
      ['cloze 비용은 ___ 이상이다. 5배', '1kmt6fs11xd2-l'],
      ['cloze ___란 다시 찾는 마음이다. 로열티', '1cdu61qpfi9-q'],
      ['user 질문 답', '14hhemd1f8w-c'],
      ['user 앞 뒤', 'hq6negfpnz-b'],
      ['user 뒤 앞', 'uibp90tkfm-b'],
      ['user 여러 줄 답이다', '1bjsms4fxjp-f'],
    ];
    for (const [key, id] of expected) {
      assert.equal(ids.get(key), id, key);
    }
    const anki = cards('{{c1::분석 CRM}}과 정리', ['user'])[0]?.id;
    const highlight = cards('==분석 CRM==과 정리', ['user'])[0]?.id;
    assert.ok(anki !== undefined && highlight !== undefined && anki !== highlight, 'an Anki cloze and a highlight are different cards');
  });
});

describe('퀴즈 카드 세부: 그 밖의 경우', () => {
  it('완전하지 않은 목록의 N은 노트 항목 수, 셋까지', () => {
    const [card] = cards('CRM의 등장 배경:\n- 시장 환경의 변화\n- 고객 욕구의 다양화', ['list']);
    assert.equal(card?.front, 'CRM의 등장 배경 중 2가지를 쓰시오.');
    assert.equal(card?.required, 2);
    assert.equal(card?.answers.length, 4);
  });
  it('소리를 모르는 낱말(Excel)은 조사를 따지지 않는다', () => {
    const [card] = cards('Excel이란 표 계산 프로그램이다.', ['cloze']);
    assert.deepEqual([card?.front, card?.answers, card?.hint], ['___이란 표 계산 프로그램이다.', ['Excel'], 'E____']);
  });
  it('빈 Anki cloze만 있는 문단은 아무 카드도 아니다', () => {
    assert.deepEqual(cards('{{c1:: }}가치 = 편익 - 가격', ['user', 'formula']), []);
  });
  it('Anki cloze가 있으면 ==강조==는 글자 그대로', () => {
    assert.deepEqual(asked(cards('{{c1::분석 CRM}}과 ==운영 CRM==', ['user'])), [['___과 ==운영 CRM==', ['분석 CRM']]]);
  });
  it('용어집 목록 항목만 언급해도 그 목록과 맞춘다 (도둑형 → 불량고객)', () => {
    const [card] = cards('나쁜 고객:\n- 도둑형\n- 호전형', ['list']);
    assert.equal(card?.fact, 'bad-customer:enumeration:불량고객의 유형');
    assert.equal(card?.terms[0], 'bad-customer');
    assert.equal(card?.chapter, 'ch05.s4');
  });
});

describe('퀴즈 카드 세부: 이끄는 말의 쌍점과 이스케이프', () => {
  it('제목이 목록의 이름이면 표 머리글(이름 | 설명)이 아니라 제목으로 묻는다', () => {
    const [card] = cards('## 모바일 비즈니스의 특징\n| 이름 | 설명 |\n|---|---|\n| 편재성 | 어디서나 |\n| 접근성 | 언제나 |', ['list']);
    assert.equal(card?.front, '모바일 비즈니스의 특징을 모두 쓰시오.');
    assert.equal(card?.fact, 'mobile-business:enumeration:모바일 비즈니스의 특성');
  });
  it('화살표 줄의 이끄는 말은 마지막 쌍점까지', () => {
    assert.deepEqual(asked(cards('메모: 관계 단계: 인지 → 탐색 → 확장', ['sequence'])), [['메모: 관계 단계를 순서대로 쓰시오.', ['인지', '탐색', '확장']]]);
  });
  it('이스케이프한 글자(\\*)와 엔티티(&amp;)는 글자로 읽는다', () => {
    const [card] = cards('과일 종류:\n- \\*별표\\* 사과\n- 배 &amp; 감', ['list']);
    assert.deepEqual([card?.answers, card?.back], [['*별표* 사과', '배 & 감'], '*별표* 사과\n배 & 감']);
  });
});

describe('퀴즈 카드 세부: 어디서 읽는가', () => {
  it('제목, 표 칸, 목록 항목, 인용 속 용어도 용어 카드가 된다 (제목 줄의 카드는 그 제목이 맥락)', () => {
    const [heading] = cards('## 불량고객\n본문', ['definition']);
    assert.deepEqual([heading?.front, heading?.source.line, heading?.context], ['불량고객의 정의는?', 0, ['불량고객']]);
    const got = cards('| 이름 | 설명 |\n|---|---|\n| 불량고객 | 나쁨 |\n\n- 로열티\n\n> CRM 인용', ['definition']);
    assert.deepEqual(got.map((c) => [c.front, c.source.line]), [['불량고객의 정의는?', 2], ['로열티의 정의는?', 4], ['CRM의 정의는?', 6]]);
  });
  it('목록이나 표의 이끄는 말은 그 뒤의 표나 목록으로 이어지지 않는다', () => {
    assert.deepEqual(fronts(cards('## 과일\n과일 종류:\n- 사과\n- 배\n\n| 이름 | 설명 |\n|---|---|\n| 가나 | 나 |\n| 다라 | 라 |', ['list'])), ['과일 종류를 모두 쓰시오.', '이름을 모두 쓰시오.']);
    assert.deepEqual(fronts(cards('과일 종류:\n\n| 이름 | 설명 |\n|---|---|\n| 가나 | 나 |\n| 다라 | 라 |\n\n- 사과\n- 배', ['list'])), ['과일 종류를 모두 쓰시오.']);
  });
});
