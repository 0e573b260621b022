import * as assert from 'node:assert/strict';
import { Note } from '../../src/core/notes/note';
import { type Card, type CardType, generateCards, summarize } from '../../src/core/quiz';
import { attach, listQuestion, sequenceQuestion } from '../../src/core/quiz/grammar';
import { hintOf } from '../../src/core/quiz/text';
import { timeBudget } from './budget';
import { bundledSnapshot, withUserGlossary } from './helpers';

function cards(text: string, types?: CardType[], seed?: number): Card[] {
  const { glossary, index } = bundledSnapshot();
  return generateCards(new Note(text, index), 'note.md', glossary, { ...(types === undefined ? {} : { types }), ...(seed === undefined ? {} : { seed }) });
}

/** `[front, answers]` of each card: what the student is asked and what is graded. */
function asked(list: readonly Card[]): Array<[string, readonly string[]]> {
  return list.map((c) => [c.front, c.answers]);
}

const NOTE_TYPES: CardType[] = ['cloze', 'list', 'sequence', 'formula', 'user'];

describe('퀴즈 카드: 빈칸 (cloze)', () => {
  it('수치를 빈칸으로: 5배, 65%, 1/3, 3개월, 연도', () => {
    const got = cards(
      [
        '신규 고객을 얻는 비용은 기존 고객을 유지하는 비용의 5배 이상이 든다.',
        '',
        '침묵하는 고객은 1/3만이 다시 돌아온다.',
        '',
        '휴면 고객은 3개월 동안 거래가 없는 고객을 말한다.',
        '',
        '레빗은 1960년 하버드 비즈니스 리뷰에 마케팅 근시안을 발표했다.',
      ].join('\n'),
      ['cloze'],
    );
    assert.deepEqual(asked(got), [
      ['신규 고객을 얻는 비용은 기존 고객을 유지하는 비용의 ___ 이상이 든다.', ['5배']],
      ['침묵하는 고객은 ___만이 다시 돌아온다.', ['1/3']],
      ['___은 3개월 동안 거래가 없는 고객을 말한다.', ['휴면 고객']],
      ['휴면 고객은 ___ 동안 거래가 없는 고객을 말한다.', ['3개월']],
      ['레빗은 ___ 하버드 비즈니스 리뷰에 마케팅 근시안을 발표했다.', ['1960년']],
    ]);
    assert.equal(got[0]?.back, '신규 고객을 얻는 비용은 기존 고객을 유지하는 비용의 5배 이상이 든다.');
    assert.equal(got[0]?.fact, 'customer-retention:figure:새로운 고객을 끌어들이는 데 드는 비용은 기존 고객을 유지하는 데 드는 비용의 5배 이상이다.');
    assert.equal(got[1]?.fact, 'customer-retention:figure:불만이 있어도 불평 없이 침묵하는 고객은 1/3만이 다시 돌아온다.');
    assert.equal(got[4]?.fact, 'marketing-myopia:figure:레빗은 1960년 하버드 비즈니스 리뷰에 마케팅 근시안을 발표했다.');
    assert.deepEqual(got.map((c) => c.source.line), [0, 2, 4, 4, 6]);
  });
  it('용어 이름 속의 숫자는 수치가 아니다: 2:8법칙', () => {
    assert.deepEqual(asked(cards('2:8법칙에 따르면 상위 20%의 고객이 매출의 80%를 차지한다.', ['cloze'])), [
      ['2:8법칙에 따르면 상위 ___의 고객이 매출의 80%를 차지한다.', ['20%']],
      ['2:8법칙에 따르면 상위 20%의 고객이 매출의 ___를 차지한다.', ['80%']],
    ]);
  });
  it('정의하는 문장의 핵심 용어: X란 …, X는 …을 말한다, X: …, **X**: …', () => {
    const got = cards(
      [
        '로열티란 고객이 특정 서비스를 꾸준히 다시 이용하고 싶어 하는 깊은 관여이다.',
        '',
        '고객생애가치는 고객이 거래 기간 전체에 걸쳐 가져다주는 이익의 합을 말한다.',
        '',
        '모바일 비즈니스: 무선 네트워크와 이동 가능한 디바이스로 이루어지는 비즈니스',
        '',
        '**관계마케팅**: 고객과 장기적인 관계를 맺고 유지하는 마케팅',
      ].join('\n'),
      ['cloze'],
    );
    assert.deepEqual(asked(got), [
      ['___란 고객이 특정 서비스를 꾸준히 다시 이용하고 싶어 하는 깊은 관여이다.', ['로열티']],
      ['___는 고객이 거래 기간 전체에 걸쳐 가져다주는 이익의 합을 말한다.', ['고객생애가치']],
      ['___: 무선 네트워크와 이동 가능한 디바이스로 이루어지는 비즈니스', ['모바일 비즈니스']],
      ['___: 고객과 장기적인 관계를 맺고 유지하는 마케팅', ['관계마케팅']],
    ]);
    assert.equal(got[0]?.hint, 'ㄹㅇㅌ');
    assert.ok(got[0]?.accept?.[0]?.includes('충성도'), 'the glossary aliases are accepted');
    assert.equal(got[2]?.hint, 'ㅁㅂㅇ ㅂㅈㄴㅅ');
  });
  it('용어가 아닌 꼬리표(공식:, 참고:)나 일반어는 정의로 보지 않는다', () => {
    assert.deepEqual(asked(cards('참고: 시험에 자주 나오는 내용이니 꼭 외워 둘 것\n\n고객은 기업의 제품을 사는 사람을 말한다.', ['cloze'])), []);
  });
  it('조사가 맞지 않으면 정의 문장이 아니다: 시장가는 …', () => {
    assert.deepEqual(asked(cards('로열티은 고객이 다시 찾고 싶어 하는 마음을 말한다.', ['cloze'])), []);
  });
});

describe('퀴즈 카드: 나열 (list)', () => {
  it('이끄는 줄 + 번호 목록: 불량고객의 유형 → 여섯 항목, 용어집 사실과 연결', () => {
    const [card, ...rest] = cards('## 고객의 퇴출\n불량고객의 유형\n1. 도둑형\n2. 규칙위반형\n3. 호전형\n4. 내분형\n5. 파괴형\n6. 신용불량형\n', ['list', 'sequence']);
    assert.equal(rest.length, 0);
    assert.equal(card?.type, 'list');
    assert.equal(card?.front, '불량고객의 유형을 모두 쓰시오.');
    assert.deepEqual(card?.answers, ['도둑형', '규칙위반형', '호전형', '내분형', '파괴형', '신용불량형']);
    assert.equal(card?.fact, 'bad-customer:enumeration:불량고객의 유형');
    assert.equal(card?.required, undefined);
    assert.deepEqual(card?.context, ['고객의 퇴출']);
    assert.equal(card?.chapter, 'ch05.s4');
    assert.equal(card?.terms[0], 'bad-customer');
  });
  it('콜론으로 끝나는 줄 + 글머리표, 항목의 괄호는 채점에서 빼고 받아 준다', () => {
    const [card] = cards('모바일 비즈니스의 특성:\n- 편재성(Ubiquity)\n- 접근성(Reachability)\n- 보안성\n', ['list']);
    assert.equal(card?.front, '모바일 비즈니스의 특성을 모두 쓰시오.');
    assert.deepEqual(card?.answers.slice(0, 3), ['편재성', '접근성', '보안성']);
    assert.equal(card?.fact, 'mobile-business:enumeration:모바일 비즈니스의 특성');
    assert.deepEqual(card?.accept?.[0], ['편재성(Ubiquity)', 'Ubiquity', '유비쿼터스']);
    // The glossary lists three more: the card grades them too.
    assert.deepEqual(card?.answers.slice(3), ['편리성', '위치성', '즉시연결성']);
  });
  it('완전하지 않은 목록(exhaustive: false)은 "N가지를 쓰시오"', () => {
    const [card] = cards('CRM의 등장 배경:\n- 시장 환경의 변화\n- 고객 욕구의 다양화\n- 정보기술의 발전\n- 마케팅 패러다임의 변화\n', ['list']);
    assert.equal(card?.front, 'CRM의 등장 배경 중 3가지를 쓰시오.');
    assert.equal(card?.required, 3);
    assert.equal(card?.fact, 'crm:enumeration:CRM의 등장 배경');
  });
  it('두 열 표(특징 | 내용): 위 문단의 주어 + 머리글', () => {
    const [card] = cards(
      '모바일 비즈니스: 무선 네트워크로 이루어지는 비즈니스\n\n| 특징 | 내용 |\n|---|---|\n| 편재성(Ubiquity) | 어디서나 정보검색 |\n| 접근성 | 언제나 접속 |\n',
      ['list'],
    );
    assert.equal(card?.front, '모바일 비즈니스의 특징을 모두 쓰시오.');
    assert.deepEqual(card?.answers.slice(0, 2), ['편재성', '접근성']);
    assert.equal(card?.back.split('\n')[0], '편재성(Ubiquity): 어디서나 정보검색');
    assert.equal(card?.source.line, 2);
  });
  it('수치 표는 행마다 빈칸 카드', () => {
    const got = cards('| 고객만족의 중요성 | 수치 |\n|---|---|\n| 기업 수익 중 만족한 고객에게서 나오는 비율 | 65% |\n| 만족고객이 좋은 경험을 전하는 사람 수 | 5명 |\n');
    assert.deepEqual(asked(got.filter((c) => c.type === 'cloze')), [
      ['기업 수익 중 만족한 고객에게서 나오는 비율: ___', ['65%']],
      ['만족고객이 좋은 경험을 전하는 사람 수: ___', ['5명']],
    ]);
    assert.equal(got.find((c) => c.type === 'list'), undefined);
  });
  it('제목 아래 문장 목록은 나열 카드가 아니다', () => {
    assert.deepEqual(cards('## 고객과의 관계 강화\n- 우량고객을 초우량고객으로 키우기\n- 이탈 고객을 다시 불러오기\n', ['list']), []);
  });
});

describe('퀴즈 카드: 순서 (sequence)', () => {
  it('화살표 →, ->, ⇒', () => {
    const got = cards('고객관계의 발전: 잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자\n\n데이터 수집 -> 데이터 분석 ⇒ 데이터 활용\n', ['sequence']);
    assert.deepEqual(asked(got), [
      ['고객관계의 발전을 순서대로 쓰시오.', ['잠재고객', '첫 거래', '단골', '옹호자', '동반자']],
      ['다음 단계를 순서대로 쓰시오.', ['데이터 수집', '데이터 분석', '데이터 활용']],
    ]);
    assert.equal(got[0]?.back, '잠재고객 → 첫 거래 → 단골 → 옹호자 → 동반자');
    assert.equal(got[0]?.fact, 'customer-relationship-stages:sequence:고객관계의 발전 단계');
  });
  it('이끄는 말이 없으면 제목을 붙여 묻는다', () => {
    const [card] = cards('## 빅데이터 처리\n데이터 소스 → 데이터 수집 → 데이터 분석\n', ['sequence']);
    assert.equal(card?.front, '다음 단계를 순서대로 쓰시오: 빅데이터 처리');
  });
  it('번호 목록 + 과정을 뜻하는 이끄는 말', () => {
    const [card] = cards('구매의사결정과정:\n1. 문제 인식\n2. 정보 탐색\n3. 대안 평가\n4. 구매 결정\n5. 구매 후 행동\n', ['sequence', 'list']);
    assert.equal(card?.type, 'sequence');
    assert.equal(card?.front, '구매의사결정과정을 순서대로 쓰시오.');
    assert.deepEqual(card?.answers, ['문제 인식', '정보 탐색', '대안 평가', '구매 결정', '구매 후 행동']);
    assert.equal(card?.fact, 'consumer-decision-process:sequence:구매의사결정과정의 5단계');
  });
  it('두 단계짜리 화살표는 과정을 뜻하는 이끄는 말이 있을 때만: 원인 → 결과, 용어 → 설명은 아니다', () => {
    assert.deepEqual(cards('한계고객: 이익에 도움 안 되는 고객 → 디마케팅 대상\n\n가격 인하 → 수요 증가\n', ['sequence']), []);
    assert.deepEqual(asked(cards('결속의 단계: 재무적 결속 → 사회적 결속\n', ['sequence'])), [['결속의 단계를 순서대로 쓰시오.', ['재무적 결속', '사회적 결속']]]);
  });
  it('비율의 쌍점은 이끄는 말을 끊지 않고, 비교 기호가 든 것은 단계가 아니다', () => {
    assert.deepEqual(cards('- 하인리히 법칙 1:29:300 → 작은 불만을 무시하면 큰 사고 → 큰 손실\n- 성과 < 기대 → 부정적 불일치 → 불만족\n', ['sequence']), []);
  });
  it('약어는 글자 이름으로 읽어 조사를 고른다: STP를, CRISP-DM을', () => {
    assert.deepEqual(cards('STP: 시장세분화 → 표적시장 선정 → 포지셔닝\n\nCRISP-DM: 업무 이해 → 데이터 이해 → 모델링\n', ['sequence']).map((c) => c.front), ['STP를 순서대로 쓰시오.', 'CRISP-DM을 순서대로 쓰시오.']);
  });
  it('할 일 상자는 이끄는 말이 아니고, `…순서:`는 순서를 두 번 말하지 않는다', () => {
    assert.deepEqual(cards('- [ ] 관계 단계 순서: 잠재 → 가망 → 첫 거래 → 단골\n', ['sequence']).map((c) => c.front), ['관계 단계를 순서대로 쓰시오.']);
  });
  it('화살표가 든 산문은 순서 카드가 아니다', () => {
    assert.deepEqual(cards('빅데이터는 단순히 큰 데이터가 아님 → 처리를 가로막는 어려움을 통틀어 Big이라 함\n\n거래 중심 → 관계 중심, 시장점유율 → 고객점유율\n', ['sequence']), []);
  });
});

describe('퀴즈 카드: 공식 (formula)', () => {
  it('좌변 하나, 피연산자 하나씩 가린다', () => {
    const got = cards('- 공식: 가치 = 편익 - 가격\n', ['formula']);
    assert.deepEqual(asked(got), [
      ['___ = 편익 - 가격', ['가치']],
      ['가치 = ___ - 가격', ['편익']],
      ['가치 = 편익 - ___', ['가격']],
    ]);
    assert.ok(got.every((c) => c.back === '가치 = 편익 - 가격' && c.fact === 'value:formula:가치의 산식'));
  });
});

describe('퀴즈 카드: 정의, 용어, 객관식 (glossary)', () => {
  it('일반어가 아닌 용어마다 한 번씩: 정의 → 용어, 용어 → 정의', () => {
    const got = cards('고객이 불량고객이 되는 이유. 불량고객은 다시 불량고객으로.', ['definition', 'reverse']);
    assert.deepEqual(got.map((c) => [c.type, c.terms]), [['definition', ['bad-customer']], ['reverse', ['bad-customer']]]);
    const { glossary } = bundledSnapshot();
    const term = glossary.terms.get('bad-customer');
    assert.equal(got[0]?.front, '불량고객의 정의는?');
    assert.deepEqual(got[0]?.answers, [term?.definition]);
    assert.equal(got[1]?.front, `다음 설명에 해당하는 용어를 쓰시오.\n${term?.definition}`);
    assert.deepEqual(got[1]?.answers, ['불량고객']);
    assert.equal(got[1]?.hint, 'ㅂㄹㄱㄱ');
    // 불량 고객 differs only in spacing: graded by folding, not listed.
    assert.deepEqual(got[1]?.accept, [['Bad Customer', 'Jaycustomer', 'Bad Customer (Jaycustomer)']]);
    assert.equal(got[0]?.chapter, 'ch05.s4');
  });
  it('용어 카드의 설명에서는 띄어 쓴 다른 표기도 가린다: IVR의 자동응답시스템 → "자동 응답 시스템"', () => {
    const [card] = cards('IVR 안내를 듣는다.', ['reverse']);
    assert.deepEqual(card?.answers, ['IVR']);
    assert.ok(card !== undefined && !card.front.includes('자동 응답 시스템') && !card.front.includes('응답 시스템'), card?.front);
    assert.ok(card.front.includes('녹음된 음성 안내에 따라'));
    assert.ok(card.front.includes('○○'));
  });
  it('용어 카드의 설명에서 용어 자신은 ○○로 가린다', () => {
    const [card] = cards('CRM 프로세스를 정리한다.', ['reverse']);
    assert.ok(card !== undefined);
    assert.ok(!card.front.includes('CRM 프로세스'));
    assert.deepEqual(card.answers, ['CRM 프로세스']);
  });
  it('객관식: 네 보기, 정답 하나, 오답은 헷갈리는 용어 / 같은 장의 용어 — 다른 정답은 없다', () => {
    const { glossary } = bundledSnapshot();
    for (const seed of [0, 1, 2, 3]) {
      const [card] = cards('불량고객을 가려낸다.', ['choice'], seed);
      assert.equal(card?.choices?.length, 4);
      assert.equal(card?.choices?.[card.answerIndex as number], '불량고객');
      const wrong = (card?.choices ?? []).filter((c) => c !== '불량고객');
      const confusable = new Set(glossary.terms.get('bad-customer')?.confusable.map((id) => glossary.terms.get(id)?.term));
      assert.ok(wrong.every((w) => confusable.has(w)), `${wrong.join(', ')} are confusable terms`);
    }
    const orders = new Set([0, 1, 2, 3, 4, 5].map((seed) => cards('불량고객을 가려낸다.', ['choice'], seed)[0]?.choices?.join('|')));
    assert.ok(orders.size > 1, 'the seed decides the order');
    assert.deepEqual(cards('불량고객을 가려낸다.', ['choice'], 7)[0]?.choices, cards('불량고객을 가려낸다.', ['choice'], 7)[0]?.choices);
  });
  it('객관식 오답에는 같은 철자(모호한 별칭)를 가진 용어가 없다: 고객만족 ≠ 고객서비스(CS)', () => {
    const [card] = cards('고객만족을 높인다.', ['choice']);
    assert.ok(card !== undefined);
    assert.ok(!card.choices?.includes('고객서비스'));
  });
  it('일반어(고객, 가치)와 모호한 별칭만으로 언급된 용어는 카드가 없다', () => {
    assert.deepEqual(cards('고객의 가치와 CS', ['definition', 'reverse', 'choice']), []);
  });
});

describe('퀴즈 카드: 직접 만든 카드 (user)', () => {
  it('Q::A, Q:::A(양방향)', () => {
    const got = cards('CRM의 목적::장기적이고 수익성 있는 고객 관계\n\n우량고객:::수익 기여도가 높은 고객\n', ['user']);
    assert.deepEqual(asked(got), [
      ['CRM의 목적', ['장기적이고 수익성 있는 고객 관계']],
      ['우량고객', ['수익 기여도가 높은 고객']],
      ['수익 기여도가 높은 고객', ['우량고객']],
    ]);
  });
  it('?만 있는 줄로 나눈 여러 줄 카드', () => {
    const [card] = cards('고객관계관리의\n세 가지 유형은?\n?\n분석 CRM, 운영 CRM,\n협업 CRM\n', ['user']);
    assert.equal(card?.front, '고객관계관리의\n세 가지 유형은?');
    assert.deepEqual(card?.answers, ['분석 CRM, 운영 CRM,\n협업 CRM']);
    assert.equal(card?.source.line, 0);
  });
  it('==강조== 빈칸은 강조마다 한 장', () => {
    const got = cards('로열티는 ==행동적 로열티==와 ==태도적 로열티==로 나뉜다.', ['user']);
    assert.deepEqual(asked(got), [
      ['로열티는 ___와 태도적 로열티로 나뉜다.', ['행동적 로열티']],
      ['로열티는 행동적 로열티와 ___로 나뉜다.', ['태도적 로열티']],
    ]);
    assert.equal(got[0]?.back, '로열티는 행동적 로열티와 태도적 로열티로 나뉜다.');
  });
  it('Anki {{c1::x}}: 번호마다 한 장, 같은 번호는 함께 가린다, 힌트는 hint로', () => {
    const got = cards('{{c1::분석 CRM}}과 {{c1::운영 CRM}}, 그리고 {{c2::협업 CRM::ㅎㅇ}}', ['user']);
    assert.deepEqual(asked(got), [
      ['___과 ___, 그리고 협업 CRM', ['분석 CRM', '운영 CRM']],
      ['분석 CRM과 운영 CRM, 그리고 ___', ['협업 CRM']],
    ]);
    assert.equal(got[1]?.hint, 'ㅎㅇ');
  });
  it('std::vector 같은 이름은 카드가 아니다', () => {
    assert.deepEqual(cards('C++의 std::vector 설명', ['user']), []);
  });
  it('URL 속의 ::와 :::는 구분자가 아니다 (URL 뒤에 띄어 쓴 구분자는 구분자)', () => {
    for (const text of ['자료: https://example.com/a::b', '<https://example.com/a::b>', 'IPv6 주소는 http://[::1]:8080 처럼 쓴다', '주소 http://x.y/a:::b']) {
      assert.deepEqual(cards(text, ['user']), [], text);
    }
    assert.deepEqual(asked(cards('https://example.com 의 목적::소개', ['user'])), [['https://example.com 의 목적', ['소개']]]);
  });
});

describe('퀴즈 카드: 코드, 머리말, HTML에서는 만들지 않는다', () => {
  it('펜스 코드, 인라인 코드, front matter, HTML 블록과 주석', () => {
    const text = [
      '---',
      'title: 비용은 5배 이상이다',
      'q: 질문::답',
      '---',
      '```',
      '신규 고객 비용은 5배 이상이다.',
      '불량고객의 유형:',
      '- 도둑형',
      '- 호전형',
      '가치 = 편익 - 가격',
      'Q::A',
      '```',
      '비용은 `5배` 이상이다.',
      '',
      '<div>',
      '잠재고객 → 첫 거래 → 단골',
      '</div>',
      '',
      '<!-- 질문::답 -->',
      '',
      '    가치 = 편익 - 가격',
    ].join('\n');
    const got = cards(text);
    assert.deepEqual(got.map((c) => `${c.type}:${c.front}`), [], JSON.stringify(got));
  });
});

describe('카드 id는 안정적이다', () => {
  const base = '# 노트\n\n## 유지\n신규 고객 비용은 기존 고객 유지 비용의 5배 이상이다.\n\n불량고객의 유형:\n- 도둑형\n- 호전형\n';
  it('관계없는 편집과 문단 이동에도 같은 id', () => {
    const before = new Map(cards(base).map((c) => [`${c.type}:${c.front}`, c.id]));
    const edited = '# 노트\n\n머리말 한 줄을 더했다.\n\n불량고객의 유형:\n- 도둑형\n- 호전형\n\n## 다른 절\n\n## 유지\n신규 고객 비용은 기존 고객 유지 비용의 5배 이상이다.\n';
    const after = new Map(cards(edited).map((c) => [`${c.type}:${c.front}`, c.id]));
    assert.ok(before.size >= 4);
    for (const [key, id] of before) {
      assert.equal(after.get(key), id, key);
    }
  });
  it('id는 모두 다르고, 같은 카드는 한 번만', () => {
    const got = cards(`${base}\n${base}`);
    assert.equal(new Set(got.map((c) => c.id)).size, got.length);
    assert.equal(new Set(got.map((c) => `${c.front}\u0000${c.answers.join('|')}`)).size, got.length);
    assert.equal(got.filter((c) => c.type === 'cloze').length, 1);
  });
});

describe('어떤 카드도 자기 답을 보여 주지 않는다', () => {
  it('앞면(접어 쓴 글)에 답이 없다', () => {
    const text = '로열티란 로열티가 높은 고객의 마음이다.\n\n비용은 5배, 효과도 5배이다.\n\n고객만족::고객 만족\n\n우량고객 → 초우량고객 → 우량고객';
    for (const card of cards(text)) {
      const front = card.front.replace(/\s+/g, '').toLowerCase();
      for (const answer of card.answers) {
        assert.ok(!front.includes(answer.replace(/\s+/g, '').toLowerCase()), `${card.front} shows ${answer}`);
      }
    }
    assert.deepEqual(cards(text, ['cloze', 'user']), []);
  });
});

describe('조사 (grammar)', () => {
  it('받침 뒤 을, 모음 뒤 를, ㄹ 뒤 으로 아닌 로', () => {
    assert.equal(listQuestion('불량고객의 유형'), '불량고객의 유형을 모두 쓰시오.');
    assert.equal(listQuestion('CRM의 등장 배경'), 'CRM의 등장 배경을 모두 쓰시오.');
    assert.equal(attach('매출', '으로/로'), '매출로');
    assert.equal(attach('고객', '으로/로'), '고객으로');
  });
  it('숫자: 3개월은, 1/3이, 80/20이, 65%가', () => {
    assert.equal(attach('3개월', '은/는'), '3개월은');
    assert.equal(attach('1/3', '이/가'), '1/3이');
    assert.equal(attach('80/20', '이/가'), '80/20이');
    assert.equal(attach('65%', '이/가'), '65%가');
  });
  it('영어: CRM은(엠), Big Data는(읽기 빅데이터), 괄호는 읽지 않는다', () => {
    assert.equal(attach('CRM', '은/는'), 'CRM은');
    assert.equal(attach('Big Data', '은/는', '빅데이터'), 'Big Data는');
    assert.equal(attach('고객만족(CS)', '을/를'), '고객만족(CS)을');
    assert.equal(sequenceQuestion('고객 확보 과정(CRM)'), '고객 확보 과정(CRM)을 순서대로 쓰시오.');
  });
  it('소리를 모르면 조사가 필요 없게 바꿔 쓴다 — 은(는) 같은 두 형태는 없다', () => {
    assert.equal(attach('Excel', '이/가'), undefined);
    assert.equal(listQuestion('Excel'), '다음에 해당하는 것을 모두 쓰시오: Excel');
    assert.equal(sequenceQuestion('Excel'), '다음 단계를 순서대로 쓰시오: Excel');
  });
  it('이끄는 말 끝의 영어 용어는 용어집으로 읽는다: BigData를, CRM을', () => {
    assert.deepEqual(asked(cards('BigData: 수집 → 저장 → 분석\n\nCRM: 고객 확보 → 고객 유지 → 고객 강화\n', ['sequence'])), [
      ['BigData를 순서대로 쓰시오.', ['수집', '저장', '분석']],
      ['CRM을 순서대로 쓰시오.', ['고객 확보', '고객 유지', '고객 강화']],
    ]);
  });
  it('한글 표제어의 약어 별칭은 글자대로 읽는다: m-CRM을(엠), 표제어 모바일 고객관리를 따르지 않는다', () => {
    const { glossary, index } = withUserGlossary({ version: 1, terms: [{ id: 'mobile-crm-test', term: '모바일 고객관리', aliases: ['m-CRM'], definition: '휴대 기기로 하는 고객관계관리.', chapter: 'ch10' }] });
    const got = generateCards(new Note('m-CRM: 접속 → 조회 → 응대\n\n모바일 고객관리: 접속 → 조회 → 응대\n', index), 'note.md', glossary, { types: ['sequence'] });
    assert.deepEqual(got.map((c) => c.front), ['m-CRM을 순서대로 쓰시오.', '모바일 고객관리를 순서대로 쓰시오.']);
  });
  it('생성된 어떤 앞면에도 은(는), 이(가), 을(를)이 없다', () => {
    const text = '## Excel\n- 수식\n- 차트\n\nExcel: 입력 → 계산 → 출력\n\nBig Data와 CRM\n\n불량고객의 유형:\n- 도둑형\n- 호전형';
    for (const card of cards(text)) {
      assert.ok(!/[은는이가을를와과]\([은는이가을를와과]\)/.test(card.front), card.front);
    }
  });
  it('초성 힌트', () => {
    assert.equal(hintOf('고객만족'), 'ㄱㄱㅁㅈ');
    assert.equal(hintOf('분석 CRM'), 'ㅂㅅ C__');
    assert.equal(hintOf('65%'), undefined);
  });
});

describe('요약과 속도', () => {
  it('summarize: 유형마다 개수', () => {
    const got = cards('가치 = 편익 - 가격\n\nQ::A\n\n비용은 5배 이상이다.');
    assert.deepEqual(summarize(got), { definition: 0, reverse: 0, cloze: 1, list: 0, sequence: 0, formula: 3, choice: 0, user: 1 });
  });
  it('1 MB 노트도 몇 초 안에', function () {
    this.timeout(20000);
    const block = [
      '## 고객의 퇴출',
      '불량고객의 유형:',
      '- 도둑형',
      '- 호전형',
      '',
      '신규 고객을 얻는 비용은 기존 고객 유지 비용의 5배 이상이다. 로열티란 고객의 깊은 관여이다.',
      '',
      '고객관계의 발전: 잠재고객 → 첫 거래 → 단골',
      '',
      '가치 = 편익 - 가격',
      '',
      '| 특징 | 내용 |',
      '|---|---|',
      '| 편재성 | 어디서나 |',
      '| 접근성 | 언제나 |',
      '',
      '질문::답',
      '',
    ].join('\n');
    let text = '';
    let n = 0;
    while (text.length < 1024 * 1024 / 3) {
      text += block.replace('5배', `${(n % 9) + 1}배`).replace('질문', `질문${n}`);
      n++;
    }
    const started = Date.now();
    const got = cards(text);
    const ms = Date.now() - started;
    assert.ok(got.length > 1000);
    assert.ok(ms < timeBudget(5000), `${ms} ms`);
  });
});

void NOTE_TYPES;
