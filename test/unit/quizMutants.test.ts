// Quiz details that the mutation run over src/core/quiz found untested (docs/mutation.md): exact
// cards for edge cases of the note reader and the card builders, the exact text of the exports,
// the pattern functions' edges, ids that must not change between versions (review history keys
// on them). Fixtures that need a particular glossary build it inside the test, so the per-glossary
// caches (the term index, the owners of list items) are computed by that test.
import * as assert from 'node:assert/strict';
import { parseGlossary } from '../../src/core/glossary/parse';
import type { FactItem, Term } from '../../src/core/glossary/types';
import { Note } from '../../src/core/notes/note';
import { type Card, type CardType, cardTypeNamed, generateCards, noteTitle, safeFileName, toAnki, toMarkdown } from '../../src/core/quiz';
import { distractorsFor, spellingKeys } from '../../src/core/quiz/choice';
import { FactIndex, spellingsOf } from '../../src/core/quiz/facts';
import { sequenceQuestion } from '../../src/core/quiz/grammar';
import { arrowsIn, definingIn, formulaIn, looksVerbal, userPairIn } from '../../src/core/quiz/patterns';
import { STRONG_CLOSE, STRONG_OPEN } from '../../src/core/quiz/read';
import { splitBrackets } from '../../src/core/quiz/text';
import { type GlossarySnapshot, buildSnapshot } from '../../src/core/service';
import { bundledSnapshot } from './helpers';

/** The cards of a note, against the bundled glossary. */
function cards(text: string, types?: CardType[]): Card[] {
  const { glossary, index } = bundledSnapshot();
  return generateCards(new Note(text, index), 'note.md', glossary, types === undefined ? {} : { types });
}

/** The cards of a note against a glossary of its own. */
function cardsWith(snapshot: GlossarySnapshot, text: string, types?: CardType[]): Card[] {
  return generateCards(new Note(text, snapshot.index), 'note.md', snapshot.glossary, types === undefined ? {} : { types });
}

/** `[front, answers]` of each card: what the student is asked and what is graded. */
function asked(list: readonly Card[]): Array<[string, readonly string[]]> {
  return list.map((c) => [c.front, c.answers]);
}

const CHAPTERS = [
  { id: 'crm', title: '고객관계관리', order: 0 },
  { id: 's1', title: '1절 로열티', order: 1, parent: 'crm' },
  { id: 's2', title: '2절 만족', order: 2, parent: 'crm' },
];

/** A glossary of only these terms (no bundled terms), built afresh. */
function glossaryOf(terms: unknown[]): GlossarySnapshot {
  const parsed = parseGlossary(JSON.stringify({ formatVersion: 1, chapters: CHAPTERS, terms }), 'test.glossary.json', 'bundled');
  assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  return buildSnapshot([parsed]);
}

const strong = (text: string): string => `${STRONG_OPEN}${text}${STRONG_CLOSE}`;

/** A card for the exporters: only what a test names differs from a plain definition card. */
function card(more: Partial<Card>): Card {
  return {
    id: 'c1', type: 'definition', front: '로열티의 정의는?', back: '다시 찾는 마음.', answers: ['다시 찾는 마음.'],
    source: { file: 'ch4.md', line: 0 }, context: [], terms: [], chapter: undefined, ...more,
  };
}

describe('퀴즈 돌연변이: 물음표 줄로 나눈 카드 (multi-line user cards)', () => {
  it('마지막 줄의 물음표는 질문과 답을 나누지 않는다 (그 위 줄은 따로 읽는다)', () => {
    const got = cards('로열티란 고객이 특정 서비스를 꾸준히 다시 이용하고 싶어 하는 깊은 관여이다.\n?', ['cloze', 'user']);
    assert.deepEqual(asked(got), [['___란 고객이 특정 서비스를 꾸준히 다시 이용하고 싶어 하는 깊은 관여이다.', ['로열티']]]);
  });
  it('첫 줄의 물음표는 질문의 일부, 나누는 것은 그다음 물음표 줄', () => {
    const got = cards('?\n고객 이탈의 첫째 원인은\n?\n불만', ['user']);
    assert.deepEqual(got.map((c) => [c.type, c.front, c.back, c.answers, c.source.line]), [['user', '?\n고객 이탈의 첫째 원인은', '불만', ['불만'], 0]]);
  });
  it('빈 그림 줄은 질문과 답에 빈 줄을 남기지 않고, 질문이 비면 카드가 없다', () => {
    const got = cards('고객 이탈의 첫째 원인은\n![](a.png)\n?\n불만\n![](b.png)', ['user']);
    assert.deepEqual(got.map((c) => [c.front, c.back]), [['고객 이탈의 첫째 원인은', '불만']]);
    assert.deepEqual(cards('![](a.png)\n?\n불만', ['user']), []);
  });
});

describe('퀴즈 돌연변이: 빈칸 표시 (Anki clozes, highlights)', () => {
  it('두 자리 번호의 Anki 빈칸 {{c10::…}}', () => {
    const got = cards('{{c10::로열티}}는 다시 찾는 마음이다.', ['user']);
    assert.deepEqual(asked(got), [['___는 다시 찾는 마음이다.', ['로열티']]]);
    assert.equal(got[0]?.back, '로열티는 다시 찾는 마음이다.');
  });
  it('강조가 넷째 줄 끝에 있으면 카드의 줄은 넷째 줄', () => {
    const got = cards('고객 관리\n오래 가는 관계\n첫 거래 뒤\n핵심은 ==유지==\n다음 줄', ['user']);
    assert.deepEqual(got.map((c) => [c.front, c.source.line]), [['고객 관리\n오래 가는 관계\n첫 거래 뒤\n핵심은 ___\n다음 줄', 3]]);
  });
  it('빈 그림으로 끝나는 강조 문단의 앞뒤는 비운다', () => {
    const got = cards('핵심은 ==유지==\n![](a.png)', ['user']);
    assert.deepEqual(got.map((c) => [c.front, c.back]), [['핵심은 ___', '핵심은 유지']]);
  });
});

describe('퀴즈 돌연변이: 코드가 닿은 줄 (HOLE)', () => {
  it('인라인 코드가 있는 줄은 정의도 수치도 만들지 않는다', () => {
    assert.deepEqual(cards('신규 고객 비용은 `기존` 고객 유지 비용의 5배 이상이다.', ['cloze']), []);
    assert.deepEqual(cards(`**로열티**: \`loyalty\` 다시 찾는 마음`, ['cloze']), []);
  });
});

describe('퀴즈 돌연변이: 제목 번호와 이끄는 말 (heading leads)', () => {
  it('제목의 번호(12., 3., 2.10, 4)는 목록 질문에 넣지 않는다', () => {
    for (const heading of ['12. 불량고객의 유형', '3. 불량고객의 유형', '2.10 불량고객의 유형', '4 불량고객의 유형']) {
      const [got] = cards(`## ${heading}\n- 도둑형\n- 호전형`, ['list']);
      assert.equal(got?.front, '불량고객의 유형을 모두 쓰시오.', heading);
      assert.deepEqual(got?.context, [heading]);
    }
  });
  it('제목 가운데의 숫자는 번호가 아니다', () => {
    const [got] = cards('## 고객 유지 4 요소\n- 신뢰\n- 몰입', ['list']);
    assert.equal(got?.front, '고객 유지 4 요소를 모두 쓰시오.');
  });
  it('쌍점 앞의 공백은 이끄는 말에 넣지 않는다', () => {
    const [got] = cards('불량고객의 유형 :\n- 도둑형\n- 호전형', ['list']);
    assert.equal(got?.front, '불량고객의 유형을 모두 쓰시오.');
  });
  it('점이 든 이끄는 말(e-CRM 2.0의 특징)도 이끄는 말, 문장 부호로 끝나면 아니다', () => {
    const [got] = cards('e-CRM 2.0의 특징\n- 신뢰\n- 몰입', ['list']);
    assert.equal(got?.front, 'e-CRM 2.0의 특징을 모두 쓰시오.');
    assert.deepEqual(cards('e-CRM 2.0의 특징.\n- 신뢰\n- 몰입', ['list']), []);
  });
  it('명사로 끝나는 이끄는 말 아래에서는 서술형 항목도 나열', () => {
    const [got] = cards('CRM의 장점\n- 고객 만족도가 높아짐\n- 비용이 줄어듦', ['list']);
    assert.deepEqual([got?.front, got?.answers], ['CRM의 장점을 모두 쓰시오.', ['고객 만족도가 높아짐', '비용이 줄어듦']]);
  });
  it('항목 없이 바로 하위 목록이 오는 항목은 이끄는 말이 없다', () => {
    const [got] = cards('- - 도둑형\n  - 호전형', ['list']);
    assert.deepEqual([got?.front, got?.source.line], ['불량고객의 유형을 모두 쓰시오.', 0]);
  });
  it('다섯 낱말 항목은 공백이 두 칸이어도 다섯 낱말', () => {
    const [got] = cards('고객 관리의 요소:\n- 고객  확보 전략 수립 방법\n- 고객 유지', ['list']);
    assert.deepEqual(got?.answers, ['고객  확보 전략 수립 방법', '고객 유지']);
  });
});

describe('퀴즈 돌연변이: 순서 카드 (sequence)', () => {
  it('순서 카드만 원해도 번호 목록의 순서 카드', () => {
    const got = cards('고객관계의 발전 단계\n1. 잠재고객\n2. 첫 거래\n3. 단골', ['sequence']);
    assert.deepEqual(asked(got), [['고객관계의 발전 단계를 순서대로 쓰시오.', ['잠재고객', '첫 거래', '단골']]]);
  });
  it('제목 번호의 여러 모양(제3장, 12., 3-12., 3 장)을 빼고 주제로', () => {
    for (const heading of ['제3장 빅데이터 처리', '12. 빅데이터 처리', '3-12. 빅데이터 처리', '3 장 빅데이터 처리']) {
      const [got] = cards(`## ${heading}\n데이터 소스 → 데이터 수집 → 데이터 분석`, ['sequence']);
      assert.equal(got?.front, '다음 단계를 순서대로 쓰시오: 빅데이터 처리', heading);
    }
  });
  it('번호가 아닌 숫자(가운데의 3, Part2.)는 제목에 남는다', () => {
    const [middle] = cards('## 빅데이터 처리 3 단계\n데이터 소스 → 데이터 수집 → 데이터 분석', ['sequence']);
    assert.equal(middle?.front, '다음 단계를 순서대로 쓰시오: 빅데이터 처리 3 단계');
    const [part] = cards('## Part2. 빅데이터 처리\n데이터 소스 → 데이터 수집 → 데이터 분석', ['sequence']);
    assert.equal(part?.front, '다음 단계를 순서대로 쓰시오: Part2. 빅데이터 처리');
  });
  it('화살표 줄은 수치 빈칸을 만들지 않는다', () => {
    const got = cards('관계 발전 단계: 첫 1회 구매 → 2회 구매 → 3회 이상 구매', ['sequence', 'cloze']);
    assert.deepEqual(got.map((c) => c.type), ['sequence']);
  });
  it('이끄는 말이 한 단계를 보여 주면 카드가 없다', () => {
    assert.deepEqual(cards('고객 유지 과정: 고객 확보 → 고객 유지 → 고객 강화', ['sequence']), []);
  });
});

describe('퀴즈 돌연변이: 공식 (formula)', () => {
  it('공식 줄은 수치 빈칸을 만들지 않는다', () => {
    const got = cards('만족도 = 성과 / 기대 × 100%', ['formula', 'cloze']);
    assert.deepEqual(asked(got), [
      ['___ = 성과 / 기대 × 100%', ['만족도']],
      ['만족도 = ___ / 기대 × 100%', ['성과']],
      ['만족도 = 성과 / ___ × 100%', ['기대']],
    ]);
    assert.deepEqual(got.map((c) => c.terms), [[], [], []]);
  });
});

describe('퀴즈 돌연변이: 정의 문장 (defining sentences)', () => {
  it('가운데에 괄호가 있는 굵은 이름은 괄호째 답', () => {
    const got = cards('**CRM(고객관계관리) 전략**: 고객과의 관계를 관리하는 전략', ['cloze']);
    assert.deepEqual(asked(got), [['___: 고객과의 관계를 관리하는 전략', ['CRM(고객관계관리) 전략']]]);
  });
  it('굵게 써도 참고:, 예: 는 정의가 아니다', () => {
    assert.deepEqual(cards('**참고**: 시험에 자주 나오는 내용', ['cloze']), []);
    assert.deepEqual(cards('예란 다시 찾는 마음의 보기이다.', ['cloze']), []);
  });
  it('네 낱말 굵은 이름은 공백이 두 칸이어도 네 낱말', () => {
    const got = cards('**고객  관계 관리 전략**: 고객과의 관계를 관리하는 전략', ['cloze']);
    assert.deepEqual(asked(got), [['___: 고객과의 관계를 관리하는 전략', ['고객  관계 관리 전략']]]);
  });
  it('괄호 속만 용어인 이름(X(VOC): …)은 정의 카드가 아니다', () => {
    assert.deepEqual(cards('고객 소리(VOC): 고객이 기업에 전하는 불만과 제안', ['cloze']), []);
  });
});

describe('퀴즈 돌연변이: 표 (tables)', () => {
  it('이름 칸이 비거나 코드인 수치 표는 카드가 없다', () => {
    assert.deepEqual(cards('| 항목 | 수치 |\n|---|---|\n| 만족 고객 비율 | 65% |\n|  | 5명 |\n', ['cloze', 'list']), []);
    assert.deepEqual(cards('| 항목 | 수치 |\n|---|---|\n| 만족 고객 비율 | 65% |\n| `x` | 5명 |\n', ['cloze', 'list']), []);
  });
  it('수치가 아닌 칸이 하나라도 있으면 수치 표가 아니다', () => {
    assert.deepEqual(cards('| 구분 | 내용 |\n|---|---|\n| 만족 고객 비율 | 65% |\n| 불만 고객 | 침묵한다 |\n', ['cloze']), []);
  });
  it('수치 표의 행은 머리글과 이름으로 용어집 수치를 찾는다', () => {
    const got = cards('| 고객만족의 중요성 | 수치 |\n|---|---|\n| 기업 수익 중 만족한 고객에게서 나오는 비율 | 65% |\n| 만족고객이 좋은 경험을 전하는 사람 수 | 5명 |\n', ['cloze']);
    assert.deepEqual(got.map((c) => c.fact), [
      'importance-of-customer-satisfaction:figure:기업 수익의 65%는 만족한 고객에게서 나온다.',
      'importance-of-customer-satisfaction:figure:만족한 고객은 그 경험을 다른 사람 5명에게 알린다.',
    ]);
  });
  it('목록 항목 속의 특징 표: 주어가 없으면 카드가 없다', () => {
    assert.deepEqual(cards('- | 특징 | 내용 |\n  |---|---|\n  | 편재성 | 어디서나 |\n  | 접근성 | 언제나 |\n', ['list']), []);
  });
  it('표 위 문단의 긴 말머리(쌍점까지 30자 넘게)는 주어가 아니다: 제목이 주어', () => {
    const [got] = cards('## 모바일 비즈니스\n\n모바일 비즈니스가 고객관계관리에서 중요한 이유와 그 배경을 정리하면: 아래와 같다\n\n| 특징 | 내용 |\n|---|---|\n| 편재성 | 어디서나 |\n| 접근성 | 언제나 |\n', ['list']);
    assert.equal(got?.front, '모바일 비즈니스의 특징을 모두 쓰시오.');
  });
});

describe('퀴즈 돌연변이: 카드의 용어 (card terms)', () => {
  it('목록 항목만 언급해도 그 항목을 가진 용어의 목록을 찾는다 (용어집마다 새로)', () => {
    const g = glossaryOf([
      { id: 'bad', term: '불량고객', definition: '손해를 주는 고객.', chapter: 's2', facts: [{ kind: 'enumeration', title: '불량고객의 유형', items: [{ label: '도둑형', term: 'thief' }, '호전형'] }] },
      { id: 'thief', term: '도둑형', definition: '훔치는 고객.', chapter: 's2' },
    ]);
    const got = cardsWith(g, '- 도둑형\n- 호전형', ['list']);
    assert.deepEqual(got.map((c) => [c.front, c.fact, c.terms]), [['불량고객의 유형을 모두 쓰시오.', 'bad:enumeration:불량고객의 유형', ['bad', 'thief']]]);
  });
  it('사실이 없는 목록, 직접 만든 카드, 정의 빈칸은 본문의 용어만: 일반어는 뒤로', () => {
    assert.deepEqual(cards('CRM의 장점\n- 고객 만족도가 높아짐\n- 비용이 줄어듦', ['list']).map((c) => c.terms), [['crm', 'customer-satisfaction-level']]);
    assert.deepEqual(cards('고객이 보이는 로열티::다시 찾는 마음', ['user']).map((c) => [c.terms, c.chapter]), [[['loyalty', 'customer'], 'ch04.s2']]);
  });
  it('사실의 주인 용어는 본문에 없어도 카드의 용어: 순서, 공식', () => {
    assert.deepEqual(cards('잠재고객 → 첫 거래 → 단골', ['sequence']).map((c) => c.terms), [['customer-relationship-stages', 'prospect', 'first-time-customer', 'regular-patron']]);
    const formula = cards('판매 예측\n\n가중 예상 매출 = 영업 기회 금액 * 성사 확률', ['formula']);
    assert.deepEqual(formula.map((c) => [c.front, c.terms, c.fact]), [
      ['___ = 영업 기회 금액 * 성사 확률', ['sales-forecasting'], 'sales-forecasting:formula:기회별 가중 예상 매출의 산식'],
      ['가중 예상 매출 = ___ * 성사 확률', ['sales-forecasting'], 'sales-forecasting:formula:기회별 가중 예상 매출의 산식'],
      ['가중 예상 매출 = 영업 기회 금액 * ___', ['sales-forecasting'], 'sales-forecasting:formula:기회별 가중 예상 매출의 산식'],
    ]);
  });
  it('글자 그대로 쓴 백틱(\\`…\\`) 속 용어도 용어: 그 속의 숫자는 수치가 아니다', () => {
    const got = cards('\\`2:8법칙\\`에 따르면 상위 20%의 고객이 매출의 80%를 차지한다.', ['cloze']);
    assert.deepEqual(got.map((c) => [c.front, c.terms]), [
      ['`2:8법칙`에 따르면 상위 ___의 고객이 매출의 80%를 차지한다.', ['pareto-rule', 'customer']],
      ['`2:8법칙`에 따르면 상위 20%의 고객이 매출의 ___를 차지한다.', ['pareto-rule', 'customer']],
    ]);
  });
  it('수치에 바로 붙은 용어(20%고객, 충성고객20%)는 수치를 가리지 않는다', () => {
    assert.deepEqual(asked(cards('상위 20%고객이 매출의 80%를 차지한다.', ['cloze'])), [
      ['상위 ___고객이 매출의 80%를 차지한다.', ['20%']],
      ['상위 20%고객이 매출의 ___를 차지한다.', ['80%']],
    ]);
    assert.deepEqual(asked(cards('충성고객20%가 매출의 80%를 차지한다.', ['cloze'])), [
      ['충성고객___가 매출의 80%를 차지한다.', ['20%']],
      ['충성고객20%가 매출의 ___를 차지한다.', ['80%']],
    ]);
  });
});

describe('퀴즈 돌연변이: 모호한 철자 (ambiguous spellings)', () => {
  const ambiguous = (): GlossarySnapshot => glossaryOf([
    { id: 'swot', term: 'SWOT', reading: '스왓', english: 'SWOT Analysis', ambiguous: ['SWOT'], definition: '강점, 약점, 기회, 위협을 보는 분석.', chapter: 's1' },
    { id: 'swot-k', term: '스왓 분석', aliases: ['SWOT'], ambiguous: ['SWOT'], definition: '기업 환경을 네 가지로 나누어 보는 분석.', chapter: 's1' },
  ]);
  it('모호한 철자로 끝나는 이끄는 말은 읽는 법을 모른다: 글자 이름으로 조사', () => {
    assert.deepEqual(cardsWith(ambiguous(), 'SWOT:\n- 강점\n- 약점', ['list']).map((c) => [c.front, c.terms]), [['SWOT를 모두 쓰시오.', []]]);
  });
  it('모호한 좌변의 공식은 다른 철자를 받지 않는다', () => {
    const got = cardsWith(ambiguous(), 'SWOT = 강점 + 약점 + 기회 + 위협', ['formula']);
    assert.deepEqual(got[0]?.front, '___ = 강점 + 약점 + 기회 + 위협');
    assert.equal(got[0]?.accept, undefined);
    assert.deepEqual(got.map((c) => c.terms), [[], [], [], []]);
  });
  it('모호한 이름의 X: … 는 정의가 아니고, 모호한 철자는 카드의 용어가 아니다', () => {
    assert.deepEqual(cardsWith(ambiguous(), 'SWOT: 강점과 약점, 기회와 위협을 함께 보는 분석', ['cloze']), []);
    assert.deepEqual(cardsWith(ambiguous(), '경영 분석 도구::SWOT', ['user']).map((c) => c.terms), [[]]);
  });
});

describe('퀴즈 돌연변이: 이끄는 말의 조사 (readings)', () => {
  it('용어가 이끄는 말의 끝이 아니면 용어의 읽기를 쓰지 않는다: OLAP 도구를', () => {
    assert.deepEqual(cards('OLAP 도구:\n- 드릴다운\n- 슬라이싱', ['list']).map((c) => c.front), ['OLAP 도구를 모두 쓰시오.']);
  });
  it('한글로 끝나는 별칭은 그 소리대로, 표제어의 한글이 끝이 아니면 표제어로 읽지 않는다', () => {
    const g = glossaryOf([
      { id: 'crm-system', term: '고객관계관리 시스템', aliases: ['CRM 도구'], definition: '고객 정보를 관리하는 시스템.', chapter: 's1' },
      { id: 'mcrm', term: '모바일 CRM', english: 'Mobile Relationship Management', definition: '모바일로 하는 고객관계관리.', chapter: 's1' },
    ]);
    assert.deepEqual(cardsWith(g, 'CRM 도구:\n- 데이터 창고\n- 분석 화면', ['list']).map((c) => c.front), ['CRM 도구를 모두 쓰시오.']);
    assert.deepEqual(cardsWith(g, 'Mobile Relationship Management:\n- 데이터 창고\n- 분석 화면', ['list']).map((c) => c.front), ['다음에 해당하는 것을 모두 쓰시오: Mobile Relationship Management']);
  });
});

describe('퀴즈 돌연변이: 용어집 목록의 나머지 항목 (glossary items)', () => {
  it('노트에 없는 항목: 설명이 없으면 이름과 (용어집), 괄호 뺀 이름도 답', () => {
    const g = glossaryOf([
      { id: 'mb', term: '모바일 비즈니스', definition: '무선으로 하는 비즈니스.', chapter: 's1', facts: [{ kind: 'enumeration', title: '모바일 비즈니스의 특성', items: ['보안성', '편리성', '편재성(Ubiquity)', '고객(Customer) 접점'] }] },
    ]);
    const got = cardsWith(g, '모바일 비즈니스의 특성:\n- 보안성\n- 편리성', ['list']);
    assert.deepEqual(got.map((c) => [c.back, c.answers, c.accept]), [[
      '보안성\n편리성\n편재성(Ubiquity) (용어집)\n고객(Customer) 접점 (용어집)',
      ['보안성', '편리성', '편재성(Ubiquity)', '고객(Customer) 접점'],
      [[], [], ['편재성'], []],
    ]]);
  });
  it('빈 괄호가 붙은 노트 항목은 괄호째만 받아 준다', () => {
    const [got] = cards('불량고객의 유형:\n- 도둑형 ( )\n- 호전형', ['list']);
    assert.deepEqual(got?.accept, [['도둑형 ( )'], [], [], [], [], []]);
  });
});

describe('퀴즈 돌연변이: 용어 맞히기의 가림 (masked definitions)', () => {
  const g = (): GlossarySnapshot => glossaryOf([
    { id: 'value', term: '가치', english: 'V', aliases: ['고객 가치'], definition: '고객이 느끼는 편익에서 가격을 뺀 값. 예: VIP 고객의 가치', chapter: 's2' },
    { id: 'cs', term: '만족', aliases: ['고객만족'], definition: '고객만족이란 기대 이상을 느끼는 상태이며, 고객만족은 재구매로 이어진다.', chapter: 's2' },
    { id: 'ars', term: '자동 응답 시스템', definition: '자동응답시스템은 전화를 기계가 받는 체계.', chapter: 's2' },
    { id: 'crmx', term: '고객관계관리', english: 'Customer Relationship Management', definition: 'Customer Relationship Management를 우리말로 옮긴 말.', chapter: 's2' },
  ]);
  it('긴 철자부터, 모두, 띄어쓰기와 영어 이름까지 ○○로 가리고, 한 글자 철자는 두고, 두 글자는 가린다', () => {
    const got = cardsWith(g(), '가치와 만족, 자동 응답 시스템, 고객관계관리를 배운다.', ['reverse']);
    assert.deepEqual(got.map((c) => [c.front.split('\n')[1], c.back, c.accept]), [
      ['고객이 느끼는 편익에서 가격을 뺀 값. 예: VIP 고객의 ○○', '가치', [['고객 가치', 'V']]],
      ['○○이란 기대 이상을 느끼는 상태이며, ○○은 재구매로 이어진다.', '만족', [['고객만족']]],
      ['○○은 전화를 기계가 받는 체계.', '자동 응답 시스템', undefined],
      ['○○를 우리말로 옮긴 말.', '고객관계관리', [['Customer Relationship Management']]],
    ]);
  });
});

describe('퀴즈 돌연변이: 카드의 모양과 id (card shape, stable ids)', () => {
  it('직접 만든 카드에는 없는 칸(choices, required, hint, accept, fact)이 없다', () => {
    const [got] = cards('고객이 보이는 로열티::다시 찾는 마음', ['user']);
    assert.deepEqual(got, {
      id: '1c97c7lcnlu-s', type: 'user', front: '고객이 보이는 로열티', back: '다시 찾는 마음', answers: ['다시 찾는 마음'],
      source: { file: 'note.md', line: 0 }, context: [], terms: ['loyalty', 'customer'], chapter: 'ch04.s2',
    });
  });
  it('카드 id는 판이 바뀌어도 같다 (복습 기록이 id에 달려 있다): 빈칸 표시, 이끄는 말 없는 순서, 수치 표', () => {
    assert.deepEqual(cards('{{c10::로열티}}는 다시 찾는 마음이다.', ['user']).map((c) => c.id), ['towlfuegr6-p']);
    assert.deepEqual(cards('핵심은 ==유지==\n다음 줄', ['user']).map((c) => c.id), ['1dlofakjtfp-k']);
    assert.deepEqual(cards('## 제3장 빅데이터 처리\n데이터 소스 → 데이터 수집 → 데이터 분석', ['sequence']).map((c) => c.id), ['1y1eghwdfhb-u']);
    const table = cards('| 고객만족의 중요성 | 수치 |\n|---|---|\n| 기업 수익 중 만족한 고객에게서 나오는 비율 | 65% |\n| 만족고객이 좋은 경험을 전하는 사람 수 | 5명 |\n', ['cloze']);
    assert.deepEqual(table.map((c) => c.id), ['1ewn60h1786d-18', '10vgxksh91a-14']);
  });
});

describe('퀴즈 돌연변이: 순서 카드만 원할 때의 표 (sequence-only tables)', () => {
  it('용어집 순서와 같은 표는 순서 카드만 원해도 순서 카드', () => {
    const table = '고객관계의 발전 단계:\n\n| 단계 | 설명 |\n|---|---|\n| 잠재고객 | 아직 거래 없음 |\n| 첫 거래 | 처음 구매 |\n| 단골 | 자주 구매 |\n';
    const both = cards(table, ['list', 'sequence']);
    assert.deepEqual(asked(both), [['고객관계의 발전 단계를 순서대로 쓰시오.', ['잠재고객', '첫 거래', '단골']]]);
    assert.deepEqual(cards(table, ['sequence']), both);
  });
});

describe('퀴즈 돌연변이: 문형 함수의 가장자리 (pattern edges)', () => {
  it('looksVerbal: 끝의 공백은 보지 않는다', () => {
    assert.equal(looksVerbal('개선됨 '), true);
    assert.equal(looksVerbal('고객 유지 '), false);
  });
  it('arrowsIn: 쌍점 앞 공백, 마침표 앞 공백, 단계 속의 소수점', () => {
    assert.deepEqual(arrowsIn('고객관계의 발전 : 잠재고객 → 첫 거래 → 단골'), { lead: '고객관계의 발전', steps: ['잠재고객', '첫 거래', '단골'] });
    assert.deepEqual(arrowsIn('관계 단계: 인지 → 탐색 → 확장 .')?.steps, ['인지', '탐색', '확장']);
    assert.deepEqual(arrowsIn('발전 단계: CRM 1.0 → CRM 2.0 → CRM 3.0')?.steps, ['CRM 1.0', 'CRM 2.0', 'CRM 3.0']);
  });
  it('arrowsIn: 다섯 낱말 단계는 공백이 두 칸이어도 다섯 낱말, 닫는 괄호가 먼저 오면 괄호가 맞지 않는다', () => {
    assert.deepEqual(arrowsIn('관계 단계: 잠재고객 → 첫  구매 후 재구매 고객 → 단골')?.steps, ['잠재고객', '첫  구매 후 재구매 고객', '단골']);
    assert.equal(arrowsIn('관계 단계: 인지) (탐색 → 확장 → 유지'), undefined);
  });
  it('formulaIn: 쌍점 뒤, 등호 앞뒤에 공백이 없어도', () => {
    assert.deepEqual(formulaIn('공식:가치 = 편익 - 가격'), { left: '가치', right: '편익 - 가격', operands: ['편익', '가격'] });
    assert.deepEqual(formulaIn('가치= 편익 - 가격'), { left: '가치', right: '편익 - 가격', operands: ['편익', '가격'] });
    assert.deepEqual(formulaIn('가치 =편익 - 가격'), { left: '가치', right: '편익 - 가격', operands: ['편익', '가격'] });
  });
  it('formulaIn: 우변의 소수점은 그대로, 네 낱말 좌변은 공백이 두 칸이어도 네 낱말', () => {
    assert.deepEqual(formulaIn('할인액 = 0.5 × 가격'), { left: '할인액', right: '0.5 × 가격', operands: ['가격'] });
    assert.equal(formulaIn('고객  생애 가치 총액 = 매출 - 비용')?.left, '고객  생애 가치 총액');
  });
  it('definingIn: 굵은 이름의 앞뒤 공백, 쌍점 뒤 공백 없음, 란·는 뒤의 두 칸 공백', () => {
    assert.deepEqual(definingIn(`${strong(' 로열티 ')}: 고객이 다시 찾는 마음`), { label: '로열티', end: 3, how: 'bold', particle: undefined });
    assert.deepEqual(definingIn('모바일 비즈니스:무선 네트워크로 이루어지는 비즈니스'), { label: '모바일 비즈니스', end: 8, how: 'colon', particle: undefined });
    assert.deepEqual(definingIn('로열티란  고객이 특정 서비스를 다시 찾는 마음이다'), { label: '로열티', end: 3, how: 'ran', particle: '란' });
    assert.deepEqual(definingIn('로열티는  고객이 다시 찾는 마음을 말한다'), { label: '로열티', end: 3, how: 'topic', particle: '는' });
  });
  it('definingIn: 쉼표 뒤에서 시작하는 주제는 정의가 아니다', () => {
    assert.equal(definingIn('한편, 로열티는 고객이 다시 찾는 마음을 말한다'), undefined);
  });
  it('userPairIn: 두 자리 Anki 빈칸, ::: 뒤나 공백 앞에서 끝난 URL', () => {
    assert.equal(userPairIn('{{c12::로열티}}'), undefined);
    assert.deepEqual(userPairIn('CRM 자료 ::: https://example.com/crm'), { front: 'CRM 자료', back: 'https://example.com/crm', both: true });
    assert.deepEqual(userPairIn('https://example.com ::: 예시 사이트'), { front: 'https://example.com', back: '예시 사이트', both: true });
  });
  it('userPairIn: 영문자 둘로 끝나고 영문자 둘로 시작할 때만 코드 경로 (CRM의 뜻::Customer, ROI::투자, ABC::A급)', () => {
    assert.deepEqual(userPairIn('CRM의 뜻::Customer Relationship Management'), { front: 'CRM의 뜻', back: 'Customer Relationship Management', both: false });
    assert.deepEqual(userPairIn('ROI::투자 대비 수익 (Return)'), { front: 'ROI', back: '투자 대비 수익 (Return)', both: false });
    assert.deepEqual(userPairIn('ABC::A급 고객'), { front: 'ABC', back: 'A급 고객', both: false });
    assert.equal(userPairIn('std::vector'), undefined);
  });
});

describe('퀴즈 돌연변이: 내보내기의 정확한 글자 (export text)', () => {
  it('Anki: 줄 첫머리의 #만 엔티티로, 가운데의 #은 그대로', () => {
    const text = toAnki([card({ front: 'C# 고객 관리의 정의는?', back: '#해시 태그로 묶은 고객' })], { deck: 'CRM' });
    assert.equal(text.split('\n')[5], 'C# 고객 관리의 정의는?\t&#35;해시 태그로 묶은 고객');
  });
  it('마크다운: 줄 첫머리의 목록 표시만 글자로 (가운데의 - 와 3. 은 그대로, 두 자리 번호도)', () => {
    const page = toMarkdown([card({ front: '가격 - 할인\n12. 항목\n가1. 나\nCRM 3. 분석', back: '- 답\n2) 둘째' })], '모음');
    assert.deepEqual(page.split('\n').slice(4, 8), ['가격 - 할인  ', '12\\. 항목  ', '가1. 나  ', 'CRM 3. 분석  ']);
    assert.ok(page.includes('\n\\- 답  \n2\\) 둘째  \n'), page);
  });
  it('safeFileName: 점 여럿은 하나로, 끝의 점과 공백을 모두 떼고서 예약 이름을 막는다', () => {
    assert.equal(safeFileName('고객..관리'), '고객.관리');
    assert.equal(safeFileName('nul . '), '_nul');
  });
  it('safeFileName: 150바이트는 UTF-8 크기로 센다 (2바이트 U+0080, 3바이트 U+0800, 4바이트 U+10000부터)', () => {
    assert.equal(safeFileName('\u0080'.repeat(100)), '\u0080'.repeat(75));
    assert.equal(safeFileName('\u0800'.repeat(60)), '\u0800'.repeat(50));
    assert.equal(safeFileName('\u{10000}'.repeat(50)), '\u{10000}'.repeat(37));
    assert.equal(safeFileName('\u007e'.repeat(200)), '\u007e'.repeat(150));
    assert.equal(safeFileName('\u07ff'.repeat(100)), '\u07ff'.repeat(75));
    assert.equal(safeFileName('\uffee'.repeat(60)), '\uffee'.repeat(50));
  });
});

describe('퀴즈 돌연변이: 덱, 유형 이름, 문형 (deck, names, grammar)', () => {
  it('noteTitle: 제목 앞뒤의 전각 공백은 빼고, 빈 제목이면 파일 이름, 확장자는 끝의 .md만', () => {
    assert.equal(noteTitle('# \u3000고객로열티\u3000\n본문', 'notes/ch4.md'), '고객로열티');
    assert.equal(noteTitle('#  \n본문', 'notes/ch4.md'), 'ch4');
    assert.equal(noteTitle('본문', 'notes/4장.md.txt'), '4장.md.txt');
  });
  it('cardTypeNamed: 유형 코드 자체(user, reverse, choice)', () => {
    assert.deepEqual(['user', 'reverse', 'choice', ' USER '].map(cardTypeNamed), ['user', 'reverse', 'choice', 'user']);
  });
  it('sequenceQuestion: 가운데의 순서는 떼지 않는다', () => {
    assert.equal(sequenceQuestion('관계 순서 단계'), '관계 순서 단계를 순서대로 쓰시오.');
  });
});

describe('퀴즈 돌연변이: 오답, 철자, 사실 찾기 (choice, text, facts)', () => {
  const term = (id: string, name: string, chapter: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({ id, term: name, definition: `${name}에 대한 뜻풀이.`, chapter, ...more });
  it('spellingKeys: 접으면 빈 철자(-)는 철자가 아니다', () => {
    const g = glossaryOf([term('loyalty', '로열티', 's1', { aliases: ['충성도'] })]);
    const loyalty = g.glossary.terms.get('loyalty') as Term;
    assert.deepEqual([...spellingKeys({ ...loyalty, aliases: ['-', ...loyalty.aliases, ' '] })], ['로열티', '충성도']);
  });
  it('distractorsFor: 씨앗마다 정해진 같은 절 오답', () => {
    const g = glossaryOf([term('loyalty', '로열티', 's1'), ...['신뢰', '몰입', '헌신', '관여', '애착', '만족', '추천'].map((name, i) => term(`t${i}`, name, 's1'))]);
    const picks = [0, 1, 2, 3].map((seed) => distractorsFor(g.glossary.terms.get('loyalty') as Term, g.glossary, '질문', seed)?.map((t) => t.term));
    assert.deepEqual(picks, [['몰입', '신뢰', '관여'], ['신뢰', '몰입', '추천'], ['관여', '헌신', '몰입'], ['애착', '만족', '추천']]);
  });
  it('splitBrackets: 두 줄에 걸친 이름은 나누지 않는다', () => {
    assert.deepEqual(splitBrackets('고객\n관리(CRM)'), { main: '고객\n관리(CRM)', inner: undefined });
  });
  it('spellingsOf: 접으면 빈 받아 주는 답(-)은 빼고', () => {
    const item: FactItem = { label: '도둑형', detail: undefined, term: undefined, answer: '도둑형', accept: ['-', '도둑'] };
    assert.deepEqual(spellingsOf(item), ['도둑형', '도둑']);
  });
  const facts = (): GlossarySnapshot => glossaryOf([
    term('stage', '관계 단계', 's1', { facts: [{ kind: 'sequence', title: '관계 발전', steps: ['잠재고객', '첫 거래', '단골'] }] }),
    term('loyal', '충성 고객', 's1', {
      facts: [
        { kind: 'figure', statement: '충성 고객은 일반 고객보다 5배 더 많이 구매한다.', value: '5배' },
        { kind: 'figure', statement: '충성 고객은 3배 더 산다.', value: '3배' },
        { kind: 'figure', statement: '충성 고객은 3배 더 온다.', value: '3배' },
        { kind: 'figure', statement: 'NPS 50%', value: '50%' },
      ],
    }),
  ]);
  it('matchList: 종류를 정해도 제목이 같으면 한 항목만 같아도 그 사실', () => {
    assert.equal(new FactIndex(facts().glossary, ['stage']).matchList('관계 발전', ['잠재고객', '사기형'], 'sequence')?.fact.key, 'stage:sequence:관계 발전');
  });
  it('matchFigure: 음절쌍이 딱 1/5이어도, 같은 수만큼 같으면 앞의 사실, 한글 없는 문장은 찾지 않는다', () => {
    const index = new FactIndex(facts().glossary, []);
    // 충성 고객은 일반 고객보다 5배 더 많이 구매한다: 10 pairs; 충성, 고객 are 2 of them.
    assert.equal(index.matchFigure('5배', '충성 고객 5배')?.key, 'loyal:figure:충성 고객은 일반 고객보다 5배 더 많이 구매한다.');
    assert.equal(index.matchFigure('3배', '충성 고객 3배')?.key, 'loyal:figure:충성 고객은 3배 더 산다.');
    assert.equal(index.matchFigure('50%', 'NPS 50%'), undefined);
  });
});
