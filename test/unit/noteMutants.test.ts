import * as assert from 'node:assert/strict';
import { Note } from '../../src/core/notes/note';
import { TermIndex, type IndexTerm } from '../../src/core/matcher';

// Two terms that share the spelling DM, each an everyday-looking acronym that needs its own cue:
// which one a mention is, and in which order the other is offered, is what these tests pin.
const shared: IndexTerm[] = [
  { id: 'mail', term: '우편 광고', aliases: ['DM'], sense: { cues: ['우편', '발송'], spellings: ['DM'], notAfter: [], notWith: [] } },
  { id: 'mart', term: '데이터 마트', aliases: ['DM'], sense: { cues: ['데이터', '웨어하우스'], spellings: ['DM'], notAfter: [], notWith: [] } },
  // A course term on the filler lines keeps a long section a course section (not casual talk).
  { id: 'crm', term: 'CRM', aliases: [] },
];
const sharedIndex = TermIndex.build(shared);

/** `line:start:id[alternatives]` of every DM in a note. */
function dms(lines: readonly string[]): string[] {
  return new Note(lines.join('\n'), sharedIndex).occurrences.filter((o) => o.text === 'DM').map((o) => `${o.line}:${o.start}:${o.id}[${o.alternatives.join(',')}]`);
}
const filler = (n: number): string[] => Array.from({ length: n }, (_, k) => `- CRM 메모 ${k + 1}`);

describe('같은 표기 두 용어 중 고르기 (Note: choosing between terms that share a spelling)', () => {
  it('바로 뒤 괄호 풀이(띄어 써도)가 같은 줄의 더 가까운 단서보다 먼저, 다른 쪽은 한 번만 남는다', () => {
    assert.deepEqual(dms(['## 정리', '', '- 우편 DM (데이터 분석용)']), ['2:5:mart[mail]']);
    assert.deepEqual(dms(['## 정리', '', '- 우편 DM(데이터 분석용)']), ['2:5:mart[mail]']);
  });
  it('풀이에 두 용어의 단서가 다 있거나 하나도 없으면 풀이는 고르지 않고 글자 거리로', () => {
    assert.deepEqual(dms(['## 정리', '', '- 데이터 DM (우편과 데이터)']), ['2:6:mart[mail]']);
    assert.deepEqual(dms(['## 정리', '', '- 데이터 DM (참고)', '- 우편']), ['2:6:mart[mail]']);
  });
  it('위 줄의 약어 정의(데이터 마트(DM))가 같은 줄의 단서보다 먼저: 절의 제목 줄까지, 30줄까지, 빈 줄에서 멈춘다', () => {
    assert.deepEqual(dms(['## 정리', '', '- 데이터 마트(DM): 부서용', '- 우편 DM']).slice(-1), ['3:5:mart[mail]']);
    assert.deepEqual(dms(['## 데이터 마트(DM)', '- 우편 DM']).slice(-1), ['1:5:mart[mail]']);
    assert.deepEqual(dms(['## 정리', '- 데이터 마트(DM)', ...filler(29), '- 우편 DM']).slice(-1), ['31:5:mart[mail]']);
    assert.deepEqual(dms(['## 정리', '- 데이터 마트(DM)', ...filler(30), '- 우편 DM']).slice(-1), ['32:5:mail[mart]']);
    assert.deepEqual(dms(['## 정리', '- 데이터 마트(DM)', '', '- 우편 DM']).slice(-1), ['3:5:mail[mart]']);
  });
  it('앞 절의 정의는 세지 않는다; 한 줄이 두 용어를 다 정의하면 정의로 고르지 않는다', () => {
    assert.deepEqual(dms(['## A', '- 데이터 마트(DM)', '## B', '- 우편 DM', ...filler(13), '- 데이터']).slice(-1), ['3:5:mail[mart]']);
    assert.deepEqual(dms(['## 정리', '', '- 데이터 마트(DM), 우편 광고(DM)', '- 데이터 DM']).slice(-1), ['3:6:mart[mail]']);
  });
  it('같은 줄의 단서는 그 줄 안에서만 잰다: 다음 줄 첫머리나 윗줄 끝의 단서는 줄 거리로', () => {
    assert.deepEqual(dms(['## 정리', '', '- 우편 보낼 때 쓰는 DM', '데이터는 다음 줄']), ['2:13:mail[mart]']);
    assert.deepEqual(dms(['## 정리', '', '- 우편', '- DM 이야기가 여기서 길게 이어지다가 끝에 데이터']), ['3:2:mart[mail]']);
    assert.deepEqual(dms(['## 정리', '', '- 데이터 쪽 얘기가 길게 이어진 뒤의 DM 우편']), ['2:22:mail[mart]']);
    assert.deepEqual(dms(['## 정리', '', '- 데이터 쪽 얘기가 길게 이어진 뒤의 DM 우편', '- CRM']), ['2:22:mail[mart]']);
  });
  it('둘레 줄: 위아래 12줄까지, 가까운 줄이 먼저, 절 밖의 줄은 세지 않는다', () => {
    assert.deepEqual(dms(['## 정리', '', '- DM', ...filler(11), '- 데이터', ...filler(2), '- 우편']), ['2:2:mart[mail]']);
    assert.deepEqual(dms(['## 정리', '', '- 데이터', '- CRM 메모', '- DM', '- CRM 메모', '- CRM 메모', '- 우편']), ['4:2:mart[mail]']);
    assert.deepEqual(dms(['## B', '- 데이터', '- 우편', ...filler(13), '- DM', '## C', '- 데이터']), ['16:2:mail[mart]']);
    assert.deepEqual(dms(['## A', '- 데이터', '## B', '- DM', '- CRM', '- CRM', '- 우편', ...filler(13), '- 데이터 끝']), ['3:2:mail[mart]']);
    // The section's own heading is one of its lines.
    assert.deepEqual(dms(['## A', '- CRM', '## B 데이터', '- DM', '- CRM', '- CRM', '- 우편']), ['3:2:mart[mail]']);
  });
  it('둘레 줄이 부정하는 단서(데이터 아님)는 세지 않는다; 아무 단서도 가깝지 않으면 용어집 순서', () => {
    assert.deepEqual(dms(['## 정리', '', '- 우편', '- 데이터 아님', '- DM']), ['4:2:mail[mart]']);
    assert.deepEqual(dms(['## 정리', '', '- DM', ...filler(13), '- 우편 데이터']), ['2:2:mail[mart]']);
  });
});

describe('곁말 줄의 단서와 손님 생활 (Note: cues on an aside line, the customer\'s life after a term)', () => {
  it('곁말 줄에서 다른 말을 부정해도 부정 밖의 단서는 단서: 우편으로 온 DM 봤음, 광고 아님', () => {
    const note = ['## 잡담', '', '- 비 옴', '- 늦잠', '- 라면 먹음', '- 산책함', '- 영화 봄', '- 우편으로 온 DM 봤음, 광고 아님 ㅋㅋ', '- 데이터'];
    assert.deepEqual(dms(note), ['7:9:mail[]']);
  });
  it('곁말 줄의 강의 용어는 뒤에 오는 손님 생활 말(편의점)로도 남는다', () => {
    const index = TermIndex.build([
      { id: 'early-adopter', term: '얼리어답터', aliases: [] },
      { id: 'loyalty', term: '로열티', aliases: [], sense: { cues: [], spellings: undefined, notAfter: ['직원'], notWith: [] } },
    ]);
    const note = ['## 잡담', '', '- 비 옴', '- 늦잠', '- 라면 먹음', '- 산책함', '- 영화 봄', '- 룸메는 얼리어답터라 편의점 신상 다 사 봄'].join('\n');
    assert.deepEqual(new Note(note, index).occurrences.map((o) => `${o.line}:${o.start}:${o.id}`), ['7:6:early-adopter']);
  });
});

describe('곁말 블록과 문단 (Note: aside blocks and paragraphs)', () => {
  const index = TermIndex.build([
    { id: 'loyalty', term: '충성도', aliases: [], sense: { cues: ['고객'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'crm', term: 'CRM', aliases: [] },
    { id: 'customer', term: '고객', aliases: [], generic: true },
  ]);
  const lines = (text: readonly string[]): number[] => new Note(text.join('\n'), index).occurrences.filter((o) => o.id === 'loyalty').map((o) => o.line);

  it('인용 안에서는 아래 줄의 이름표가 곁말을 연다(그 인용 끝까지); 인용 밖 목록에서는 첫 줄 이름표만', () => {
    assert.deepEqual(lines([
      '## CRM 고객 충성도', '',
      '> 요약: 고객 충성도는 재구매로 드러남', '> 마지막 잡담) 오늘 비 옴', '> 진돗개 충성도 최고', '',
      '- 요약: 충성도 정리', '- 잡담) 오늘 비 옴', '- 진돗개 충성도 최고',
    ]), [0, 2, 6, 8]);
  });
  it('이름표 문단은 빈 줄, 제목, 인용의 시작과 끝, 빈 > 줄, 코드 블록에서 끝난다', () => {
    const head = ['## CRM 고객 충성도', '- CRM 정리', '- CRM 복습', ''];
    assert.deepEqual(lines([...head, '잡담: 오늘 비 옴', '진돗개 충성도 최고', '', '진돗개 충성도 최고']), [0, 7]);
    assert.deepEqual(lines([...head, '잡담: 오늘 비 옴', '### CRM 고객', '진돗개 충성도 최고']), [0, 6]);
    assert.deepEqual(lines([...head, '잡담: 오늘 비 옴', '> 진돗개 충성도 최고']), [0, 5]);
    assert.deepEqual(lines([...head, '> 잡담: 오늘 비 옴', '진돗개 충성도 최고']), [0, 5]);
    assert.deepEqual(lines([...head, '> 잡담: 오늘 비 옴', '>', '> 진돗개 충성도 최고']), [0, 6]);
    assert.deepEqual(lines([...head, '> 잡담: 오늘 비 옴', '> 진돗개 충성도 최고']), [0]);
    assert.deepEqual(lines([...head, '잡담: 오늘 비 옴', '```', '코드', '```', '진돗개 충성도 최고']), [0, 8]);
    // Only a line that starts with > is quoted, only one with #s up to three spaces in is a heading,
    // and only > with nothing after it is an empty quoted line.
    assert.deepEqual(lines([...head, '요약->B 정리', '잡담) 오늘 비 옴', '진돗개 충성도 최고']), [0, 6]);
    assert.deepEqual(lines([...head, '잡담: 오늘 비 옴', '요약->B 진돗개 충성도 최고']), [0]);
    assert.deepEqual(lines([...head, '잡담: 오늘 비 옴', 'C# 메모', '진돗개 충성도 최고']), [0]);
    assert.deepEqual(lines([...head, '> 잡담: 오늘 비 옴', '> A->', '> 진돗개 충성도 최고']), [0]);
    assert.deepEqual(lines([...head, '> 잡담: 오늘 비 옴', '>>', '> 진돗개 충성도 최고']), [0]);
    assert.deepEqual(lines([...head, '> 잡담: 오늘 비 옴', '>  ', '> 진돗개 충성도 최고']), [0, 6]);
  });
});

describe('목록 항목의 부모 줄 (Note: the list item a line is nested in, for notWith)', () => {
  const index = TermIndex.build([
    { id: 'hostage', term: '인질', aliases: [], sense: { cues: [], spellings: undefined, notAfter: [], notWith: ['영화'] } },
    { id: 'crm', term: 'CRM', aliases: [] },
  ]);
  const lines = (text: readonly string[]): number[] => new Note(text.join('\n'), index).occurrences.filter((o) => o.id === 'hostage').map((o) => o.line);

  it('부모 항목의 notWith 말(영화)이 자식 줄에도 걸린다: 8줄 안, 더 얕은 항목만, 빈 줄·제목에서 멈춤', () => {
    assert.deepEqual(lines(['## CRM', '- 액션 영화 정리', '  - 인질 구출 장면']), []);
    assert.deepEqual(lines(['## CRM', '- 액션 영화 정리', '  설명 줄', '  - 인질 구출 장면']), []);
    assert.deepEqual(lines(['## CRM', '- 고객 유형', '  - 인질 고객']), [2]);
    assert.deepEqual(lines(['## CRM', '- 인질 고객', '- 영화 정리']), [1]);
    assert.deepEqual(lines(['## CRM', '- 액션 영화 정리', '  - CRM', '  - 인질 구출 장면']), []); // a sibling is no parent, the parent further up is
    assert.deepEqual(lines(['## CRM', '- 액션 영화 정리', ...Array.from({ length: 8 }, () => '  - CRM'), '  - 인질 구출 장면']), [10]);
    assert.deepEqual(lines(['## CRM', '- 액션 영화 정리', ...Array.from({ length: 7 }, () => '  - CRM'), '  - 인질 구출 장면']), []);
    assert.deepEqual(lines(['## CRM', '- 액션 영화 정리', '', '  - 인질 구출 장면']), [3]);
    assert.deepEqual(lines(['- 액션 영화 정리', '## CRM', '  - 인질 구출 장면']), [2]);
    assert.deepEqual(lines(['## CRM', '영화 정리', '  - 인질 구출 장면']), [2]); // not a list item above
  });
});

describe('잡담 절을 가르는 제목 (Note: which headings make a casual section)', () => {
  const index = TermIndex.build([
    { id: 'loyalty', term: '충성도', aliases: [], sense: { cues: ['고객'], spellings: undefined, notAfter: [], notWith: [] } },
    { id: 'crm', term: 'CRM', aliases: [] },
    { id: 'customer', term: '고객', aliases: [], generic: true },
  ]);
  const lines = (text: readonly string[]): number[] => new Note(text.join('\n'), index).occurrences.filter((o) => o.id === 'loyalty').map((o) => o.line);

  it('강의 제목 아래의 ### 오늘의 TMI는 곁말 절, 번호 붙은 ### 3. TMI는 강의 절', () => {
    assert.deepEqual(lines(['## CRM 고객 충성도', '- CRM 정리', '### 오늘의 TMI', '- 진돗개 충성도 최고', '- CRM 복습 많이 함']), [0]);
    assert.deepEqual(lines(['## CRM 고객 충성도', '- CRM 정리', '### 3. TMI', '- 진돗개 충성도 최고', '- CRM 복습 많이 함']), [0, 3]);
    assert.deepEqual(lines(['## CRM 고객 충성도', '- CRM 정리', '### 3. TMI', '- 진돗개 충성도 최고', '- 비 옴', '- 늦잠']), [0, 3]);
  });
  it('같은 깊이의 앞 제목은 조상이 아니다; 잡담 조상 아래 절은 잡담 제목을 물려받는다', () => {
    assert.deepEqual(lines(['# 노트', '## CRM 고객', '- CRM', '## 잡담', '- 진돗개 충성도 최고', '- 고객 얘기', '- 비 옴', '- 늦잠', '- 라면']), []);
    assert.deepEqual(lines(['## 잡담 모음', '### 강아지', '- 진돗개 충성도 최고', '- 고객']), []);
    assert.deepEqual(lines(['## 강아지 모음', '### 강아지', '- 진돗개 충성도 최고', '- 고객']), [2]);
  });
  it('번호 붙은 메모 제목(## 6.4 조별과제 메모)은 첫 제목이라도 강의 절; 메모 절의 곁말은 다음 제목 줄에 닿지 않는다', () => {
    assert.deepEqual(lines(['## 6.4 조별과제 메모', '- CRM 정리', '- 진돗개 충성도 최고', '- CRM 고객']), [2]);
    assert.deepEqual(lines(['## 조별과제 메모', '- CRM 정리', '- 진돗개 충성도 최고', '- CRM 고객']), []);
    assert.deepEqual(lines(['## 메모 (도서관)', '- CRM 정리', '- CRM 복습', '- 비 옴', '## 충성도 정리', '- 고객 충성도는 재구매']), [4, 5]);
  });
});
