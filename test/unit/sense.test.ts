import * as assert from 'node:assert/strict';
import { Note } from '../../src/core/notes/note';
import { englishSpelling, expansionOf, inEnglishPhrase, inWorkTitle, isAsideLine, isOtherClassLine, isCasualLabel, isCasualTitle, isPlainEnglish, namedAfter, namesCustomerLife, namesStudy, relatesToCourse, wordBefore } from '../../src/core/match/sense';
import { type IndexTerm, TermIndex } from '../../src/core/matcher';
import { parseGlossary } from '../../src/core/glossary/parse';
import { bundledSnapshot } from './helpers';

const terms: IndexTerm[] = [
  { id: 'confidence', term: '신뢰도', aliases: ['Confidence'], sense: { cues: ['연관규칙', 'support'], spellings: ['신뢰도'], notAfter: ['기업', '브랜드'], notWith: ['여론조사'] } },
  { id: 'support', term: '지지도', aliases: [], sense: { cues: ['연관규칙', 'confidence'], spellings: undefined, notAfter: ['대통령'], notWith: [] } },
  { id: 'channel', term: '채널', aliases: [], sense: { cues: ['접점'], spellings: undefined, notAfter: ['TV', '유튜브'], notWith: [] } },
  { id: 'loyalty', term: '로열티', aliases: [], sense: { cues: ['고객'], spellings: undefined, notAfter: ['직원', '종업원'], notWith: [] } },
  { id: 'cookie', term: '쿠키', aliases: [], sense: { cues: [], spellings: undefined, notAfter: ['초코칩'], notWith: ['우유', '과자'] } },
  { id: 'customer', term: '고객', aliases: [] },
];
const index = TermIndex.build(terms);

/** A function listing `line:text=id` of every occurrence of a note, with `index`. */
function lister(index: TermIndex): (text: string) => string[] {
  return (text) => new Note(text, index).occurrences.map((o) => `${o.line}:${o.text}=${o.id}`);
}

/** `[text, id]` of every occurrence of a note. */
function mentions(text: string): Array<[string, string]> {
  return new Note(text, index).occurrences.map((o) => [o.text, o.id]);
}

describe('뜻 단서 (sense cues: an everyday word is a term only in its context)', () => {
  it('같은 절에 단서가 있을 때만 용어: 연관규칙 절의 신뢰도, 기업 이야기의 신뢰도는 아님', () => {
    const note = '# 연관규칙\n\n신뢰도와 지지도를 구한다.\n\n# 기업 평판\n\n소비자의 신뢰도가 떨어졌다.\n';
    assert.deepEqual(mentions(note), [['신뢰도', 'confidence'], ['지지도', 'support']]);
  });
  it('단서는 제목 경로에 있어도 된다: ## 연관규칙 아래 ### 측정 지표', () => {
    const note = '## 연관규칙 분석\n\n개요.\n\n### 측정 지표\n\n신뢰도는 조건부 확률이다.\n';
    assert.deepEqual(mentions(note), [['신뢰도', 'confidence']]);
  });
  it('단서로 쓴 용어 id는 그 용어의 모든 표기: support → 지지도', () => {
    assert.deepEqual(mentions('# 지표\n\n지지도가 높고 신뢰도도 높다.\n'), [['지지도', 'support'], ['신뢰도', 'confidence']]);
  });
  it('단서가 필요한 표기만 거른다: Confidence는 어디서나', () => {
    assert.deepEqual(mentions('# 일기\n\nConfidence가 생겼다. 신뢰도도.\n'), [['Confidence', 'confidence']]);
  });
  it('바로 앞 말이 일상어 뜻을 정한다: 대통령 지지도, TV 채널, 직원의 로열티, 유튜브채널', () => {
    const note = '# 연관규칙과 접점 관리: 고객\n\n대통령 지지도와 브랜드 신뢰도. TV 채널, TV채널. 직원의 로열티, 회사 직원 로열티.\n\n채널별 접점과 고객 로열티, 지지도.\n';
    assert.deepEqual(mentions(note), [['고객', 'customer'], ['채널', 'channel'], ['고객', 'customer'], ['로열티', 'loyalty'], ['지지도', 'support']]);
  });
  it('제목이 없는 노트는 노트 전체가 한 절', () => {
    assert.deepEqual(mentions('장바구니 분석에서 연관규칙의\n\n신뢰도를 본다.'), [['신뢰도', 'confidence']]);
    assert.deepEqual(mentions('장바구니 분석에서\n\n신뢰도를 본다.'), []);
  });
  it('호버도 같은 규칙: 단서 없는 신뢰도에는 호버가 없다', () => {
    const text = '# 연관규칙\n\n신뢰도\n\n# 평판\n\n신뢰도\n';
    const note = new Note(text, index);
    assert.equal(note.termAt(text.indexOf('신뢰도') + 1)?.id, 'confidence');
    assert.equal(note.termAt(text.lastIndexOf('신뢰도') + 1), undefined);
  });
  it('NFD 노트에서도 단서와 앞말을 읽는다', () => {
    const note = '# 연관규칙\n\n신뢰도. 기업 신뢰도.\n'.normalize('NFD');
    assert.deepEqual(new Note(note, index).occurrences.map((o) => o.id), ['confidence']);
  });
  it('앞말: 공백, 붙여 쓴 영어, 의를 건너뛴다', () => {
    assert.equal(wordBefore('직원의 로열티', 4), '직원');
    assert.equal(wordBefore('TV채널', 2), 'tv');
    assert.equal(wordBefore('(채널', 1), '');
  });
  it('앞말: 탭도 공백, 공백은 넷까지만, 앞말은 40자까지만 읽는다', () => {
    assert.equal(wordBefore('TV\t채널', 3), 'tv');
    assert.equal(wordBefore('TV    채널', 6), 'tv', 'four spaces');
    assert.equal(wordBefore('TV     채널', 7), '', 'five spaces: too far');
    assert.equal(wordBefore('  채널', 2), '');
    assert.equal(wordBefore(`${'가'.repeat(45)} 채널`, 46), '가'.repeat(40));
    assert.equal(wordBefore('의 채널', 2), '의', 'a lone 의 is kept');
  });
  it('같은 줄의 말이 일상어 뜻을 정한다 (notWith): 그 줄만 본다', () => {
    const note = '# 연관규칙\n\n여론조사 신뢰도는 낮다.\n신뢰도는 조건부 확률이다.\n';
    assert.deepEqual(mentions(note), [['신뢰도', 'confidence']]);
    assert.equal(new Note(note, index).occurrences[0]?.line, 3);
  });
  it('단서가 없는 뜻 규칙은 어디서나 용어이고, 앞말과 같은 줄의 말만 거른다', () => {
    const note = '# 웹 로그\n\n쿠키로 방문자를 구분한다.\n\n## 브라우저 설정\n\n초코칩 쿠키. 쿠키랑 우유.\n쿠키 삭제.\n';
    assert.deepEqual(new Note(note, index).occurrences.map((o) => `${o.line}:${o.text}`), ['2:쿠키', '7:쿠키']);
  });
  it('노트 제목(# 한 개)은 단서가 아니다: 주제가 연관규칙인 노트의 일기 절', () => {
    const note = '# 7장 연관규칙\n\n## 지표\n\n신뢰도를 구한다. 연관규칙의 핵심.\n\n## 일기\n\n신뢰도가 떨어졌다.\n';
    assert.deepEqual(new Note(note, index).occurrences.map((o) => o.line), [4]);
  });
  it('용어집의 sense: notWith만 있어도 되고, 아무 규칙도 없으면 이유를 알린다', () => {
    const glossary = (sense: unknown): string => JSON.stringify({ formatVersion: 1, terms: [{ id: 'cookie', term: '쿠키', definition: '웹 쿠키.', sense }] });
    const only = parseGlossary(glossary({ notWith: ['과자'] }), 'my.json', 'user');
    assert.deepEqual(only.diagnostics, []);
    assert.deepEqual(only.terms[0]?.fields.sense, { cues: [], spellings: undefined, notAfter: [], notWith: ['과자'] });
    const empty = parseGlossary(glossary({ spellings: ['쿠키'] }), 'my.json', 'user');
    assert.deepEqual(empty.diagnostics.map((d) => [d.code, d.args]), [['field.missing', ['cues']]]);
    assert.equal(empty.terms[0]?.fields.sense, undefined);
  });
  it('두 용어가 같은 표기를 나누고 둘 다 단서가 있으면 가까운 단서를 따른다: DM', () => {
    const { index: bundled } = bundledSnapshot();
    const text = '## 정리\n\n- 데이터 마트(DM): 부서별 작은 DW\n- 마케팅팀용 DM\n\n\n\n- 캠페인 발송: 우편 DM\n- DM 응답률\n';
    const dms = new Note(text, bundled).occurrences.filter((o) => o.text === 'DM').map((o) => `${o.line}:${o.id}`);
    assert.deepEqual(dms, ['2:data-mart', '3:data-mart', '8:direct-mail']);
  });
  it('노트가 약어를 정의하면 그 블록의 약어는 그 용어: 데이터 마트(DM) 아래 \'DM은 다이렉트 메일이 아님\'; 바로 뒤 풀이 DM(우편)이 먼저', () => {
    const { index: bundled } = bundledSnapshot();
    const text = [
      '## DW', '',
      '- 데이터 마트(DM): 부서별로 자른 작은 DW',
      '  - 마케팅 DM은 캠페인 분석용',
      '  - 여기서 DM은 다이렉트 메일이 아님! 캠페인 채널의 DM(우편 발송)과 다름',
      '', '- DM 응답률은 캠페인 지표',
    ].join('\n');
    const dms = new Note(text, bundled).occurrences.filter((o) => o.text === 'DM').map((o) => `${o.line}:${o.start}:${o.id}`);
    assert.deepEqual(dms, ['2:9:data-mart', '3:8:data-mart', '4:8:data-mart', '4:33:direct-mail', '6:2:direct-mail']);
  });
  it('한 줄에 두 용어의 단서가 다 있으면 글자로 가까운 쪽, 앞 수식이 먼저: 4C의 편리성 … 모바일 기기의 편리성', () => {
    const { index: bundled } = bundledSnapshot();
    const ids = (text: string): string[] => new Note(text, bundled).occurrences.filter((o) => o.text === '편리성' || o.text === 'DM').map((o) => `${o.line}:${o.start}:${o.id}`);
    assert.deepEqual(ids('## 정리\n\n- 4C의 편리성, 그리고 모바일 기기의 편리성\n'), ['2:6:convenience-4c', '2:23:convenience']);
    // A modifier comes first: the 4C in brackets after it is farther than 모바일 before it.
    assert.deepEqual(ids('## 정리\n\n- 여기 편리성은 모바일 기기의 편리성 (1장 4C의 구매 편의성이랑 다름)\n'), ['2:5:convenience', '2:18:convenience']);
    // What the line denies or says not to confuse with is no cue for the mentions outside it.
    assert.deepEqual(ids('## 정리\n\n- 4C에서 Place에 대응하는 게 편리성 → 모바일 특성의 편리성이랑 헷갈리지 말기\n'), ['2:21:convenience-4c', '2:35:convenience']);
    assert.deepEqual(ids('## DW\n\n- 여기서 DM은 다이렉트 메일이 아니라 데이터 마트!!\n'), ['2:6:data-mart']);
    // On the lines around it too: the next line's DM 발송 is set apart, its 데이터 마트 counts.
    assert.deepEqual(ids('## 정리\n\n- 마케팅팀 DM, 영업팀 DM 식으로 나눔\n- 데이터 마트라서 6.1의 DM 발송이랑 다름\n'), ['2:7:data-mart', '2:15:data-mart']);
    // 4P's Place is a cue of 4C's 편리성.
    assert.deepEqual(ids('## 정리\n\n- Place ↔ 편리성\n'), ['2:10:convenience-4c']);
  });
  it('일상어 짝과 견주는 말은 용어가 아니다: 코칭은 … 축구 감독의 코칭이랑 비슷한 느낌; 한 번만 쓰면 견줌이 아니다', () => {
    const { index: bundled } = bundledSnapshot();
    const coaching = (text: string): string[] => new Note(text, bundled).occurrences.filter((o) => o.text === '코칭').map((o) => `${o.line}:${o.start}:${o.id}`);
    const note = '## 컨택센터\n\n- 슈퍼바이저가 모니터링 후 코칭\n- 코칭은 녹취를 같이 듣는 것 → 축구 감독이 하는 코칭이랑 비슷한 느낌\n';
    assert.deepEqual(coaching(note), ['2:16:coaching', '3:2:coaching']);
    assert.deepEqual(coaching('## 컨택센터\n\n- 슈퍼바이저의 코칭이랑 비슷한 느낌의 교육\n'), ['2:9:coaching']);
    const offer = '## 캠페인\n\n- 오퍼 = 고객에게 제시하는 혜택\n  - 취준생이 말하는 "오퍼 받았다"랑은 다른 뜻\n';
    assert.deepEqual(new Note(offer, bundled).occurrences.filter((o) => o.text === '오퍼').map((o) => `${o.line}:${o.id}`), ['2:campaign-offer']);
  });
  it('번들 용어집: 기업 신뢰도와 시험 단골 문제는 용어가 아니고, 연관규칙의 신뢰도는 용어다', () => {
    const { index: bundled } = bundledSnapshot();
    const ids = (text: string): string[] => new Note(text, bundled).occurrences.map((o) => `${o.text}=${o.id}`);
    assert.ok(ids('## 연관규칙 분석\n\n장바구니 분석의 신뢰도를 구한다.\n').includes('신뢰도=association-confidence'));
    assert.ok(!ids('## 오늘 일기\n\n그 기업의 신뢰도가 무너졌다.\n').some((m) => m.startsWith('신뢰도=')));
    assert.ok(!ids('## 공부 계획\n\n시험 단골 문제부터 외운다.\n').some((m) => m.startsWith('단골=')));
    assert.ok(ids('## 고객 유형\n\n단골이 되면 자주 산다.\n').includes('단골=regular-patron'));
    // A look-up of the bare word still answers.
    assert.equal(bundled.lookup('신뢰도')?.id, 'association-confidence');
  });
});

describe('잡담 절 (casual sections: everyday words beside the course)', () => {
  const casualTerms: IndexTerm[] = [
    { id: 'loyalty', term: '로열티', aliases: ['충성도'], sense: { cues: [], spellings: undefined, notAfter: ['직원'], notWith: [] } },
    { id: 'value', term: '가치', aliases: [], generic: true, sense: { cues: ['가격', '편익'], spellings: ['가치'], notAfter: ['인생'], notWith: [] } },
    { id: 'price', term: '가격', aliases: [], generic: true },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    { id: 'inertia-loyalty', term: '타성적 로열티', aliases: [] },
    { id: 'rfm', term: 'RFM', aliases: [] },
  ];
  const casualIndex = TermIndex.build(casualTerms);
  /** `line:text=id` of every occurrence. */
  const found = lister(casualIndex);

  it('잡담 절의 일상어는 그 줄에 CRM 용어가 없으면 용어가 아니다: 진돗개 충성도는 아니고, 로열티 절의 충성도는 용어', () => {
    const note = '## 로열티\n\n충성도가 높은 고객.\n\n## 잡담\n\n친구네 진돗개는 충성도가 남다르다.\n';
    assert.deepEqual(found(note), ['0:로열티=loyalty', '2:충성도=loyalty', '2:고객=customer']);
  });
  it('잡담 절이라도 같은 줄에 CRM 용어(증거)가 있으면 용어: 별 적립 → 타성적 로열티', () => {
    const note = '## 일기 (10/21)\n\n카페 충성도 최상, 다른 데 못 감 → 이게 타성적 로열티인가\n';
    assert.deepEqual(found(note), ['2:충성도=loyalty', '2:타성적 로열티=inertia-loyalty']);
  });
  it('잡담 절이라도 같은 줄에 그 용어의 단서가 있으면 용어: 학식 가격 … 더 나은 가치; 일반어(고객, 가격)는 거르지 않는다', () => {
    const note = '## 잡담\n\n할머니 반지는 돈으로 따질 수 없는 가치가 있다.\n학식 가격이 올라서 도시락이 더 나은 가치 같다.\n고객이 많다.\n';
    assert.deepEqual(found(note), ['3:가격=price', '3:가치=value', '4:고객=customer']);
  });
  it('제목이 CRM 용어를 부르면 메모라도 잡담 절이 아니다: ## RFM 메모; 노트 제목(# 한 개)은 세지 않는다', () => {
    assert.deepEqual(found('## RFM 메모\n\n충성도를 본다.\n'), ['0:RFM=rfm', '2:충성도=loyalty']);
    assert.deepEqual(found('# RFM 정리\n\n## 메모\n\n충성도를 본다.\n'), ['0:RFM=rfm']);
    assert.deepEqual(found('## RFM\n\n### 메모\n\n충성도를 본다.\n'), ['0:RFM=rfm', '4:충성도=loyalty']);
    // A note titled 메모 is a note, not an aside: its title says nothing about its sections.
    assert.deepEqual(found('# 메모\n\n충성도를 본다.\n'), ['2:충성도=loyalty']);
  });
  it('잡담이라는 제목이 없으면: 네 줄 이상이고 CRM 용어가 있는 줄이 10% 미만일 때만 잡담 절', () => {
    const lines = (n: number): string => Array.from({ length: n - 1 }, (_, k) => `하루 ${k}`).join('\n');
    assert.deepEqual(found(`## 주말\n\n${lines(4)}\n진돗개 충성도.\n`), []);
    assert.deepEqual(found(`## 주말\n\n${lines(3)}\n진돗개 충성도.\n`), ['4:충성도=loyalty']);
    // One line in three names RFM: not casual, the rule of the term alone decides.
    assert.deepEqual(found('## 주말\n\nRFM 복습\n하루\n진돗개 충성도.\n하루\n'), ['2:RFM=rfm', '4:충성도=loyalty']);
  });
  it('잡담이라는 제목이라도 CRM 용어가 있는 줄이 35% 이상이면 잡담 절이 아니고 줄마다 곁말: 공부 말이 일상어를 살린다', () => {
    assert.deepEqual(found('## 메모\n\nRFM 복습\nRFM 정리\n충성도 외우기\n진돗개 충성도.\n'), ['2:RFM=rfm', '3:RFM=rfm', '4:충성도=loyalty']);
    assert.deepEqual(found('## 메모\n\nRFM 복습\n하루\n하루\n충성도 외우기\n'), ['2:RFM=rfm']);
  });
  it('잡담 절에서 CRM 용어 혼자는 일상 이야기: 다른 용어, 공부 말, 잇는 말, 이름 붙이는 끝이 있어야 용어', () => {
    const note = [
      '## 잡담', '',
      '- 동아리 단톡방 이름이 타성적 로열티라서 웃김', // alone: everyday talk
      '- 내일 RFM 복습하고 타성적 로열티 외우기', // 복습 / 외우: about the course
      '- 편의점 적립카드만 씀 → 타성적 로열티', // an arrow relates the day to the course
      '- 이게 타성적 로열티인가', // an ending that names it
      '- RFM 그리고 타성적 로열티', // two course terms on one line
      // Few lines of a casual section name a CRM term (under 35%): ten more about the day.
      ...Array.from({ length: 10 }, (_, k) => `- 집에서 쉼 ${k}`),
    ].join('\n');
    assert.deepEqual(found(note), [
      '3:RFM=rfm', '3:타성적 로열티=inertia-loyalty', '4:타성적 로열티=inertia-loyalty', '5:타성적 로열티=inertia-loyalty',
      '6:RFM=rfm', '6:타성적 로열티=inertia-loyalty',
    ]);
    // The hover follows the same rule.
    const hover = new Note(note, casualIndex);
    assert.equal(hover.termAtPosition(2, 14), undefined);
    assert.equal(hover.termAtPosition(4, 16)?.id, 'inertia-loyalty');
  });
  it('강의 절 안의 곁말 줄: CRM 용어 혼자는 강의와 잇는 말(예시, →)이 있어야 용어, "얘기"만으로는 아니다', () => {
    assert.deepEqual(found('## 로열티 유형\n\n- 오늘 동아리 선배가 타성적 로열티 예시를 들었다\n'), ['0:로열티=loyalty', '2:타성적 로열티=inertia-loyalty']);
    // 얘기 says nothing of which 로열티 (만화 동아리에서 다들 CSM 얘기만 함: 체인소맨).
    assert.deepEqual(found('## 로열티 유형\n\n- 오늘 동아리 선배가 타성적 로열티 얘기를 했다\n'), ['0:로열티=loyalty']);
  });
  it('이름 붙이는 끝과 공부 말 (namedAfter, namesStudy)', () => {
    const text = '결속인가 결속인 듯 결속이다 결속이네 해지방어구나 테스트였을 듯 해지방어팀';
    assert.deepEqual([2, 7, 13, 18, 25, 31, 40].map((end) => namedAfter(text, end)), [true, true, false, true, true, true, false]);
    assert.deepEqual(['내일시험', 'crm분반', '컵라면→연관규칙', '6장외우기', '경제원론과제', '3장에서'].map(namesStudy), [false, true, false, true, false, true]);
    assert.deepEqual(['내일시험', '컵라면→연관규칙', '집에서쉼', '이게바로', '연관규칙체감'].map(relatesToCourse), [false, true, false, true, true]);
  });
  it('곁말 줄 (isAsideLine): 웃음·TMI, 또는 내 하루 이야기를 일기처럼 끝낸 줄', () => {
    assert.deepEqual(
      [
        '- 동생이 아이돌 팬덤 지지도 투표를 새벽까지 함 ㅋㅋ',
        '- (TMI) 헬스장 등록',
        '- 어제 본가 가서 TV 채널 돌리다가 홈쇼핑 봄',
        '- 주말에 알바하면서 단골 손님 얼굴 다 외웠음.',
        '- 오늘의 핵심: 고객점유율',
        '- 고객 정보를 통합함',
        '- 어제 배운 내용은 RFM',
        '- HTMI 지표',
        '- 조별과제 점수 나누기로 단톡에서 또 논쟁이 터짐', // a nominal ending (터짐) on a day of the student's
        '- 친구 말로는 고객 관리가 제일 중요함',
        '- 고객 정보를 통합하는 시스템',
      ].map(isAsideLine),
      [true, true, true, true, false, false, false, false, true, true, false],
    );
  });
  it('강의 절 속 곁말 줄도 잡담처럼: 일상어는 그 줄에 CRM 용어가, 용어 혼자는 잇는 말이 있어야', () => {
    const note = [
      '## 로열티 유형', '',
      '- 충성도가 높은 고객은 가격에 덜 민감',
      '- 친구네 진돗개는 충성도가 남다름 ㅋㅋ', // an aside: the everyday word needs a CRM term
      '- 어제 동아리 단톡방 이름이 타성적 로열티라서 웃김 ㅋㅋ', // an aside: a course term alone
      '- 카페 별 적립 때문에 계속 감 → 타성적 로열티 ㅋㅋ', // related to the course by an arrow
      '- 외우는 팁: 충성도는 고객이 다시 오는 것 ㅋㅋ', // about studying: stays
    ].join('\n');
    assert.deepEqual(found(note), [
      '0:로열티=loyalty', '2:충성도=loyalty', '2:고객=customer', '2:가격=price',
      '5:타성적 로열티=inertia-loyalty', '6:충성도=loyalty', '6:고객=customer',
    ]);
  });
  it('코드 블록 속 용어는 증거가 아니고 코드 줄은 세지 않는다; 호버도 같은 규칙', () => {
    const note = '## 잡담\n\n```\nRFM\n```\n진돗개 충성도.\n';
    assert.deepEqual(found(note), []);
    const hover = new Note(note, casualIndex);
    assert.equal(hover.termAtPosition(5, 5), undefined);
    assert.equal(new Note('## 잡담\n\n충성도 → 타성적 로열티\n', casualIndex).termAtPosition(2, 1)?.id, 'loyalty');
  });
});

describe('이름만 같은 말과 메모 절 (namesakes the note disclaims, aside-titled sections)', () => {
  const terms: IndexTerm[] = [
    { id: 'crm', term: 'CRM', aliases: [] },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    // One term with a sense rule turns the note's sense rules on.
    { id: 'loyalty', term: '로열티', aliases: [], sense: { cues: [], spellings: undefined, notAfter: ['직원'], notWith: [] } },
    { id: 'supervised-learning', term: '지도학습', aliases: ['지도 학습'] },
    { id: 'distributive-justice', term: '분배 공정성', aliases: [] },
    { id: 'competitor', term: '경쟁자', aliases: [] },
    { id: 'point-program', term: '포인트 적립 프로그램', aliases: [] },
    { id: 'rfm', term: 'RFM', aliases: [] },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('"…이랑 이름만 같음/상관없는 얘기": 앞의 같은 이름은 일상어, 견준 강의 쪽 말은 용어', () => {
    const note = [
      '## 데이터마이닝', '',
      '- 지도학습은 정답이 있는 데이터로 학습',
      '- 독도법 시간에 지도 학습 한다고 산 올라갔던 기억… 머신러닝 지도학습이랑 이름만 같음',
      '- 상병 때 휴가 분배 공정성 때문에 싸했음. 그건 CRM이랑 상관없는 얘기',
      '- 지도학습과 비지도학습은 완전 다른 개념', // a course line: both stay
      '- 유튜브 지도 학습 영상이랑 완전 다름', // no course word in the phrase compared: no rule
      '- 산악회 지도 학습 공지. SERVQUAL 지도학습이랑 철자까지 똑같음', // an acronym of any length is the course's
      '- 산악회 지도 학습 공지2. 데이터마이닝 지도학습이랑은 글자만 같음',
    ].join('\n');
    assert.deepEqual(found(note), [
      '2:지도학습=supervised-learning',
      '3:지도학습=supervised-learning',
      '4:CRM=crm',
      '5:지도학습=supervised-learning',
      '6:지도 학습=supervised-learning',
      '7:지도학습=supervised-learning',
      '8:지도학습=supervised-learning',
    ]);
  });
  it('다른 수업 줄 (isOtherClassLine): 과목과 수업·교양·과제·실험이 이끄는 줄, 이 수업이나 그날 수업은 아님', () => {
    assert.deepEqual(
      ['- 경제원론 과제: 댐 건설의 비용-편익 분석', '> - 물리 교양 시간에 상대성 이론 얘기', '- 생명과학 교양: 린네의 분류 기법', '- 화학 실험: 불균일 혼합물', '- 사회학 교양 과제: 위치성',
        '- CRM 과제: RFM 분석', '- 오늘 수업: 고객가치', '- 3주차 수업: CLV', '> - 과제: SNS 감성 분석', '- 마케팅 수업에서 배운 STP', '- 고객 경쟁자 분석'].map(isOtherClassLine),
      [true, true, true, true, true, false, false, false, false, false, false],
    );
    assert.deepEqual(['메모: 교육학 시간에 학습 피라미드 배움', '- 통계학 시간엔 회귀분석', '- 마케팅 시간에 STP', '- 수업 시간에 RFM'].map(isOtherClassLine), [true, true, false, false]);
    assert.deepEqual(
      ['[오후 9:47] 서연: 나는 문화유산 교양 기말 준비 중', '[오후 8:10] 서연: 세계사 교양 과제가 한니발 전쟁', '[오후 8:11] 하람: 나는 협상론 교양에서 발표', '[오후 9:50] 서연: SERVQUAL 정리', '- A/B 테스트 실험 설계', '[오후 9:44] 나: 우리 수업 시간에 RFM'].map(isOtherClassLine),
      [true, true, true, false, false, false],
    );
  });
  it('다른 수업 줄의 용어는 그 수업 말: 이 과목을 부르거나 이 수업과 견준 말만 용어, 공부 말만으로는 아니다', () => {
    const note = [
      '## 데이터마이닝', '',
      '- 생명과학 교양: 린네의 지도 학습 실습. 경쟁자 많음', // another class: neither stays
      '- 생명과학 교양: 뇌 신경망 구조. 7-4의 지도학습이랑은 완전히 다른 얘기', // the course's phrase stays
      '- 통계 수업: 지도학습 복습', // studying for that class (국제정치 교양 퀴즈 범위: … 외우기)
      '- 통계 수업: CRM 지도학습 복습', // this course by name
      '- 지도학습과 경쟁자',
    ].join('\n');
    assert.deepEqual(found(note), ['3:지도학습=supervised-learning', '5:CRM=crm', '5:지도학습=supervised-learning', '6:지도학습=supervised-learning', '6:경쟁자=competitor']);
  });
  it('메모 제목 절은 강의 용어가 많아도 줄마다 곁말: 혼자 쓴 강의 용어는 일상어, 번호 붙은 절(6.4 조별과제 메모)은 강의', () => {
    const note = [
      '## 메모 (도서관)', '',
      '- 시험기간 도서관 자리 경쟁자 너무 많음',
      '- 카페 스탬프 10개 → 포인트 적립 프로그램이랑 똑같음',
      '- 친구들을 RFM으로 분류해 봄',
      '- 요즘 포인트 적립 프로그램 덕에 또 감',
      '',
      '## 6.4 조별과제 메모', '',
      '- 발표 주제 경쟁자 분석',
      '- RFM 계산',
    ].join('\n');
    assert.deepEqual(found(note), [
      '3:포인트 적립 프로그램=point-program', // related by the arrow
      '9:경쟁자=competitor',
      '10:RFM=rfm',
    ]);
  });
});

describe('한 줄에 같은 말이 둘 (a line that explains a term by its everyday twin)', () => {
  const twinTerms: IndexTerm[] = [
    { id: 'roll-up', term: '롤업', aliases: [], sense: { cues: [], spellings: ['롤업'], notAfter: [], notWith: ['셔츠', '소매 롤업'] } },
    { id: 'dice', term: '다이스', aliases: [], sense: { cues: [], spellings: ['다이스'], notAfter: [], notWith: ['깍둑'] } },
    { id: 'reach', term: '접근성', aliases: [], sense: { cues: [], spellings: ['접근성'], notAfter: [], notWith: ['웹 접근성', '스크린리더'] } },
    { id: 'value', term: '가치', aliases: ['Value'], sense: { cues: [], spellings: ['가치'], notAfter: [], notWith: ['Veracity', '비즈니스 가치'] } },
  ];
  const twinIndex = TermIndex.build(twinTerms);
  const at = (text: string): string[] => new Note(text, twinIndex).occurrences.map((o) => `${o.start}:${o.text}`);

  it('일상어 뜻의 말은 바로 뒤의 같은 말에 붙는다: 롤업은 셔츠 소매 롤업처럼 → 앞의 롤업만 용어', () => {
    assert.deepEqual(at('롤업은 셔츠 소매 롤업처럼 말아 올린다\n'), ['0:롤업']);
  });
  it('괄호 속 말은 괄호 앞의 말에: 다이스는 감자 다이스(깍둑썰기)처럼 → 앞의 다이스만', () => {
    assert.deepEqual(at('다이스는 요리할 때 감자 다이스(깍둑썰기)처럼 자른다\n'), ['0:다이스']);
  });
  it('겹치는 말은 그 말에: 웹 접근성(스크린리더)은 모바일의 접근성과 다르다 → 뒤의 접근성만', () => {
    assert.deepEqual(at('웹 접근성(스크린리더 지원)은 모바일 특성의 접근성이랑 다르다\n'), ['25:접근성']);
  });
  it('한 줄에 한 번이면 줄의 어느 말이든 그 말에 (예전 규칙 그대로)', () => {
    assert.deepEqual(at('셔츠는 나중에, 롤업은 OLAP 연산\n'), []);
  });
  it('들여 쓴 목록 항목은 위 항목의 말도 본다: 5V의 Veracity 아래 항목의 가치', () => {
    const note = '- 5V = 3V + Veracity + 가치\n  - 여기서 가치는 데이터에서 뽑는 비즈니스 가치\n- 고객이 얻는 가치\n';
    assert.deepEqual(new Note(note, twinIndex).occurrences.map((o) => `${o.line}:${o.start}`), ['2:9']);
  });
});

describe('평범한 영어 낱말 (plain English spellings follow the rules of everyday words)', () => {
  const english: IndexTerm[] = [
    { id: 'monetary', term: '구매금액', aliases: ['M'], english: 'Monetary' },
    { id: 'security', term: '보안성', aliases: [], english: 'Security' },
    { id: 'cross-selling', term: '교차판매', aliases: ['Cross-selling'] },
    { id: 'rfm', term: 'RFM', aliases: [] },
    { id: 'customer', term: '고객', aliases: [] },
    { id: 'customer-value', term: '고객가치', aliases: ['Customer Value'] },
  ];
  const englishIndex = TermIndex.build(english);
  const found = (text: string): Array<[string, string]> => new Note(text, englishIndex).occurrences.map((o) => [o.text, o.id]);

  it('낱말 분류: 소문자로 이어지는 낱말만, 약어·섞인 표기는 아니다', () => {
    assert.deepEqual(
      ['Monetary', 'security', 'Cross-selling', 'RFM', 'e-CRM', 'SoLoMo', 'K-means', 'AB', 'Co-creation'].map(isPlainEnglish),
      [true, true, true, false, false, false, false, false, true],
    );
  });
  it('영어 문장 속 낱말은 용어가 아니다: the monetary policy, security check', () => {
    assert.deepEqual(found('# RFM\n\n- the monetary policy 기사\n- 공항 security check 줄이 길었다\n'), [['RFM', 'rfm']]);
  });
  it('한글 옆, 괄호 안, and로 이은 목록의 영어 용어는 그대로 용어', () => {
    assert.deepEqual(found('# 정리\n\n- 구매금액(Monetary)과 보안성(Security)\n- Monetary and Security\n- Cross-selling은 RFM Monetary로\n'), [
      ['구매금액', 'monetary'], ['Monetary', 'monetary'], ['보안성', 'security'], ['Security', 'security'],
      ['Monetary', 'monetary'], ['Security', 'security'],
      ['Cross-selling', 'cross-selling'], ['RFM', 'rfm'], ['Monetary', 'monetary'],
    ]);
  });
  it('영어 구절의 이웃: 한 칸 띄운 두 글자 이상 낱말, 약어·and·숫자 붙은 말은 아니다', () => {
    const at = (text: string, word: string): boolean => inEnglishPhrase(text, text.indexOf(word), text.indexOf(word) + word.length);
    assert.deepEqual(
      [
        at('the monetary policy', 'monetary'),
        at('monetary policy', 'monetary'),
        at('low monetary', 'monetary'),
        at('CRM Monetary', 'Monetary'),
        at('Monetary and Security', 'Monetary'),
        at('a Monetary', 'Monetary'),
        at('x2y Monetary', 'Monetary'),
        at('Monetary  policy', 'Monetary'),
        at('(Monetary)', 'Monetary'),
        at('구매금액 Monetary 점수', 'Monetary'),
      ],
      [true, true, true, false, false, false, false, false, false, false],
    );
  });
  it('더 긴 표기가 있으면 그 표기: Customer Value는 고객가치', () => {
    assert.deepEqual(found('# 가치\n\nCustomer Value를 높인다.\n'), [['Customer Value', 'customer-value']]);
  });
  it('잡담 절에서는 그 줄에 CRM 용어가 있어야 한다: 게임 Security 설정, 반면 RFM의 Monetary', () => {
    const note = '# 정리\n\n## RFM 분석\n\n- RFM 점수\n\n## 잡담\n\n- 게임 Security 설정을 바꿨다\n- 오늘은 쉬었다\n- 내일은 RFM의 Monetary 복습\n';
    assert.deepEqual(found(note), [['RFM', 'rfm'], ['RFM', 'rfm'], ['RFM', 'rfm'], ['Monetary', 'monetary']]);
  });
  it('평범한 영어 표기는 절이 CRM 이야기라는 근거가 아니다', () => {
    // Without the rule, Security would make the 잡담 section about CRM, and 고객 (generic) would stay.
    const note = '# 메모\n\n## 잡담\n\n- Security 카드 분실\n- 카페 손님이 많았다\n- 오늘은 쉬었다\n';
    assert.deepEqual(found(note), []);
  });
});

describe('곁말 블록과 약어 풀이 (aside blocks, acronym expansions)', () => {
  const terms: IndexTerm[] = [
    { id: 'loyalty', term: '로열티', aliases: ['충성도'], sense: { cues: [], spellings: undefined, notAfter: ['직원'], notWith: [] } },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    { id: 'inertia-loyalty', term: '타성적 로열티', aliases: [] },
    { id: 'black-consumer', term: '블랙컨슈머', aliases: [] },
    { id: 'crm', term: 'CRM', aliases: ['Customer Relationship Management'] },
    { id: 'ebm', term: '이벤트 기반 마케팅', aliases: ['EBM', 'Event-Based Marketing'] },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('곁말 이름표: 줄 앞의 잡담·메모·일기·오늘 한 일 (낱말로), 콜론이나 괄호 앞, 또는 짧은 줄', () => {
    assert.deepEqual(
      ['> 잡담', '> 메모: 사촌 형 이야기', '- 오늘 한 일: 도서관', '**일기 4/8**', '> [!note] 잡담', '3. 개인적 고객: 인간적 교류', '> 잡담이 길어지면 고객이 떠난다는 연구가 있다', '- 교양 정치학: 발표'].map(isCasualLabel),
      [true, true, true, true, true, false, false, true],
    );
    // The word as a word in English too: Personalization is no `personal` label.
    assert.deepEqual(['- Personalization: 로열티 높은 고객에게 추천', '- Personal: 동아리', '- TMIX 지표: 고객'].map(isCasualLabel), [false, true, false]);
  });
  it('인용 블록 곁말(> 잡담 …)은 잡담 절처럼: 일상어도 용어 혼자도 걸러지고, 블록이 끝나면 다시 강의', () => {
    const note = [
      '## 로열티 유형', '',
      '- 충성도가 높은 고객',
      '> 잡담',
      '> - 길드장이 길드원 충성도가 떨어졌다고 함',
      '> - 동아리 단톡방 이름이 타성적 로열티',
      '> - 내일 6장 복습: 타성적 로열티',
      '- 충성도 측정',
    ].join('\n');
    assert.deepEqual(found(note), ['0:로열티=loyalty', '2:충성도=loyalty', '2:고객=customer', '6:타성적 로열티=inertia-loyalty', '7:충성도=loyalty']);
  });
  it('줄 첫머리 용어는 곁말 줄에서도 용어: - 블랙컨슈머: 악의적 요구. 카페 알바 때 한 명 있었음', () => {
    assert.deepEqual(found('## 불량고객\n\n- 블랙컨슈머: 악의적 요구. 카페 알바 때 한 명 있었음\n- 어제 알바 온 손님 진짜 블랙컨슈머였음\n- 어제 본 영화에 블랙컨슈머 나옴 ㅋㅋ\n'), [
      '2:블랙컨슈머=black-consumer',
      '3:블랙컨슈머=black-consumer', // 였음: the student names it
    ]);
  });
  it('약어 풀이가 다른 말이면 그 용어가 아니다: CRM(Crew Resource Management), Evidence-Based Medicine(EBM)', () => {
    assert.equal(expansionOf('CRM(Crew Resource Management, 승무원 자원 관리)', 0, 3), 'Crew Resource Management');
    assert.equal(expansionOf('Evidence-Based Medicine(EBM)', 24, 27), 'Evidence-Based Medicine');
    assert.equal(expansionOf('MOT(Ministry of Transport)', 0, 3), 'Ministry of Transport');
    assert.equal(expansionOf('CRM(고객관계관리)', 0, 3), undefined);
    assert.equal(expansionOf('CRM (Crew)', 0, 3), undefined);
    assert.equal(expansionOf('Crm(Crew Resource Management)', 0, 3), undefined);
    assert.equal(expansionOf('거기 CRM은 Crew Resource Management, 조종실 훈련', 3, 6), 'Crew Resource Management');
    assert.equal(expansionOf('DM = Dungeon Master', 0, 2), 'Dungeon Master');
    assert.equal(expansionOf('CRM은 Customer Relationship Management의 약자', 0, 3), 'Customer Relationship Management');
    assert.equal(expansionOf('CRM은 Big Data', 0, 3), undefined);
    const note = '# 메모\n\n- CRM(Crew Resource Management) 교육\n- CRM(Customer Relationship Management)\n- Evidence-Based Medicine(EBM)\n- EBM(Event-Based Marketing)\n- EBM (이벤트 기반)\n';
    assert.deepEqual(found(note), ['3:CRM=crm', '3:Customer Relationship Management=crm', '5:EBM=ebm', '5:Event-Based Marketing=ebm', '6:EBM=ebm']);
  });  it('같은 블록에서 풀어 쓴 약어도 그 블록 안에서는 다른 말: 빈 줄이나 제목에서 블록이 끝난다', () => {
    const note = [
      '## CRM 개념', '',
      '> 메모: 사촌 형은 회사에서 CRM 교육을 매년 받는다고 함.', // the CRM the next line expands
      '> 거기 CRM은 Crew Resource Management, 조종실 팀워크 훈련이라고 함.',
      '', '- CRM은 고객과의 관계를 관리한다', // a new block: the course's CRM
      '- 항공 CRM(Crew Resource Management)과 달리 CRM(Customer Relationship Management)은 고객 관리', // both expansions: each its own
    ].join('\n');
    assert.deepEqual(found(note), ['0:CRM=crm', '5:CRM=crm', '5:고객=customer', '6:CRM=crm', '6:Customer Relationship Management=crm', '6:고객=customer']);
  });
  it('영화·책 제목 속 말은 용어가 아니다: 영화 <소셜 네트워크>, 책 『고객은 왜 떠나는가』', () => {
    const title = '영화 <고객 만족> 다시 봄';
    assert.equal(inWorkTitle(title, 4, 6), true);
    assert.equal(inWorkTitle('책 『고객은 왜 떠나는가』 읽음', 3, 5), true);
    assert.equal(inWorkTitle('<고객> 유형', 1, 3), false); // no work named before it
    assert.equal(inWorkTitle('영화 <머니볼> 보고 고객 얘기', 12, 14), false); // after the title
    assert.deepEqual(found('## CRM 개념\n\n- 영화 <고객> 다시 봄. 고객 얘기 아님\n'), ['0:CRM=crm', '2:고객=customer']);
  });
});

describe('되가리키는 말, 구분하는 말, 괄호 풀이 영어 이름 (pointing back, setting apart, English names with a gloss)', () => {
  const terms: IndexTerm[] = [
    { id: 'loyalty', term: '로열티', aliases: ['충성도'], sense: { cues: [], spellings: ['충성도'], notAfter: ['직원'], notWith: [] } },
    { id: 'solidity', term: '견고성', aliases: [], sense: { cues: ['관계'], spellings: undefined, notAfter: ['건물'], notWith: [] } },
    { id: 'reachability', term: '접근성', aliases: [], sense: { cues: [], spellings: undefined, notAfter: ['노인'], notWith: [] } },
    { id: 'offer', term: '오퍼', aliases: [], sense: { cues: ['캠페인'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'mercenary', term: '용병', aliases: [], sense: { cues: ['loyalty'], spellings: undefined, notAfter: ['K리그'], notWith: [] } },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    { id: 'olap', term: 'OLAP', aliases: [] },
    { id: 'pivot', term: '피벗', aliases: [], sense: { cues: ['OLAP', '큐브'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'convenience', term: '편리성', aliases: ['Convenience'], sense: { cues: ['모바일'], spellings: ['편리성'], notAfter: [], notWith: [] } },
    { id: 'convenience-4c', term: '구매 편의성', aliases: ['편리성'], english: 'Convenience (4C)', sense: { cues: ['4C', 'Place'], spellings: ['편리성'], notAfter: [], notWith: [] } },
    { id: 'solomo', term: '소로모', aliases: [], english: 'SoLoMo (Social, Local, Mobile)' },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('그 X, 다른 X: 앞의 같은 말(같은 줄이나 윗줄)이 일상어면 이것도 일상어, 용어면 용어', () => {
    const note = '## 관계 유지\n\n- 관계의 견고성. 그 견고성이 로열티를 만든다\n- 보충: 건물 견고성 테스트 영상 봄. 그 견고성은 물건 얘기\n';
    assert.deepEqual(found(note), ['2:견고성=solidity', '2:견고성=solidity', '2:로열티=loyalty']);
    // Without 그, the second is judged on its own: the section's cue keeps it.
    assert.deepEqual(found('## 관계 유지\n\n- 보충: 건물 견고성 테스트 영상 봄. 견고성은 물건 얘기\n'), ['2:견고성=solidity']);
  });
  it('곁말 줄의 단서가 부정 속에 있으면 앞의 일상어를 살리지 못하고, 부정 속의 말만 용어', () => {
    const note = '## 캠페인 설계\n\n- 오퍼 결정\n\n> 잡담\n> 중고거래 앱에서 "3만 원에 오퍼 넣을게요" 함. 흥정이지 캠페인 오퍼 아님\n';
    assert.deepEqual(found(note), ['2:오퍼=offer', '5:오퍼=offer']);
    assert.deepEqual(found(note).filter((f) => f.startsWith('5:')).length, 1);
  });
  it('곁말 줄에서 견주어 부른 강의 용어는 용어: 셋 다 OLAP이랑 무관, 모바일 접근성이랑 다른 얘기', () => {
    const note = '## OLAP 연산\n\n- 피벗: 축 바꾸기\n\n> 잡담\n> 복싱장 관장님이 "피벗으로 각도 틀어!" 함. 셋 다 OLAP이랑 무관\n> 노인 접근성 얘기는 모바일 접근성이랑 다른 얘기\n';
    assert.deepEqual(found(note), ['0:OLAP=olap', '2:피벗=pivot', '5:OLAP=olap', '6:접근성=reachability']);
  });
  it('// 로 연 줄은 곁말, 인용 중간의 이름표(> 마지막 잡담))부터도 곁말', () => {
    assert.equal(isAsideLine('- // 축구 보다가: VAR 판정 논란'), true);
    assert.equal(isAsideLine('- http://example.com 참고'), false);
    const note = '## 로열티 유형\n\n> 용병: 로열티 낮음\n> 마지막 잡담) 동아리 밴드에 부른 옆 학교 형\n> 그 형이 완전 용병이었음\n';
    assert.deepEqual(found(note), ['0:로열티=loyalty', '2:용병=mercenary', '2:로열티=loyalty']);
  });
  it('강의 제목은 일상어 같은 용어 하나로도 강의 절: ## 4장. 로열티 아래 용병은 단서 없이도 잡담 절이 아니다', () => {
    const rows = ['- 용병 (Mercenary)', '  - 만족 높음 충성도 낮음', '  - 싸면 옮김', '- 인질', '  - 못 떠남', '  - 약정'].join('\n');
    assert.deepEqual(found(`# 노트\n\n## 4장. 충성도\n\n${rows}\n`), ['2:충성도=loyalty', '4:용병=mercenary', '5:충성도=loyalty']);
    // A casual heading still needs evidence (and is an aside line itself).
    assert.deepEqual(found(`# 노트\n\n## 잡담: 충성도\n\n${rows}\n`), []);
  });
  it('영어 이름 끝의 괄호 풀이는 표기가 아니다: Convenience (4C) → Convenience, SoLoMo (Social, Local, Mobile) → SoLoMo', () => {
    assert.deepEqual(found('## 4P vs 4C\n\n| Place | Convenience (구매 편의성) |\n'), ['2:Convenience=convenience-4c', '2:구매 편의성=convenience-4c']);
    assert.deepEqual(found('## 모바일 특성\n\n- Convenience: 모바일로 언제나\n'), ['2:Convenience=convenience']);
    assert.deepEqual(found('- SoLoMo (Social, Local, Mobile)\n'), ['0:SoLoMo=solomo']);
    assert.equal(index.lookup('Convenience')?.id, 'convenience'); // an alias outranks an English name
  });
});

describe('englishSpelling', () => {
  it('끝의 괄호만 뗀다; 괄호뿐이면 그대로', () => {
    assert.deepEqual(['Convenience (4C)', 'Lost (Defected) Customer', 'Price (Cost) ', '(4C)', 'CRM'].map(englishSpelling), ['Convenience', 'Lost (Defected) Customer', 'Price', '(4C)', 'CRM']);
  });
});

describe('문장 끝의 부정과 두 낱말 notAfter (a sentence that denies the course reading; phrases before a word)', () => {
  const terms: IndexTerm[] = [
    { id: 'offer', term: '오퍼', aliases: [], sense: { cues: ['캠페인'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'reliability', term: '신뢰성', aliases: [], sense: { cues: ['SERVQUAL'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'value', term: '가치', aliases: [], generic: true, sense: { cues: ['고객'], spellings: ['가치'], notAfter: ['기업에 주는', '기업 입장', '할'], notWith: [] } },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('문장이 "<단서> X 아님"으로 끝나면 그 앞의 X는 일상어, 부정 속의 X는 용어', () => {
    assert.deepEqual(found('## 캠페인 오퍼\n\n- 중고거래 앱에서 "3만 원에 오퍼 넣을게요" 함. 흥정이지 캠페인 오퍼 아님\n'), ['0:오퍼=offer', '2:오퍼=offer']);
    assert.equal(new Note('## 캠페인 오퍼\n\n- 중고거래 앱에서 "3만 원에 오퍼 넣을게요" 함. 흥정이지 캠페인 오퍼 아님\n', index).occurrences[1]?.start, 39);
    // The denied phrase must carry the course's cue: an everyday reading denied leaves the term.
    assert.deepEqual(found('## 캠페인\n\n- 오퍼는 고객에게 주는 혜택. 그냥 흥정하는 오퍼 아님\n'), ['2:오퍼=offer', '2:오퍼=offer']);
  });
  it('"X 같은 거 말고/아님"의 X는 그 줄이 부정하는 일상어', () => {
    assert.deepEqual(found('## SERVQUAL\n\n- 신뢰성: 날씨 앱의 신뢰성 같은 거 말고!! 약속 지키는 능력\n'), ['2:신뢰성=reliability']);
  });
  it('notAfter의 두 낱말: 기업에 주는 가치, 기업 입장 가치는 아니고 고객에게 주는 가치는 용어; -ㄹ 꼴 뒤의 가치도 일상어', () => {
    assert.deepEqual(found('## 고객 가치\n\n- 고객에게 주는 가치, CLV는 고객이 기업에 주는 가치. 기업 입장 가치.\n- 재수강할 가치\n'), ['0:가치=value', '2:가치=value']);
  });
});

describe('손님으로서의 생활 (a course term met in the student\'s life as a customer)', () => {
  const terms: IndexTerm[] = [
    { id: 'early-adopter', term: '얼리어답터', aliases: [] },
    { id: 'supervisor', term: '슈퍼바이저', aliases: ['SV'] },
    { id: 'distributive-justice', term: '분배 공정성', aliases: [] },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    // Sense rules apply once one term has one.
    { id: 'loyalty', term: '로열티', aliases: [], sense: { cues: [], spellings: undefined, notAfter: ['직원'], notWith: [] } },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('잡담 절에서도 가게·앱·택배 얘기 속 강의 용어는 용어, 다른 분야 얘기 속 용어나 짧은 약어는 아니다', () => {
    const note = ['## 잡담', '', '- 룸메는 폰 새로 나오면 사전예약으로 첫날 사는 얼리어답터', '- 조별과제 점수 나누기로 분배 공정성 논쟁이 단톡에서 터짐', '- 편의점 본사 SV가 점검 옴', '- 주말에 빨래함', '- 영화 봄', '- 비 옴', '- 늦잠 잠', '- 라면 먹음', '- 산책함'].join('\n');
    assert.deepEqual(found(note), ['2:얼리어답터=early-adopter']);
    assert.deepEqual(['편의점 앱 쿠폰', '미용실 사장님', '택배 늦음', '사회학 교양', '게임 스킬'].map((line) => namesCustomerLife(line.replace(/\s/g, ''))), [true, true, true, false, false]);
  });
});

describe('heldout8·9에서 온 규칙 (rules from the eighth and ninth sets)', () => {
  const terms: IndexTerm[] = [
    { id: 'coaching', term: '코칭', aliases: [], sense: { cues: ['상담원', '컨택센터'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'conversion-rate', term: '전환율', aliases: [] },
    { id: 'solidity', term: '관계 견고성', aliases: ['견고성'], sense: { cues: ['관계'], spellings: ['견고성'], notAfter: [], notWith: [] } },
    { id: 'csm', term: 'CSM', aliases: [] },
    { id: 'customer', term: '고객', aliases: [], generic: true },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('ㅋ 로 연 줄은 곁말: 컨택센터 절이라도 스피치 코칭은 일상어', () => {
    assert.equal(isAsideLine('ㅋ 스피치 학원 다니는 친구가 1:1 스피치 코칭 받는 중'), true);
    assert.equal(isAsideLine('ㅋㅋ가 아닌 한 글자 ㅋ가 줄 가운데'), true); // ㅋㅋ anywhere, as before
    assert.equal(isAsideLine('- 코칭: 상담원 역량 개발'), false);
    assert.deepEqual(found('## 컨택센터 운영\n\n- 코칭: 상담원 역량 개발\nㅋ 스피치 학원 다니는 친구가 1:1 스피치 코칭 받는 중\n'), ['2:코칭=coaching']);
  });
  it('"캠페인 X이랑 다른 얘기"는 앞의 X를 이름만 같은 말로: 태양광 에너지 전환율', () => {
    assert.deepEqual(found('## 캠페인 성과\n\n- 물리 전공 친구는 태양광 에너지 전환율 얘기만 함. 캠페인 전환율이랑 다른 얘기\n'), ['2:전환율=conversion-rate']);
    assert.equal(new Note('## 캠페인 성과\n\n- 물리 전공 친구는 태양광 에너지 전환율 얘기만 함. 캠페인 전환율이랑 다른 얘기\n', index).occurrences[0]?.start, 35);
  });
  it('"아예 다른": 부정 속의 강의 용어는 곁말 줄에서도 용어', () => {
    const note = '## 잡담\n\n- 비 옴\n- 늦잠\n- 라면\n- 통계 교수님이 모델 견고성이 중요하다고 하심. 그 견고성은 관계 견고성이랑 아예 다른 말\n';
    assert.deepEqual(found(note), ['5:관계 견고성=solidity']);
  });
  it('"얘기"는 강의와 잇는 말이 아니다: 만화 동아리의 CSM 얘기', () => {
    assert.equal(relatesToCourse('만화동아리에서다들csm얘기만함'), false);
    assert.deepEqual(found('## 잡담\n\n- 비 옴\n- 늦잠\n- 라면\n- 만화 동아리에서 다들 CSM 얘기만 함 (체인소맨)\n'), []);
  });
});

describe('내장 용어집으로 (with the bundled glossary)', () => {
  const ids = (text: string): string[] => new Note(text, bundledSnapshot().index).occurrences.map((o) => `${o.line}:${o.text}=${o.id}`);
  it('가치자산의 동인 품질·가격·편리성의 편리성은 4C의 구매 편의성', () => {
    assert.ok(ids('## 고객자산\n\n| 가치자산 (Value Equity) | 품질, 가격, 편리성 |\n').includes('2:편리성=convenience-4c'));
  });
  it('짧은 이름표(보충:) 뒤의 다른 교양 얘기도 다른 수업 줄', () => {
    assert.equal(isOtherClassLine('- 보충2: 가족학 교양에서 "부모-자녀 친밀성" 척도 배움'), true);
    assert.equal(isOtherClassLine('- 보충: CRM 수업에서 배운 친밀성'), false);
  });
});

describe('heldout10·11에서 온 규칙 (rules from the tenth and eleventh sets)', () => {
  const terms: IndexTerm[] = [
    { id: 'clv', term: '고객생애가치', aliases: ['평생가치'] },
    { id: 'value', term: '가치', aliases: [], generic: true, sense: { cues: ['고객'], spellings: ['가치'], notAfter: [], notWith: [] } },
    { id: 'churn', term: '고객이탈', aliases: [] },
    { id: 'customer', term: '고객', aliases: [], generic: true },
    { id: 'conversion-rate', term: '전환율', aliases: [] },
    { id: 'supervisor', term: '슈퍼바이저', aliases: [] },
    { id: 'contact-center', term: '컨택센터', aliases: [] },
  ];
  const index = TermIndex.build(terms);
  const found = lister(index);

  it('뒤 부분이 표기면 붙여 쓴 표기 사이의 띄어쓰기도 된다: 평생 가치 = 평생가치; 고객이 탈퇴는 고객이탈이 아니다', () => {
    assert.deepEqual(found('# CRM\n\n고객의 평생 가치를 키운다. 고객이 탈퇴한다.\n'), ['2:고객=customer', '2:평생 가치=clv', '2:고객=customer']);
  });
  it('"…이랑 무관", "…이랑은 다른 거": 그 앞의 말은 이름만 같은 말', () => {
    assert.deepEqual(found('## 컨택센터\n\n- 누나 상담심리 대학원은 매주 슈퍼바이저한테 사례 검토받음. 컨택센터 슈퍼바이저랑은 다른 거\n'), ['0:컨택센터=contact-center', '2:컨택센터=contact-center', '2:슈퍼바이저=supervisor']);
    assert.equal(new Note('## 컨택센터\n\n- 누나 상담심리 대학원은 매주 슈퍼바이저한테 사례 검토받음. 컨택센터 슈퍼바이저랑은 다른 거\n', index).occurrences[2]?.start, 40);
  });
  it('줄 끝의 "(X 얘기)": 그 줄의 말은 X의 말, X가 강의나 손님 생활이면 아니다', () => {
    assert.deepEqual(found('## 캠페인\n\n- 과 동기가 반응물 전환율 계산만 일주일째 (화학 얘기)\n- 전환율 계산 (캠페인 얘기)\n- 앱 결제 전환율 (쇼핑몰 얘기)\n'), ['3:전환율=conversion-rate', '4:전환율=conversion-rate']);
  });
});

describe('잡생각 절 (a section titled as stray thoughts)', () => {
  it('가치 판단의 가치는 고객가치가 아니다', () => {
    const found = lister(bundledSnapshot().index);
    assert.deepEqual(found('## 고객가치\n\n- 고객이 느끼는 가치\n- 사회과학은 가치 판단을 빼야 한다고 함\n'), ['0:고객가치=customer-value', '2:고객=customer', '2:가치=value']);
  });
  it('잡생각은 잡담 제목: 그 절의 혼자 쓴 일상어는 용어가 아니다', () => {
    assert.equal(isCasualTitle('카드 만들다가 생각난 것들 (잡생각)'), true);
    const found = lister(bundledSnapshot().index);
    const note = ['# 10장', '', '## 카드 만들다가 생각난 것들 (잡생각)', '', '- 자취방 CCTV 녹화기가 4채널이라고 집주인이 자랑함', '- 캠핑 동아리 원터치 텐트 편리성 최고', '- 비 옴', '- 늦잠'].join('\n');
    assert.deepEqual(found(note).filter((f) => !f.startsWith('0:')), []);
  });
});

describe('heldout12·13에서 온 규칙 (rules from the twelfth and thirteenth sets)', () => {
  const found = lister(bundledSnapshot().index);
  it('강의 절 아래의 잡담 제목 절(### 오늘의 TMI)도 잡담: 위 제목의 강의 말이 닿지 않는다; 번호 붙은 "4-3. 기타 기법"은 강의', () => {
    const tmi = ['## 10장 모바일 CRM', '', '- 접근성: 언제 어디서나', '', '### 오늘의 TMI', '', '> 엄마가 간식을 냉장고에 숨겨 놔서 간식 접근성이 떨어짐', '> 비 옴'].join('\n');
    assert.deepEqual(found(tmi).filter((f) => f.endsWith('=reachability')), ['2:접근성=reachability']);
    const misc = ['## 6장 데이터마이닝', '', '### 4-3. 기타 기법', '', '| 인공신경망 | 분류 |', '| 회귀분석 | 예측 |', '| 유전자 알고리즘 | 최적화 |'].join('\n');
    assert.deepEqual(found(misc).filter((f) => !f.startsWith('0:') && !f.startsWith('2:')), ['4:인공신경망=neural-network', '5:회귀분석=regression-analysis', '6:유전자 알고리즘=genetic-algorithm']);
  });
  it('"…랑 약자만 같음", "…랑 다른 세계": 앞의 같은 이름은 이름만 같은 말', () => {
    assert.deepEqual(found('## CTI\n\n- CTI 연동\n> 정보보안 동아리 발표 주제가 CTI 보고서 읽기. 8장 CTI랑 약자만 같음\n').filter((f) => f.endsWith('=cti')), ['0:CTI=cti', '2:CTI=cti', '3:CTI=cti']);
    assert.equal(new Note('## CTI\n\n- CTI 연동\n> 정보보안 동아리 발표 주제가 CTI 보고서 읽기. 8장 CTI랑 약자만 같음\n', bundledSnapshot().index).occurrences.filter((o) => o.line === 3).length, 1);
  });
  it('"…이랑 아무 상관 없음", "…이랑은 1도 상관없는": 부정을 세게 말해도 부정', () => {
    assert.deepEqual(found('## 고객 유형\n\n- 경쟁자 분석\n> 헬스장 저녁 7시 벤치프레스 자리 경쟁자 최소 4명… 이건 고객 분류랑 아무 상관 없음ㅋㅋ\n').filter((f) => f.endsWith('=competitor')), ['2:경쟁자=competitor']);
  });
});

describe('인용한 산문 줄과 손님으로서의 단골 (quoted prose asides, a regular as the student lives it)', () => {
  const terms: IndexTerm[] = [
    { id: 'positioning', term: '포지셔닝', aliases: [], sense: { cues: ['시장', '브랜드'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'brand', term: '브랜드', aliases: [] },
    { id: 'callback', term: '콜백', aliases: [], sense: { cues: ['상담원'], spellings: undefined, notAfter: [], notWith: [] } },
  ];
  const found = lister(TermIndex.build(terms));

  it('인용 블록의 산문 줄이 일기처럼 끝나면 곁말, 목록·표·번호 줄이나 끝맺지 않은 줄은 아니다', () => {
    assert.deepEqual(
      [
        '> 밴드 합주실에서 드럼 세팅 포지셔닝 바꿨더니 하이햇 손이 안 닿음',
        '> 우리 조 학번 이질성 심함',
        '>> 스키장 렌탈 부츠에 이탈 방지 스트랩 달려 있었음',
        '> - 콜백: 대기 길면 나중에 전화드림',
        '> | 포기율 | 기다리다 끊은 콜 비율 |',
        '> 2. 신뢰성 (Reliability): 약속한 서비스를 정확하게 해냄',
        '> **정리** 채널 통합함',
        '> 포지셔닝은 고객 마음속 자리를 정하는 것',
        '밴드 합주실에서 드럼 세팅 포지셔닝 바꿨더니 하이햇 손이 안 닿음',
      ].map(isAsideLine),
      [true, true, true, false, false, false, false, false, false],
    );
  });
  it('시장 얘기 절이라도 인용한 합주실 얘기의 포지셔닝은 일상어, 같은 줄에 단서가 있으면 용어', () => {
    const note = [
      '## 시장 포지셔닝', '',
      '- 포지셔닝: 고객 마음속에 브랜드 자리 잡기',
      '> 밴드 합주실에서 드럼 세팅 포지셔닝 바꿨더니 하이햇 손이 안 닿음',
      '> 카페마다 브랜드 포지셔닝 다르다는 거 오늘 체감함',
    ].join('\n');
    assert.deepEqual(found(note), ['0:포지셔닝=positioning', '2:포지셔닝=positioning', '2:브랜드=brand', '4:브랜드=brand', '4:포지셔닝=positioning']);
  });
  it('내장 용어집: 손님으로 간 가게의 단골과 친구를 데려간 옹호자 단계는 용어, 시험 단골 문제는 아니다', () => {
    const ids = (text: string): string[] => new Note(text, bundledSnapshot().index).occurrences.map((o) => `${o.line}:${o.text}=${o.id}`);
    const note = ['## 잡담', '', '- 비 옴', '- 늦잠', '- 라면', '- 동네 국밥집 단골 됐더니 사장님이 고기 더 줌 → 친구 3명 데려감 → 나 옹호자 단계', '- 중간고사 단골 문제 정리함'].join('\n');
    const found = ids(note);
    assert.ok(found.includes('5:단골=regular-patron'), found.join(', '));
    assert.ok(found.includes('5:옹호자=advocate'), found.join(', '));
    assert.ok(!found.some((m) => m.startsWith('6:단골')), found.join(', '));
  });
});

describe('모든 표기에 걸리는 notAfter, 일상어 표기가 없는 뜻 (notAfter for every spelling; a sense with no everyday spelling)', () => {
  const terms: IndexTerm[] = [
    // 가격: a course word anywhere, also on an aside line; only an asset or a blow right before it is not.
    { id: 'price', term: '가격', aliases: ['판매가'], generic: true, sense: { cues: [], spellings: [], notAfter: ['주식', '머리'], notWith: [] } },
    { id: 'regular', term: '단골', aliases: ['단골고객'], sense: { cues: ['고객'], spellings: ['단골'], notAfter: ['시험'], notWith: [] } },
    { id: 'customer', term: '고객', aliases: [], generic: true },
  ];
  const found = lister(TermIndex.build(terms));

  it('주식 가격·머리 가격은 가격이 아니고, 잡담 줄의 학식 가격은 가격, 별칭 앞의 notAfter도 걸린다', () => {
    const note = ['## 잡담', '', '- 비 옴', '- 늦잠', '- 엄마가 산 주식 가격이 반토막 남', '- 학식 가격 또 올랐음 ㅠㅠ', '- 검도 시합에서 머리 가격 한 방', '- 주식 판매가 공시 봄'].join('\n');
    assert.deepEqual(found(note), ['5:가격=price']);
  });
  it('일상어 표기(단골) 밖의 별칭(단골고객)도 notAfter 뒤에서는 아니다; 단서가 필요한 건 그 표기만', () => {
    assert.deepEqual(found('## 공부\n\n- 시험 단골고객 문제\n- 단골고객은 자주 산다\n- 단골이 되면 자주 산다\n'), ['3:단골고객=regular', '4:단골=regular']); // 고객 (in 단골고객) is 단골's cue
  });
  it('내장 용어집: 비트코인·금·아파트 가격은 일상어, 용병형 고객은 가격에 민감은 용어', () => {
    const ids = (text: string): string[] => new Note(text, bundledSnapshot().index).occurrences.map((o) => `${o.line}:${o.text}=${o.id}`);
    const found = ids('## 고객 유형\n\n- 용병형 고객은 가격에 민감\n- 선배가 비트코인 가격 떨어졌다고 우울해함\n- 요즘 금 가격 미쳤다\n- 아파트 가격 또 올랐대\n');
    assert.ok(found.includes('2:가격=price'), found.join(', '));
    assert.ok(!found.some((m) => /^[345]:가격/.test(m)), found.join(', '));
  });
});

describe('관여도와 전환율의 뜻 단서 (sense cues of 관여도 and 전환율, bundled glossary)', () => {
  const ids = (text: string): string[] => new Note(text, bundledSnapshot().index).occurrences.map((o) => `${o.line}:${o.text}=${o.id}`);
  it('구매 관여도는 용어, 사건 관여도·팀플 관여도(그건 구매 관여도 아님)는 아니다', () => {
    const found = ids('## 소비자 행동\n\n- 고관여 제품은 관여도가 높아 정보를 많이 찾음\n- 뉴스에서 용의자의 사건 관여도를 조사 중이래\n> 팀플에서 조원들 프로젝트 관여도가 다 달라서 힘듦 (그건 구매 관여도 아님)\n');
    assert.ok(found.includes('2:관여도=involvement'), found.join(', '));
    assert.ok(!found.some((m) => /^3:관여도/.test(m)), found.join(', '));
    assert.ok(!found.some((m) => /^4:관여도/.test(m)), found.join(', '));
  });
  it('쇼핑몰 전환율은 용어, 학점·에너지 전환율은 아니다', () => {
    const found = ids('## 웹 분석\n\n- 쇼핑몰 방문자 중 구매한 비율 = 전환율\n- 교환학생 학점 전환율 물어봄\n- 태양광 에너지 전환율 얘기\n');
    assert.ok(found.includes('2:전환율=conversion-rate'), found.join(', '));
    assert.ok(!found.some((m) => /^[34]:전환율/.test(m)), found.join(', '));
  });
});

describe('고객 차별화의 가치 (the value a customer brings the firm, bundled glossary)', () => {
  it('IDIC 차별화의 가치·한 명당 가치는 고객가치가 아니고, 편익 − 가격의 가치는 그대로', () => {
    const ids = (text: string): string[] => new Note(text, bundledSnapshot().index).occurrences.map((o) => `${o.line}:${o.text}=${o.id}`);
    const found = ids('## IDIC\n\n2. Differentiate 차별화: 가치·욕구별로 나누기\n- 뒤 단계로 갈수록 고객 수는 줄고 한 명당 가치는 커짐\n- 고객이 느끼는 가치 = 편익 − 가격\n');
    assert.ok(!found.some((m) => /^[23]:가치=/.test(m)), found.join(', '));
    assert.ok(found.includes('4:가치=value'), found.join(', '));
  });
});

describe('둘을 나누는 줄 (a line that tells two same-named things apart)', () => {
  const terms: IndexTerm[] = [
    { id: 'olap', term: 'OLAP', aliases: [] },
    { id: 'pivot', term: '피벗', aliases: [], sense: { cues: ['olap', '큐브'], spellings: undefined, notAfter: [], notWith: [] } },
  ];
  const found = lister(TermIndex.build(terms));

  it('"모니터 피벗이랑 OLAP 피벗은 다른 얘기": 앞의 피벗은 일상어, 단서를 단 뒤의 피벗은 용어', () => {
    assert.deepEqual(found('## OLAP 연산\n\n- 모니터 피벗이랑 OLAP 피벗은 당연히 다른 얘기\n'), ['0:OLAP=olap', '2:OLAP=olap', '2:피벗=pivot']);
    assert.equal(new Note('## OLAP 연산\n\n- 모니터 피벗이랑 OLAP 피벗은 당연히 다른 얘기\n', TermIndex.build(terms)).occurrences.find((o) => o.id === 'pivot')?.start, 16);
  });
  it('뒤의 것에 단서가 없거나, 다르다고 하지 않거나, 세 낱말보다 멀면 그대로', () => {
    assert.deepEqual(found('## OLAP 연산\n\n- 피벗이랑 저 피벗은 다른 얘기\n- 피벗이랑 OLAP 피벗은 같은 말\n- 피벗이랑 아주 길게 설명한 OLAP 피벗은 다른 얘기\n'), [
      '0:OLAP=olap', '2:피벗=pivot', '2:피벗=pivot', '3:피벗=pivot', '3:OLAP=olap', '3:피벗=pivot', '4:피벗=pivot', '4:OLAP=olap', '4:피벗=pivot',
    ]);
  });
});

describe('부정 속 장 번호는 공부 말이 아니다 (a chapter named inside a denial does not make an aside about studying)', () => {
  it('> 요가 골반 포지셔닝 → 7장 포지셔닝이랑 다름: 앞의 포지셔닝은 일상어, 부정 밖에서 7장을 말하면 그대로', () => {
    const ids = (text: string): string[] => new Note(text, bundledSnapshot().index).occurrences.map((o) => `${o.line}:${o.start}:${o.id}`);
    const found = ids('## 7장 STP\n\n- 포지셔닝: 고객 마음속 자리\n> 요가 수업 선생님: "골반 포지셔닝부터 다시 잡을게요" → 7장 포지셔닝이랑 다름\n> 7장 복습하다가 골반 포지셔닝 생각남\n');
    assert.deepEqual(found.filter((m) => m.startsWith('3:')), ['3:38:positioning']); // only 7장's, in the denial
    assert.ok(found.includes('4:14:positioning'), found.join(', '));
  });
});
