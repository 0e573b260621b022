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
