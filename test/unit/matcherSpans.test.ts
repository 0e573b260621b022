import * as assert from 'node:assert/strict';
import { Trie } from '../../src/core/match/trie';
import { type TermMatch, TermIndex } from '../../src/core/matcher';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { parseGlossary } from '../../src/core/glossary/parse';
import { buildSnapshot } from '../../src/core/service';
import { bundledSnapshot, found, indexOf } from './helpers';

/** `[start, end, wordEnd, id, via]` of every match: the spans a hover, a highlight and a link use. */
function spans(matches: readonly TermMatch[]): Array<[number, number, number, string, string]> {
  return matches.map((m) => [m.start, m.end, m.wordEnd, m.id, m.via]);
}

describe('용어 범위 (exact spans of the real glossary, in UTF-16 units)', () => {
  /** Built in the tests, not while the file loads (see stryker.config.mjs, ignoreStatic). */
  const index = (): TermIndex => bundledSnapshot().index;

  it('조사를 뺀 용어 범위와 조사 끝: 로열티는, 우량고객을, 고객과의', () => {
    assert.deepEqual(spans(index().scan('로열티는 중요')), [[0, 3, 4, 'loyalty', 'headword']]);
    assert.deepEqual(spans(index().scan('우량고객을 관리')), [[0, 4, 5, 'good-customer', 'headword']]);
    assert.deepEqual(spans(index().scan('고객과의 관계')), [[0, 2, 4, 'customer', 'headword']]);
  });
  it('라틴 표기: e-CRM, eCRM, e CRM은 e-CRM; CRM은의 은은 조사, CRM시스템의 시스템은 조사가 아니다', () => {
    assert.deepEqual(spans(index().scan('e-CRM 도입')), [[0, 5, 5, 'e-crm', 'headword']]);
    assert.deepEqual(spans(index().scan('eCRM, e CRM')), [[0, 4, 4, 'e-crm', 'headword'], [6, 11, 11, 'e-crm', 'headword']]);
    assert.deepEqual(spans(index().scan('CRM은 전략')), [[0, 3, 4, 'crm', 'headword']]);
    assert.deepEqual(spans(index().scan('CRM시스템')), [[0, 3, 3, 'crm', 'headword']]);
  });
  it('DB마케팅과 DB 마케팅은 같은 별칭, 조사 과는 범위 밖', () => {
    assert.deepEqual(spans(index().scan('DB마케팅과 DB 마케팅')), [[0, 5, 6, 'database-marketing', 'alias'], [7, 13, 13, 'database-marketing', 'alias']]);
  });
  it('이모지(서로게이트 둘) 뒤의 용어는 UTF-16 단위로 센다: 🙂 로열티는', () => {
    assert.deepEqual(spans(index().scan('🙂 로열티는')), [[3, 6, 7, 'loyalty', 'headword']]);
  });
  it('NFD 노트: 범위는 원래의 자모 단위 (로열티 = 7, 는까지 10)', () => {
    const text = '로열티는 중요'.normalize('NFD');
    assert.deepEqual(spans(index().scan(text)), [[0, 7, 10, 'loyalty', 'headword']]);
  });
  it('띄어 쓴 긴 표기가 짧은 것보다 먼저: 신규 고객 획득 비용, 고객 만족, 고객만족도를', () => {
    assert.deepEqual(spans(index().scan('신규 고객 획득 비용')), [[0, 11, 11, 'customer-acquisition-cost', 'alias']]);
    assert.deepEqual(spans(index().scan('고객 만족')), [[0, 5, 5, 'customer-satisfaction', 'headword']]);
    assert.deepEqual(spans(index().scan('고객만족도를')), [[0, 5, 6, 'customer-satisfaction-level', 'headword']]);
  });
});

describe('표기의 대소문자와 숫자 (which spellings are case-sensitive)', () => {
  it('대문자 둘 이상, 소문자 없는 약어는 대소문자를 가린다: AZ의 A와 Z도 대문자', () => {
    const index = indexOf({ id: 'az', term: 'AZ', aliases: [] }, { id: 'za', term: 'ZA', aliases: [] });
    assert.deepEqual(found(index, 'AZ와 ZA'), [['AZ', 'az'], ['ZA', 'za']]);
    assert.deepEqual(found(index, 'az와 za, Az와 zA'), []);
  });
  it('소문자가 하나라도 있으면 대소문자를 가리지 않는다: SaaS = saas, ABz = abz', () => {
    const index = indexOf({ id: 'saas', term: 'SaaS', aliases: [] }, { id: 'abz', term: 'ABz', aliases: [] });
    assert.deepEqual(found(index, 'saas와 SAAS, abz와 ABZ'), [['saas', 'saas'], ['SAAS', 'saas'], ['abz', 'abz'], ['ABZ', 'abz']]);
  });
  it('숫자 뒤 공백은 한글 앞에서 없어도 된다: 0 순위 = 0순위, 9 등급 = 9등급', () => {
    const index = indexOf('0 순위', '9 등급');
    assert.deepEqual(found(index, '0순위와 9등급, 0 순위와 9 등급'), [['0순위', '0 순위'], ['9등급', '9 등급'], ['0 순위', '0 순위'], ['9 등급', '9 등급']]);
  });
  it('대소문자를 가리는 약어의 숫자는 글자 비교에서 빠진다: CD2는 CD2만, cd2는 아니다', () => {
    const index = indexOf({ id: 'cd2', term: 'CD2', aliases: ['KPI 2.0'] });
    assert.deepEqual(found(index, 'CD2와 cd2, KPI 2.0과 KPI20, kpi 2.0'), [['CD2', 'cd2'], ['KPI 2.0', 'cd2'], ['KPI20', 'cd2']]);
  });
});

describe('라틴 표기 뒤 (what may follow a Latin spelling)', () => {
  const index = (): TermIndex => indexOf({ id: 'crm', term: 'CRM', aliases: [], reading: '씨알엠' }, { id: 'rfm', term: 'RFM', aliases: [], reading: '알에프엠' });

  it('점이나 하이픈 뒤에 라틴 글자·숫자가 이어지면 더 긴 낱말: CRM.js, CRM-based, CRM.2, RFM-3', () => {
    assert.deepEqual(found(index(), 'CRM.js와 CRM-based, CRM.2와 RFM-3'), []);
  });
  it('문장 끝의 점, 한글 앞의 하이픈, 공백 앞은 용어 끝: CRM. RFM-분석 CRM)', () => {
    assert.deepEqual(spans(index().scan('CRM. RFM-분석 (CRM)')), [[0, 3, 3, 'crm', 'headword'], [5, 8, 8, 'rfm', 'headword'], [13, 16, 16, 'crm', 'headword']]);
  });
  it('라틴 표기 뒤 한글: 읽기에 맞는 조사만 조사 (CRM은, RFM을), 아니면 붙여 쓴 낱말 (CRM는, CRM팀)', () => {
    const text = 'CRM은 RFM을 CRM는 CRM팀';
    assert.deepEqual(index().scan(text).map((m) => text.slice(m.start, m.wordEnd)), ['CRM은', 'RFM을', 'CRM', 'CRM']);
  });
  it('줄 끝의 약어는 거기서 끝난다', () => {
    assert.deepEqual(spans(index().scan('분석은 RFM')), [[4, 7, 7, 'rfm', 'headword']]);
  });
});

describe('범위만 찾기 (scanRanges: some lines of a note)', () => {
  const index = (): TermIndex => indexOf('로열티', '고객');
  const ranges = (text: string, regions: Array<{ start: number; end: number }>, markdown?: boolean): Array<[number, number, number, string]> => {
    const out: Array<[number, number, number, string]> = [];
    index().scanRanges(text, regions, markdown === undefined ? {} : { markdown }, (start, end, wordEnd, id) => out.push([start, end, wordEnd, id]));
    return out;
  };

  it('주어진 줄만, 문서 기준 오프셋으로', () => {
    const text = '로열티는\n고객과\n`로열티`와 고객을\n';
    assert.deepEqual(ranges(text, [{ start: 5, end: 8 }, { start: 9, end: 20 }]), [[5, 7, 8, '고객'], [16, 18, 19, '고객']]);
  });
  it('markdown: false면 코드 안도', () => {
    const text = '로열티는\n고객과\n`로열티`와 고객을\n';
    assert.deepEqual(ranges(text, [{ start: 9, end: 20 }], false), [[10, 13, 13, '로열티'], [16, 18, 19, '고객']]);
  });
  it('호출자가 준 블록(펜스 코드)은 건너뛰고, 블록 밖의 인라인 코드도 건너뛴다', () => {
    const text = '```\n로열티\n```\n`고객` 고객과 로열티';
    const blocks = [{ start: 0, end: 11 }];
    const all: Array<[number, number, string]> = [];
    index().scanEach(text, { blocks }, (start, end, _wordEnd, id) => all.push([start, end, id]));
    assert.deepEqual(all, [[17, 19, '고객'], [21, 24, '로열티']]);
    assert.deepEqual(ranges(text, [{ start: 12, end: text.length }]), [[17, 19, 20, '고객'], [21, 24, 24, '로열티']]);
    const some: Array<[number, number, string]> = [];
    index().scanRanges(text, [{ start: 0, end: text.length }], { blocks }, (start, end, _wordEnd, id) => some.push([start, end, id]));
    assert.deepEqual(some, all);
  });
  it('범위가 없으면 아무것도 부르지 않는다', () => {
    assert.deepEqual(ranges('로열티', []), []);
  });
});

describe('층이 겹치는 표기 (a workspace term beats a user term beats the bundled one)', () => {
  it('표제어가 로열티인 작업 영역·사용자 용어: 작업 영역이 이기고 나머지는 대안, 높은 층부터', () => {
    const term = (id: string, alias: string): unknown => ({ id, term: '로열티', definition: '노트용 정의.', aliases: [alias] });
    const snapshot = buildSnapshot([
      ...parseBundledGlossary(),
      parseGlossary(JSON.stringify({ formatVersion: 1, terms: [term('my-loyalty', '나의 충성')] }), 'user.json', 'user'),
      parseGlossary(JSON.stringify({ formatVersion: 1, terms: [term('team-loyalty', '팀 충성')] }), 'ws.json', 'workspace'),
    ]);
    const [match] = snapshot.index.scan('로열티는');
    assert.deepEqual(match, { start: 0, end: 3, wordEnd: 4, id: 'team-loyalty', alternatives: ['my-loyalty', 'loyalty'], via: 'headword' });
  });
});

describe('호버 (findTermAt: exactly the characters of the term)', () => {
  const index = (): TermIndex => indexOf('로열티', '고객', '고객만족');

  it('용어의 첫 글자부터 마지막 글자까지, 조사와 앞 공백은 아니다', () => {
    const line = '- 로열티는 고객만족';
    assert.deepEqual([1, 2, 3, 4, 5, 6, 7, 10, 11].map((at) => index().findTermAt(line, at)?.id ?? '-'), ['-', '로열티', '로열티', '로열티', '-', '-', '고객만족', '고객만족', '-']);
  });
  it('둘째 줄의 범위와 조사 끝은 문서 기준', () => {
    assert.deepEqual(index().findTermAt('고객\n- 로열티를', 5), { start: 5, end: 8, wordEnd: 9, id: '로열티', alternatives: [], via: 'headword' });
    assert.deepEqual([3, 4, 8].map((at) => index().findTermAt('고객\n- 로열티를', at)?.id ?? '-'), ['-', '-', '-'], 'the list marker, the space and the particle');
  });
  it('블록 안의 위치는 없다, 블록 밖은 그대로', () => {
    const text = '```\n로열티\n```\n로열티';
    const blocks = [{ start: 0, end: 12 }];
    assert.equal(index().findTermAt(text, 5, blocks), undefined);
    assert.equal(index().findTermAt(text, 13, blocks)?.start, 12);
    assert.equal(index().findTermAt(text, 5)?.id, '로열티', 'without blocks the caller decides nothing');
  });
  it('마지막 글자는 찾고, 텍스트 끝은 아니다', () => {
    assert.equal(index().findTermAt('고객', 1)?.id, '고객');
    assert.equal(index().findTermAt('고객', 2), undefined);
  });
});

describe('사람이 친 낱말 (lookup)', () => {
  const index = (): TermIndex => indexOf(
    { id: 'clv', term: '고객생애가치', aliases: ['CLV'] },
    { id: 'mot', term: '진실의 순간', aliases: ['MOT'] },
    '로열티',
  );

  it('괄호 속 약어나 풀이: 고객생애가치(CLV), 진실의 순간 (MOT), 전각 괄호 （CLV）, 모르는 말(MOT)', () => {
    const ids = ['고객생애가치(CLV)', '진실의 순간 (MOT)', '고객생애가치（CLV）', '모르는말(MOT)', '모르는말 (모르는말)'].map((w) => index().lookup(w)?.id ?? '-');
    assert.deepEqual(ids, ['clv', 'mot', 'clv', 'mot', '-']);
  });
  it('표기 그대로면 낱말 전체가 범위: 진실의 순간 → 0..6, 소문자 clv도', () => {
    assert.deepEqual(index().lookup('진실의 순간'), { start: 0, end: 6, wordEnd: 6, id: 'mot', alternatives: [], via: 'headword' });
    assert.deepEqual(index().lookup('clv'), { start: 0, end: 3, wordEnd: 3, id: 'clv', alternatives: [], via: 'alias' });
  });
  it('조사가 붙으면 조사까지: 고객생애가치를 → 0..6..7; 뒤에 다른 말이 있으면 없음', () => {
    assert.deepEqual(index().lookup('고객생애가치를'), { start: 0, end: 6, wordEnd: 7, id: 'clv', alternatives: [], via: 'headword' });
    assert.equal(index().lookup('로열티를 높인다'), undefined);
    assert.equal(index().lookup('높은 로열티'), undefined);
  });
  it('괄호 뒤에 말이 더 있으면 한 낱말이 아니다: 고객생애가치(CLV) 설명', () => {
    assert.equal(index().lookup('고객생애가치(CLV) 설명'), undefined);
    assert.equal(index().lookup('(CLV)'), undefined, 'nothing before the brackets');
  });
  it('빈 말과 모르는 말은 없다', () => {
    assert.equal(index().lookup(''), undefined);
    assert.equal(index().lookup('쿠폰'), undefined);
  });
});

describe('표기 목록 (spellings: one entry per term and folded spelling)', () => {
  it('대소문자만 다른 같은 용어의 표기는 한 번, 다른 용어는 순서대로', () => {
    const index = TermIndex.build([
      { id: 'crm', term: 'CRM', aliases: ['crm', 'Crm'] },
      { id: 'crm-2', term: '씨알엠', aliases: ['crm', 'C-RM'] },
    ]);
    assert.deepEqual(
      [...index.spellings()].map(([fold, list]) => [fold, list.map((e) => `${e.id}/${e.kind}/${e.spelling}`)]),
      [['crm', ['crm/headword/CRM', 'crm-2/alias/crm']], ['씨알엠', ['crm-2/headword/씨알엠']]],
    );
    assert.equal(index.keyCount, 6);
  });
  it('같은 표기의 용어 순서: 나중에 넣은 표제어가 먼저 넣은 별칭보다 앞 (lookup도 같다)', () => {
    const index = TermIndex.build([
      { id: 'guest', term: '손님', aliases: ['고객'] },
      { id: 'customer', term: '고객', aliases: [] },
    ]);
    assert.deepEqual([...index.spellings()].map(([fold, list]) => [fold, list.map((e) => `${e.id}/${e.kind}`)]), [['손님', ['guest/headword']], ['고객', ['customer/headword', 'guest/alias']]]);
    assert.deepEqual(index.lookup('고객'), { start: 0, end: 2, wordEnd: 2, id: 'customer', alternatives: ['guest'], via: 'headword' });
  });
  it('한 글자 표기는 한글 표제어만: 값은 찾고, 한 글자 별칭 가와 라틴 표제어 X는 찾지 않는다', () => {
    const index = indexOf({ id: 'value', term: '값', aliases: ['가'] }, { id: 'x', term: 'X', aliases: [] });
    assert.deepEqual(spans(index.scan('값이 X 가')), [[0, 1, 2, 'value', 'headword']]);
    assert.equal(index.keyCount, 1);
  });
});

describe('트라이의 성장 (Trie: tables that grow keep what they had)', () => {
  const same = (a: string, b: string): boolean => a === b;
  const order = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  const nodeOf = (trie: Trie<string>, key: string): number => {
    let node = Trie.ROOT;
    for (let i = 0; i < key.length && (i === 0 || node !== 0); i++) {
      node = trie.child(node, key.charCodeAt(i));
    }
    return node;
  };

  it('노드 표가 두 번 커진 뒤에도 먼저 넣은 표기의 값과 공백 자리 (신규 고객 → 신규 뒤)', () => {
    const trie = new Trie<string>();
    trie.insert('신규고객', 'new-customer', same, order, [2]);
    trie.insert('고객생애가치', 'clv', same, order, [2, 4]);
    for (let i = 0; i < 9000; i++) {
      trie.insert(`키${i}번째`, `k${i}`, same, order);
    }
    assert.deepEqual(['신규', '신규고', '신규고객', '고객', '고객생애', '고객생애가치'].map((k) => trie.isBreak(nodeOf(trie, k))), [true, false, false, true, true, false]);
    assert.deepEqual(trie.valuesAt(nodeOf(trie, '신규고객')), ['new-customer']);
    assert.deepEqual(trie.valuesAt(nodeOf(trie, '키8999번째')), ['k8999']);
    assert.equal(trie.valuesAt(nodeOf(trie, '신규')), undefined);
  });
  it('뿌리의 자식: 한 글자 키도 값을 갖고, 없는 글자는 0', () => {
    const trie = new Trie<string>();
    trie.insert('값', 'value', same, order);
    const node = trie.child(Trie.ROOT, '값'.charCodeAt(0));
    assert.notEqual(node, 0);
    assert.deepEqual(trie.valuesAt(node), ['value']);
    assert.equal(trie.child(Trie.ROOT, '갑'.charCodeAt(0)), 0);
    assert.equal(trie.child(node, '값'.charCodeAt(0)), 0);
  });
});

describe('합성어와 같은 표기의 여러 용어 (compounds, shared spellings)', () => {
  it('합성어 뒤의 다른 낱말도 찾는다: 우량고객관리 그리고 로열티, 같은 색인으로 두 번', () => {
    const index = indexOf('우량고객', '관리', '만족', '로열티');
    assert.deepEqual(found(index, '우량고객관리 그리고 로열티'), [['우량고객', '우량고객'], ['관리', '관리'], ['로열티', '로열티']]);
    assert.deepEqual(found(index, '우량고객 만족'), [['우량고객', '우량고객'], ['만족', '만족']]);
  });
  it('합성어의 뒷부분이 용어가 아니면 앞부분도 아니다: 고객탈퇴, 고객만족스러움', () => {
    const index = indexOf('고객', '고객만족', '만족');
    assert.deepEqual(found(index, '고객탈퇴 고객만족스러움'), []);
  });
  it('대소문자를 가리는 표기와 가리지 않는 표기가 겹치면: CRM은 둘 다, crm은 가리지 않는 쪽만', () => {
    const index = TermIndex.build([
      { id: 'crm', term: 'CRM', aliases: [] },
      { id: 'crm-lab', term: '씨알엠 연구실', aliases: ['Crm'] },
    ]);
    assert.deepEqual(index.scan('CRM').map((m) => [m.id, m.alternatives]), [['crm', ['crm-lab']]]);
    assert.deepEqual(index.scan('crm').map((m) => [m.id, m.alternatives, m.via]), [['crm-lab', [], 'alias']]);
  });
  it('기호로 끝나는 표기 뒤에는 라틴 글자가 붙어도 된다: (주)CJ', () => {
    const index = indexOf('(주)', 'C++');
    assert.deepEqual(spans(index.scan('(주)CJ와 C++14')), [[0, 3, 3, '(주)', 'headword'], [7, 10, 10, 'C++', 'headword']]);
  });
  it('한글 용어 뒤에 바로 라틴 글자: 고객DB의 고객, 조사는 없다', () => {
    const index = indexOf('고객');
    assert.deepEqual(spans(index.scan('고객DB는')), [[0, 2, 2, '고객', 'headword']]);
  });
});

describe('낱말 안과 낱말 경계의 범위 (spans at word starts, inside words and across spaces)', () => {
  const index = (): TermIndex =>
    indexOf(
      '고객', '만족', '고객만족', '가치', '관리', '우량고객',
      { id: 'crm', term: 'CRM', aliases: [] },
      { id: 'e-crm', term: 'e-CRM', aliases: ['이CRM'] },
      { id: 'customer-db', term: '고객 DB', aliases: [] },
      { id: 'new-customer', term: '신규 고객', aliases: [] },
    );

  it('낱말 가운데에서는 시작하지 않는다: 불만족, 가치관, SCRM; 파생 꼬리는 낱말 끝까지 (고객들이, 만족하는)', () => {
    assert.deepEqual(spans(index().scan('불만족 가치관 SCRM 고객들이 만족하는')), [[13, 15, 17, '고객', 'headword'], [18, 20, 22, '만족', 'headword']]);
  });
  it('e-CRM과 x.CRM의 CRM은 라틴 낱말 속이다; 괄호 뒤 CRM은 새 낱말', () => {
    assert.deepEqual(spans(index().scan('e-CRM x.CRM (CRM)')), [[0, 5, 5, 'e-crm', 'headword'], [13, 16, 16, 'crm', 'headword']]);
  });
  it('한글 뒤 공백과 라틴: 두 글자 뒤에서만 (고객 DB), 한 글자 조사 뒤에서는 아니다 (…)이 CRM)', () => {
    assert.deepEqual(spans(index().scan('고객 DB와 (우량)이 CRM')), [[0, 5, 6, 'customer-db', 'headword'], [13, 16, 16, 'crm', 'headword']]);
  });
  it('글로서리가 띄어 쓴 자리는 붙여도 되고, 두 용어 사이의 공백은 빼도 된다: 신규고객, 고객 만족; 고객이 만족은 둘', () => {
    assert.deepEqual(spans(index().scan('신규고객 고객 만족 고객이 만족')), [[0, 4, 4, 'new-customer', 'headword'], [5, 10, 10, '고객만족', 'headword'], [11, 13, 14, '고객', 'headword'], [15, 17, 17, '만족', 'headword']]);
  });
  it('합성어의 뒷부분 범위: 우량고객관리를 → 우량고객 0..4, 관리 4..6..7', () => {
    assert.deepEqual(spans(index().scan('우량고객관리를')), [[0, 4, 4, '우량고객', 'headword'], [4, 6, 7, '관리', 'headword']]);
  });
});
