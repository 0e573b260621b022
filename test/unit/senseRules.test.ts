import * as assert from 'node:assert/strict';
import {
  SenseRules,
  type SenseTerm,
  expansionOf,
  inEnglishPhrase,
  isAsideLine,
  isCasualLabel,
  isCasualTitle,
  isPlainEnglish,
  namedAfter,
  namesStudy,
  relatesToCourse,
  wordBefore,
} from '../../src/core/match/sense';

describe('잡담 제목과 이름표 (isCasualTitle, isCasualLabel)', () => {
  it('제목 어디에든 잡담 말이 있으면: ## 오늘의 잡담, ## Off-Topic, ## 딴 얘기, ## TMI 모음', () => {
    assert.deepEqual(
      ['오늘의 잡담', 'Off-Topic', 'off topic 메모', '딴 얘기', 'TMI 모음', '쉬는시간', '로열티 유형', 'RFM 분석', ''].map(isCasualTitle),
      [true, true, true, true, true, true, false, false, false],
    );
  });
  it('줄 앞 표시를 건너뛴다: 인용 >, 목록 - * +, 번호 1. 2), 굵게 ** __, 콜아웃 [!tip]', () => {
    assert.deepEqual(
      ['> > 잡담: 길드', '* 메모: 사촌', '+ 일기: 비', '12. 잡담: 비', '3) 메모: 비', '__일기__ 비', '> [!tip] 메모: 비', '1234. 잡담: 비'].map(isCasualLabel),
      [true, true, true, true, true, true, true, false],
    );
  });
  it('이름표는 콜론·전각 콜론·괄호·대시·굵게 끝·띄운 하이픈 앞까지: 잡담：, (메모) 오늘, 잡담 — 길드, **메모** 뒤, 일기 - 비, 일기 – 비', () => {
    assert.deepEqual(
      ['잡담： 길드원 이야기가 길다', '(메모) 사촌 형이 해 준 이야기', '[일기] 비가 와서 집에 있었던 하루', '잡담 — 길드원 이야기가 길다', '**메모** 사촌 형이 해 준 이야기', '일기 - 비가 와서 하루 종일 집에 있었던 토요일', '일기 – 비가 와서 하루 종일 집에 있었던 토요일'].map(isCasualLabel),
      [true, true, true, true, true, true, true],
    );
  });
  it('이름표가 낱말로 시작하거나 한국어 낱말 뒤에서 끝나야: 메모리: 는 아니고, 수업 메모·RFM 메모도 아니다', () => {
    assert.deepEqual(['메모리: 캐시', '오늘의 잡담: 비', '- 고객: 잡담', '잡담'].map(isCasualLabel), [false, true, false, true]);
    assert.deepEqual(['> 생활 메모)', '> 마지막 잡담) 친구가', '수업 메모: 6장', 'RFM 메모', '## RFM 메모', '고객메모: 비', '6장 메모'].map(isCasualLabel), [true, true, false, false, false, false, false]);
    assert.deepEqual(['> [!tip]메모: 비', '메모(개인) 오늘', `잡담 ${'가'.repeat(17)} : 끝`, `잡담 ${'가'.repeat(17)}   `].map(isCasualLabel), [true, true, true, true]);
  });
  it('이름표는 20자까지, 콜론 없는 줄은 20자까지', () => {
    assert.deepEqual(
      [`잡담 ${'가'.repeat(17)}: 끝`, `잡담 ${'가'.repeat(18)}: 끝`, `잡담 ${'가'.repeat(17)}`, `잡담 ${'가'.repeat(18)}`, ': 잡담', '>   '].map(isCasualLabel),
      [true, false, true, false, false, false],
    );
  });
});

describe('공부 말, 잇는 말, 이름 붙이는 끝 (namesStudy, relatesToCourse, namedAfter)', () => {
  it('접은 줄에서 공부 말을 찾는다: crm, 복습, 기말, 12장', () => {
    assert.deepEqual(['내일crm', '복습노트', '기말준비', '12장요약', '장보기', '장6', '점심'].map(namesStudy), [true, true, true, true, false, false, false]);
  });
  it('잇는 말: =>, 그 자체, 예시 — 이야기·얘기는 아니다', () => {
    assert.deepEqual(['a=>b', '그자체', '선배이야기', '점심', '=', '그자', '예시로', 'csm얘기만'].map(relatesToCourse), [true, true, false, false, false, false, true, false]);
  });
  it('이름 붙이는 끝은 용어 바로 뒤 8글자 안에서 시작해야', () => {
    const text = '결속 인 것 같다, 결속이었음, 결속임';
    assert.deepEqual([2, 13, 19].map((end) => namedAfter(text, end)), [true, true, false]);
    assert.equal(namedAfter('결속', 2), false, 'nothing after the term');
    assert.equal(namedAfter('… 그게 결속인가', 1), false, 'the ending must start right at the end');
  });
});

describe('곁말 줄 (isAsideLine: laughter, TMI, a diary line)', () => {
  it('웃음·울음·TMI·여담은 어디서든; 낱말 속 TMI는 아니다', () => {
    assert.deepEqual(
      ['고객이 웃음 ㅎㅎ', '시험 ㅠㅠ', '망함 ㅜㅜ', 'TMI: 오늘', '오늘 TMI', '여담으로', '뻘소리지만', '딴소리', '딴얘기', '- HTMI 지표', '- TMIX 지표는 이번 분기 캠페인마다 따로 본다', '고객 ㅋ 관리'].map(isAsideLine),
      [true, true, true, true, true, true, true, true, true, false, false, false],
    );
  });
  it('내 하루 말(오늘, 주말, 친구, 괄호 속 아까)로 시작하는 낱말 + 일기 같은 끝', () => {
    assert.deepEqual(
      ['오늘 카페 감', '(아까) 마트 봄', '[친구] 만남 옴', '주말엔 집에서 쉬었음', '동아리 회식 갔다.', '오늘 배운 것: RFM', '어제 본 영화', '작년 여름에 갔다'].map(isAsideLine),
      [true, true, true, true, true, false, false, false],
    );
  });
  it('일기 같은 끝: 봄·옴·먹음·받음·삼·더라·던데·ㅋ, 받침 ㅆ 뒤의 다·음·는데·지만, 받침 ㅁ의 명사형(감, 함); 닫는 표시는 건너뛴다', () => {
    const day = (ending: string): boolean => isAsideLine(`- 오늘 알바 ${ending}`);
    assert.deepEqual(
      ['가 봄', '집에 옴', '라면 먹음', '문자 받음', '빵 삼', '힘들더라', '좋던데', '웃김ㅋ', '웃김ㅎ', '슬픔ㅠ', '슬픔ㅜ', '갔다', '했음', '했는데', '했지만', '갔다!!)', '했음 ~'].map(day),
      Array.from({ length: 17 }, () => true),
    );
    assert.deepEqual(['간다', '함', '하는데', '가지만', '감자'].map(day), [false, true, false, false, false]);
  });
  it('CRLF로 끝난 줄도 같은 규칙', () => {
    assert.deepEqual(['- 어제 본가 감\r\n', '- 어제 본가 간다\r\n', '잡담: 비\r\n', '- 고객 정보\n'].map(isAsideLine), [true, false, true, false]);
  });
});

describe('약어 풀이 (expansionOf: an English phrase whose initials spell the acronym)', () => {
  it('괄호 안 풀이: 바로 붙거나 한 칸, 쉼표·세미콜론·가운뎃점 뒤의 한국어 풀이는 따로', () => {
    assert.equal(expansionOf('CRM (Customer Relationship Management) 도입', 0, 3), 'Customer Relationship Management');
    assert.equal(expansionOf('CRM(고객관계관리; Customer Relationship Management)', 0, 3), 'Customer Relationship Management');
    assert.equal(expansionOf('CRM(고객관계관리·Customer Relationship Management)', 0, 3), 'Customer Relationship Management');
    assert.equal(expansionOf('CRM(정의: Customer Relationship Management)', 0, 3), 'Customer Relationship Management');
    assert.equal(expansionOf('CRM  (Customer Relationship Management)', 0, 3), undefined, 'two spaces');
  });
  it('약어는 대문자 2–6자: A, ABCDEFG, Crm은 풀이를 찾지 않는다', () => {
    assert.equal(expansionOf('ABCDEF(Alpha Beta Charlie Delta Echo Foxtrot)', 0, 6), 'Alpha Beta Charlie Delta Echo Foxtrot');
    assert.equal(expansionOf('ABCDEFG(Alpha Beta Charlie Delta Echo Foxtrot Golf)', 0, 7), undefined);
    assert.equal(expansionOf('A(Alpha Beta)', 0, 1), undefined);
  });
  it('머리글자: 작은 말(of)을 넣어도 빼도, 앞에 말이 더 붙어도 (Electronic Customer Relationship Management)', () => {
    assert.equal(expansionOf('MT(Ministry of Transport)', 0, 2), 'Ministry of Transport');
    assert.equal(expansionOf('CRM(Electronic Customer Relationship Management)', 0, 3), 'Electronic Customer Relationship Management');
    assert.equal(expansionOf('MT(National Ministry of Transport)', 0, 2), 'National Ministry of Transport');
    assert.equal(expansionOf('DOT(US Department of Transport)', 0, 3), 'US Department of Transport', 'the small word counts, at the end');
    assert.equal(expansionOf('CRM(Customer Relationship M2)', 0, 3), undefined, 'a digit makes it no phrase');
    assert.equal(expansionOf('CRM(Customer Management)', 0, 3), undefined);
    assert.equal(expansionOf('CRM(Relationship)', 0, 3), undefined, 'one word is no expansion');
    assert.equal(expansionOf('CRM(Customer Relationship 2.0)', 0, 3), undefined, 'digits are no phrase');
  });
  it('풀이는 3–80자, 한 줄 안, 괄호가 닫혀야', () => {
    assert.equal(expansionOf(`AB(${'Ab '.repeat(26)}Bc)`, 0, 2)?.length, 80);
    assert.equal(expansionOf(`AB(${'Ab '.repeat(26)}Bcd)`, 0, 2), undefined, '81 characters');
    assert.equal(expansionOf('AB(A B)', 0, 2), 'A B', 'three characters');
    assert.equal(expansionOf('CRM(Customer\nRelationship Management)', 0, 3), undefined);
    assert.equal(expansionOf('CRM(Customer Relationship Management', 0, 3), undefined);
  });
  it('앞에 쓴 풀이: Evidence-Based Medicine(EBM), All-In-One (AIO), 긴 줄의 가운데에서도', () => {
    assert.equal(expansionOf('All-In-One (AIO)', 12, 15), 'All-In-One');
    assert.equal(expansionOf('Evidence-Based Medicine( EBM)', 25, 28), 'Evidence-Based Medicine');
    const tail = ' 근거 중심 의학은 임상 연구의 결과를 바탕으로 치료법을 고르는 방식이다.'.repeat(3);
    assert.equal(expansionOf(`Evidence-Based Medicine(EBM)${tail}`, 24, 27), 'Evidence-Based Medicine');
    const head = '의학 수업 필기. '.repeat(12);
    assert.equal(expansionOf(`${head}Evidence-Based Medicine(EBM)`, head.length + 24, head.length + 27), 'Evidence-Based Medicine');
    assert.equal(expansionOf('고객관계관리(CRM)', 7, 10), undefined);
    const earlier = 'Evidence-Based Medicine(근거 중심 의학)과 EBM';
    assert.equal(expansionOf(earlier, earlier.length - 3, earlier.length), undefined, 'the bracket must be right before the acronym');
  });
});

describe('앞말과 영어 구절 (wordBefore, inEnglishPhrase, isPlainEnglish)', () => {
  it('앞말: 한 칸 띄운 한글 낱말, 붙여 쓴 숫자, 줄 처음', () => {
    assert.equal(wordBefore('회사 직원 로열티', 6), '직원');
    assert.equal(wordBefore('5G채널', 2), '5g');
    assert.equal(wordBefore('채널', 0), '');
    assert.equal(wordBefore('고객의채널', 3), '고객');
  });
  it('영어 구절: 40자까지의 이웃 낱말, 숫자가 붙은 말과 대문자만인 말, 접속사는 아니다', () => {
    const at = (text: string, word: string): boolean => inEnglishPhrase(text, text.indexOf(word), text.indexOf(word) + word.length);
    assert.deepEqual(
      [
        at('Monetary policy', 'Monetary'),
        at('Monetary policy2', 'Monetary'),
        at('Monetary Or Security', 'Monetary'),
        at('Monetary VS Security', 'Monetary'),
        at(`${'a'.repeat(45)} Monetary`, 'Monetary'),
        at(`${'a'.repeat(38)} Monetary`, 'Monetary'),
        at('Monetary', 'Monetary'),
        at('x Monetary', 'Monetary'),
        at('Monetary\tpolicy', 'Monetary'),
      ],
      [true, false, false, false, false, true, false, false, false],
    );
  });
  it('평범한 영어 낱말은 세 글자부터: Fee는 되고 Ab는 아니다', () => {
    assert.deepEqual(['Fee', 'Ab', 'fee', 'Up-selling', 'Up-Selling', 'up-', 'Fee2'].map(isPlainEnglish), [true, false, true, true, false, false, false]);
  });
});

describe('뜻 규칙 (SenseRules: cues, everyday spellings, definitions)', () => {
  const sense = (s: Partial<{ cues: string[]; spellings: string[]; notAfter: string[]; notWith: string[] }>): SenseTerm['sense'] => ({
    cues: s.cues ?? [],
    spellings: s.spellings,
    notAfter: s.notAfter ?? [],
    notWith: s.notWith ?? [],
  });
  const terms: SenseTerm[] = [
    { id: 'confidence', term: '신뢰도', aliases: ['Confidence', '확신도'], sense: sense({ cues: ['연관 규칙', 'support'], spellings: ['신뢰도'], notAfter: ['기업', ''], notWith: ['여론 조사', ''] }) },
    { id: 'support', term: '지지도', aliases: ['Support'] },
    { id: 'lift', term: '향상도', aliases: [], sense: sense({ cues: ['', '장바구니'] }) },
    { id: 'roll-up', term: '롤업', aliases: [], sense: sense({ spellings: ['롤업'], notWith: ['', '셔츠 소매', 'Shirt'] }) },
    { id: 'data-mart', term: '데이터 마트', aliases: ['DM'], sense: sense({ notAfter: ['우편'] }) },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    { id: 'monetary', term: '구매금액', aliases: [], english: 'Monetary' },
    { id: 'crm', term: 'CRM', aliases: ['Customer Relationship Management'] },
  ];
  /** Built in the tests, not while the file loads (see stryker.config.mjs, ignoreStatic). */
  const rules = (): SenseRules => SenseRules.build(terms) as SenseRules;

  it('뜻도 평범한 영어 표기도 없으면 규칙이 없다', () => {
    assert.equal(SenseRules.build([{ id: 'crm', term: 'CRM', aliases: ['e-CRM'] }, { id: 'customer', term: '고객', aliases: [], generic: true }]), undefined);
    assert.ok(SenseRules.build([{ id: 'monetary', term: '구매금액', aliases: [], english: 'Monetary' }]) !== undefined);
  });
  it('규칙이 있는 용어: 뜻이 있거나 평범한 영어 표기가 있을 때', () => {
    assert.deepEqual(['confidence', 'support', 'lift', 'roll-up', 'data-mart', 'customer', 'monetary', 'crm'].map((id) => rules().has(id)), [true, true, true, true, true, false, true, false]);
  });
  it('일상어 표기 (isEveryday): 규칙이 덮는 표기와 평범한 영어 표기만', () => {
    assert.deepEqual(
      [['confidence', '신뢰도'], ['confidence', '확신도'], ['data-mart', 'DM'], ['data-mart', '데이터마트'], ['monetary', 'monetary'], ['monetary', '구매금액'], ['support', 'Support'], ['support', '지지도'], ['customer', '고객'], ['crm', 'CRM']].map(([id, s]) => rules().isEveryday(id as string, s as string)),
      [true, false, true, true, true, false, true, false, false, false],
    );
  });
  it('CRM 이야기의 증거 (isEvidence): 일반어도 일상어 표기도 아니다', () => {
    assert.deepEqual(
      [['confidence', '신뢰도'], ['confidence', '확신도'], ['customer', '고객'], ['crm', 'CRM'], ['monetary', 'Monetary'], ['monetary', '구매금액']].map(([id, s]) => rules().isEvidence(id as string, s as string)),
      [false, true, false, true, false, true],
    );
  });
  it('단서 (hasCueIn): 단서 낱말은 접어서, 용어 id는 그 용어의 모든 표기로', () => {
    const r = rules();
    assert.deepEqual(['장바구니의연관규칙', 'support를본다', '지지도', '신뢰도', ''].map((f) => r.hasCueIn('confidence', f)), [true, true, true, false, false]);
    assert.equal(r.hasCueIn('data-mart', '연관규칙'), false, 'no cues: never');
    assert.equal(r.hasCueIn('crm', 'crm'), false, 'no rule');
  });
  it('단서는 절마다 새로 본다: 한 절의 답이 다음 절로 새지 않고, 용어마다 따로', () => {
    const r = rules();
    const sections = ['장바구니연관규칙', '장바구니연관규칙', '연관규칙', '장바구니', '평판'];
    assert.deepEqual(sections.map((f) => [r.hasCueIn('lift', f), r.hasCueIn('confidence', f)]), [[true, true], [true, true], [false, true], [true, false], [false, false]]);
  });
  it('약어 정의 (definedAs): 데이터 마트(DM), DM(데이터 마트 …); 다른 풀이나 없는 약어는 아니다', () => {
    assert.deepEqual(
      [['DM', '데이터마트(dm):부서별'], ['DM', 'dm(데이터마트,부서별)'], ['DM', 'dm(우편)'], ['DM', '데이터마트'], ['', '데이터마트()'], ['dm', 'dm(dm)'], ['DM', '데이터마트와dm']].map(([abbr, line]) => rules().definedAs('data-mart', abbr as string, line as string)),
      [true, true, false, false, false, false, false],
    );
    assert.equal(rules().definedAs('unknown', 'DM', '데이터마트(dm)'), false);
  });
  it('다른 것을 가리키는 풀이 (expandsOtherwise): 용어 표기와 낱말 절반 이상을 나누면 그 용어', () => {
    assert.deepEqual(
      ['Customer Relationship Management', 'Customer-Relationship Management', 'Customer Relation Management', 'Customer Resource', 'Crew Resource Management', 'Cost Reduction Method'].map((e) => rules().expandsOtherwise('crm', e)),
      [false, false, false, false, true, true],
    );
    assert.equal(rules().expandsOtherwise('unknown', 'Customer Relationship Management'), true);
  });
  it('받아들이기 (accepts): 평범한 영어 표기는 영어 구절 밖에서만, 앞말·같은 줄 말·단서 순으로', () => {
    const r = rules();
    const accepts = (id: string, text: string, spelling: string, section: string): boolean => {
      const start = text.indexOf(spelling);
      return r.accepts(id, text, start, start + spelling.length, () => section);
    };
    assert.deepEqual(
      [
        accepts('monetary', 'the Monetary policy', 'Monetary', ''),
        accepts('monetary', '점수는 Monetary 기준', 'Monetary', ''),
        accepts('confidence', '연관규칙의 확신도', '확신도', ''),
        accepts('confidence', '연관규칙의 신뢰도', '신뢰도', '연관규칙'),
        accepts('confidence', '기업 신뢰도', '신뢰도', '연관규칙'),
        accepts('confidence', '여론 조사 결과의 신뢰도', '신뢰도', '연관규칙'),
        accepts('confidence', '장바구니의 신뢰도', '신뢰도', '장바구니'),
        accepts('data-mart', '우편 DM', 'DM', ''),
        accepts('data-mart', '부서별 DM', 'DM', ''),
        accepts('data-mart', '캠페인우편 DM', 'DM', ''),
        accepts('data-mart', '우편함 DM', 'DM', ''),
        accepts('crm', 'the CRM', 'CRM', ''),
      ],
      [false, true, true, true, false, false, false, false, true, false, true, true],
    );
  });
  it('같은 줄의 일상어 뜻 말은 양쪽으로 300자 안에서만 (긴 줄의 먼 말은 세지 않는다)', () => {
    const before = (n: number): string => `여론 조사 ${'가'.repeat(n)} 신뢰도`;
    const after = (n: number): string => `신뢰도 ${'가'.repeat(n)} 여론 조사`;
    const r = rules();
    const accepts = (text: string): boolean => {
      const start = text.indexOf('신뢰도');
      return r.accepts('confidence', text, start, start + 3, () => '연관규칙');
    };
    assert.deepEqual([before(293), before(294), after(293), after(294)].map(accepts), [false, true, false, true]);
    assert.equal(accepts('여론 조사\n신뢰도'), true, 'another line');
    assert.equal(accepts('신뢰도\r\n여론 조사'), true, 'another line (CRLF)');
  });
  it('줄을 넘겨 받으면 그 줄로 판단한다 (노트가 목록 항목까지 접어 둔 줄)', () => {
    const text = '- 신뢰도 측정';
    const r = rules();
    assert.equal(r.accepts('confidence', text, 2, 5, () => '연관규칙', () => '여론조사결과신뢰도측정'), false);
    assert.equal(r.accepts('confidence', text, 2, 5, () => '연관규칙', () => '신뢰도측정'), true);
    assert.equal(r.accepts('confidence', text, 2, 5, () => '평판', () => '신뢰도측정'), false, 'no cue in this section');
  });
  it('한 줄에 같은 말이 둘이면 일상어 말은 한 쪽에만: 겹친 말, 괄호 앞의 말, 뒤의 말, 뒤에 없으면 앞의 마지막 말', () => {
    const r = rules();
    /** The offsets of the mentions of 롤업 on the line that stay the term. */
    const kept = (line: string): number[] => {
      const out: number[] = [];
      for (let at = line.indexOf('롤업'); at >= 0; at = line.indexOf('롤업', at + 2)) {
        if (r.accepts('roll-up', line, at, at + 2, () => '')) {
          out.push(at);
        }
      }
      return out;
    };
    assert.deepEqual(kept('롤업은 OLAP 연산, 셔츠 소매 롤업처럼'), [0], 'the word comes before the mention it is about');
    assert.deepEqual(kept('롤업(셔츠 소매처럼 말기)과 OLAP의 롤업'), [22], 'in brackets: about the mention before the bracket');
    assert.deepEqual(kept('OLAP 롤업과 롤업 (셔츠 소매)'), [5], 'a bracket after a space is about no mention before it: the last one');
    assert.deepEqual(kept('OLAP의 롤업, 그리고 롤업 … 셔츠 소매'), [6], 'nothing after it: the last mention before it');
    assert.deepEqual(kept('롤업은 롤업 Shirt 이야기'), [0], 'written in another case: found in lower case');
    assert.deepEqual(kept('롤업과 롤업, 셔츠소매'), [], 'found only folded (other spacing): about the whole line');
    assert.deepEqual(kept('롤업과 롤업'), [0, 4]);
    assert.deepEqual(kept('셔츠 소매 롤업'), [], 'one mention: every word is about it');
  });
  it('영어 구절의 이웃 낱말은 라틴 글자 A–Z, a–z로: Aha, Zap, pizza', () => {
    const at = (text: string): boolean => inEnglishPhrase(text, text.indexOf('Monetary'), text.indexOf('Monetary') + 8);
    assert.deepEqual(['Aha Monetary', 'Zap Monetary', 'pizza Monetary', 'Monetary Zap', 'Monetary aha', '@@ Monetary', '[[ Monetary'].map(at), [true, true, true, true, true, false, false]);
  });
  it('영어 구절: 뒤쪽 이웃도 40자까지', () => {
    const at = (text: string): boolean => inEnglishPhrase(text, 0, 8);
    assert.deepEqual([at(`Monetary ${'a'.repeat(45)}`), at(`Monetary ${'a'.repeat(38)}`), at('Monetary '), at('Monetary a')], [false, true, false, false]);
  });
  it('이름표의 낱말 뒤: 띄어 쓴 낱말(딴 얘기)도 그 뒤 글자를 본다', () => {
    assert.deepEqual(['딴 얘기: 비', '딴 얘기꾼: 비', '딴-얘기: 비', 'off-topic: 비', '쉬는 시간에: 비'].map(isCasualLabel), [true, false, true, true, false]);
  });
});
