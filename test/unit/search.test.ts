import * as assert from 'node:assert/strict';
import { TermSearch, isChoseongQuery } from '../../src/core/match/search';
import { loadBundledGlossary, parseBundledGlossary } from '../../src/bundledGlossary';
import { buildGlossary } from '../../src/core/glossary/glossary';
import { parseGlossary } from '../../src/core/glossary/parse';
import { buildSnapshot } from '../../src/core/service';
import { bundledSnapshot } from './helpers';

describe('사람이 치는 찾기: 앞부분과 초성 (prefix and 초성 look-ups)', () => {
  const search = TermSearch.fromIndex(bundledSnapshot().index);
  const ids = (hits: ReadonlyArray<{ id: string }>): string[] => hits.map((h) => h.id);

  it('초성 ㄱㄱㅁㅈ → 고객만족이 맨 앞, 맞은 글자 범위까지', () => {
    const [first] = search.search('ㄱㄱㅁㅈ');
    assert.deepEqual(first, { id: 'customer-satisfaction', spelling: '고객만족', kind: 'headword', highlights: [[0, 4]] });
  });
  it('초성 사이 공백은 무시하고, 띄어 쓴 표기에서는 맞은 범위가 공백에서 나뉜다', () => {
    assert.equal(search.choseong('ㄱㄱ ㅁㅈ')[0]?.id, 'customer-satisfaction');
    const spaced = new TermSearch([{ id: 'x', spelling: '고객 만족 경영', kind: 'alias' }]);
    assert.deepEqual(spaced.choseong('ㄱㄱㅁㅈ')[0]?.highlights, [[0, 2], [3, 5]]);
    assert.deepEqual(spaced.choseong('ㅁㅈㄱ')[0]?.highlights, [[3, 5], [6, 7]]);
  });
  it('앞부분 고객만 → 고객만족, 고객만족도 … 짧은 것부터, 용어마다 한 번', () => {
    const hits = search.prefix('고객만');
    assert.equal(hits[0]?.spelling, '고객만족');
    assert.ok(ids(hits).includes('customer-satisfaction-index') || hits.some((h) => h.spelling.startsWith('고객만족도')));
    assert.equal(new Set(ids(hits)).size, hits.length);
    assert.deepEqual(hits[0]?.highlights, [[0, 3]]);
    for (const hit of hits) {
      assert.ok(hit.spelling.replace(/[\s-]/g, '').startsWith('고객만'), hit.spelling);
    }
  });
  it('영어 이름도 대소문자·띄어쓰기 무시: big d → Big Data', () => {
    const hit = search.prefix('big d').find((h) => h.spelling === 'Big Data');
    assert.equal(hit?.id, 'big-data');
    assert.deepEqual(hit?.highlights, [[0, 5]]);
  });
  it('초성 질의인지: 자음만이면 초성, 모음이나 완성 글자가 섞이면 아니다', () => {
    assert.equal(isChoseongQuery('ㄱㄱㅁㅈ'), true);
    assert.equal(isChoseongQuery('ㄱ ㅁ'), true);
    assert.equal(isChoseongQuery('고객'), false);
    assert.equal(isChoseongQuery('ㄱㅏ'), false);
    assert.equal(isChoseongQuery(' '), false);
  });
  it('없는 말은 빈 결과, 한도는 지킨다', () => {
    assert.deepEqual(search.prefix('쀍쀍'), []);
    assert.equal(search.prefix('고', 5).length, 5);
  });
});

describe('진단은 자기 층을 안다 (diagnostics carry their layer)', () => {
  it('사용자 파일과 작업 영역 파일의 문제는 그 층으로, 내장 용어집에는 문제가 없다', () => {
    const user = parseGlossary('{ "formatVersion": 1, "terms": [ { "id": "x", "term": "엑스", "definition": "d", "related": ["nope"] } ] }', 'user.json', 'user');
    const workspace = parseGlossary('{ "formatVersion": 1, "terms": [ { "id": "Bad Id" } ] }', 'ws.json', 'workspace');
    const { glossary } = buildSnapshot([...parseBundledGlossary(), user, workspace]);
    const byFile = glossary.diagnostics.map((d) => [d.file, d.layer, d.code]);
    assert.deepEqual(byFile.filter(([file]) => file === 'user.json'), [['user.json', 'user', 'reference.unknown']]);
    assert.ok(byFile.some(([file, layer, code]) => file === 'ws.json' && layer === 'workspace' && code === 'entry.badId'), JSON.stringify(byFile));
    assert.deepEqual(glossary.diagnostics.filter((d) => d.layer === 'bundled'), []);
  });
});

describe('빌드 때 합쳐 둔 내장 용어집 (the merged bundled glossary compiled at build time)', () => {
  it('실행 때 합친 것과 용어, 장, 장 순서까지 같다', () => {
    const compiled = loadBundledGlossary();
    const merged = buildGlossary(parseBundledGlossary());
    const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
    assert.deepEqual(plain([...compiled.terms.values()]), plain([...merged.terms.values()]));
    assert.deepEqual(plain([...compiled.chapters.values()]), plain([...merged.chapters.values()]));
    assert.deepEqual(compiled.childrenOf(undefined).map((c) => c.id), merged.childrenOf(undefined).map((c) => c.id));
    assert.deepEqual(compiled.termsUnder('ch04').map((t) => t.id), merged.termsUnder('ch04').map((t) => t.id));
    assert.ok(compiled.terms.size >= 500);
  });
});

describe('찾기의 순서와 범위 (TermSearch ordering, highlights and limits)', () => {
  type Kind = 'headword' | 'alias' | 'english';
  const entry = (id: string, spelling: string, kind: Kind = 'headword'): { id: string; spelling: string; kind: Kind } => ({ id, spelling, kind });
  /** `id spelling kind; …`, `_` in a spelling for a space. */
  const table = (spec: string): TermSearch =>
    new TermSearch(spec.split('; ').map((row) => {
      const [id, spelling, kind] = row.split(' ') as [string, string, Kind];
      return entry(id, spelling.replace(/_/g, ' '), kind);
    }));
  const rows = (hits: ReadonlyArray<{ id: string; spelling: string; highlights: ReadonlyArray<readonly [number, number]> }>): string[] =>
    hits.map((h) => `${h.id}:${h.spelling}:${h.highlights.map(([a, b]) => `${a}-${b}`).join(',')}`);

  it('같은 용어의 같은 표기는 한 번, 빈 표기는 빼고, 다른 용어의 같은 표기는 둘 다 센다', () => {
    const search = new TermSearch([entry('a', '고객'), entry('a', '고객', 'alias'), entry('a', '  '), entry('a', ''), entry('b', '고객', 'alias')]);
    assert.equal(search.size, 2);
    assert.deepEqual(rows(search.prefix('고')), ['a:고객:0-1', 'b:고객:0-1']);
  });

  it('앞부분: 이진 탐색이 정렬된 표기의 경계를 정확히 잡는다 (앞뒤 표기는 빠지고, 사이는 모두)', () => {
    const spellings = ['가나', '가다', '가라앉다', '가라', '가락', '가라데', '가마', '나라', '다리', '라면', '마을', '바다', '사과'];
    const search = new TermSearch(spellings.map((s, i) => entry(`t${i}`, s)));
    assert.deepEqual(search.prefix('가라').map((h) => h.spelling), ['가라', '가라데', '가라앉다']);
    assert.deepEqual(search.prefix('가').map((h) => h.spelling), ['가나', '가다', '가라', '가락', '가마', '가라데', '가라앉다']);
    assert.deepEqual(search.prefix('사과').map((h) => h.spelling), ['사과']);
    assert.deepEqual(search.prefix('가나').map((h) => h.spelling), ['가나']);
    assert.deepEqual(search.prefix('아'), []);
    assert.deepEqual(search.prefix('각'), []);
  });

  it('앞부분 순서: 짧은 표기, 같은 길이면 표제어·별칭·영어 이름, 그다음 글자 순', () => {
    const search = table('e CRMX english; d CRMA alias; c CRMB headword; b CRM_system headword; a CRMC headword; f crm english');
    assert.deepEqual(search.prefix('crm').map((h) => h.id), ['f', 'c', 'a', 'd', 'e', 'b']);
  });

  it('앞부분 범위는 원래 표기에서: 앞 공백과 하이픈을 건너뛰고 질의의 마지막 글자까지', () => {
    const search = new TermSearch([entry('x', ' e-CRM 전략'), entry('y', 'Big Data')]);
    assert.deepEqual(rows(search.prefix('ecr')), ['x: e-CRM 전략:1-5']);
    assert.deepEqual(rows(search.prefix('E-CRM전')), ['x: e-CRM 전략:1-8']);
    assert.deepEqual(rows(search.prefix('BIGDATA')), ['y:Big Data:0-8']);
    assert.deepEqual(search.prefix(' - '), []);
    assert.deepEqual(search.prefix(''), []);
  });

  it('용어마다 가장 좋은 표기 하나, 한도는 용어 수로', () => {
    const search = new TermSearch([entry('a', '고객관계관리'), entry('a', '고객', 'alias'), entry('b', '고객만족'), entry('c', '고객가치'), entry('d', '고객이탈')]);
    assert.deepEqual(rows(search.prefix('고객')), ['a:고객:0-2', 'c:고객가치:0-2', 'b:고객만족:0-2', 'd:고객이탈:0-2']);
    assert.deepEqual(search.prefix('고객', 2).map((h) => h.id), ['a', 'c']);
    assert.deepEqual(search.prefix('고객', 1).map((h) => h.id), ['a']);
    assert.deepEqual(search.prefix('고객', 0), []);
    const many = new TermSearch(Array.from({ length: 60 }, (_v, i) => entry(`t${i}`, `고객${String(i).padStart(2, '0')}`)));
    assert.equal(many.prefix('고객').length, 50);
    assert.equal(many.search('고객').length, 50);
    assert.equal(many.choseong('ㄱㄱ').length, 50);
    assert.equal(many.search('ㄱㄱ').length, 50);
  });

  it('초성: 처음부터 맞는 표기가 먼저, 안쪽에서 맞는 표기는 그 뒤, 각각 짧은 것·표제어·글자 순', () => {
    const search = table('in1 우량고객 headword; st2 고객관계관리 headword; st1 고객 alias; in2 신규고객 alias; st3 가격 alias; st4 가구 headword; none 만족 headword; lat CRM english');
    assert.deepEqual(rows(search.choseong('ㄱㄱ')), ['st4:가구:0-2', 'st3:가격:0-2', 'st1:고객:0-2', 'st2:고객관계관리:0-2', 'in1:우량고객:2-4', 'in2:신규고객:1-3']);
    assert.deepEqual(rows(search.search('ㄱ ㄱ')), rows(search.choseong('ㄱㄱ')));
    assert.deepEqual(search.choseong(' \t '), []);
    assert.deepEqual(search.choseong('ㅋ'), []);
  });

  it('초성 범위: 영어와 공백이 끼면 나뉘고, 붙은 글자는 한 범위로 이어진다', () => {
    const search = new TermSearch([entry('x', 'VIP 고객 관리'), entry('y', '고객DB관리')]);
    assert.deepEqual(rows(search.choseong('ㄱㄱㄱ')), ['x:VIP 고객 관리:4-6,7-8', 'y:고객DB관리:0-2,4-5']);
    assert.deepEqual(rows(search.choseong('ㄱㄱ')), ['x:VIP 고객 관리:4-6', 'y:고객DB관리:0-2']);
    assert.deepEqual(rows(search.choseong('ㄱㄱㄱㄹ')), ['x:VIP 고객 관리:4-6,7-9', 'y:고객DB관리:0-2,4-6']);
  });

  it('초성 질의: ㄱ부터 ㅎ까지의 자음과 공백만, 처음부터 끝까지', () => {
    const queries = ['ㄱ', 'ㅎ', '\tㅎ\n', 'ㅏ', 'ㄱa', 'aㄱ', 'ㄱ고', ''];
    assert.deepEqual(queries.map(isChoseongQuery), [true, true, true, false, false, false, false, false]);
    assert.equal(new TermSearch([entry('x', 'ㄱㄴ 테스트')]).search('ㄱㄴ').length, 0);
  });
});
