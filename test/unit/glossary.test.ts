import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildGlossary } from '../../src/core/glossary/glossary';
import { type ParsedGlossary, formatDiagnostic, parseGlossary } from '../../src/core/glossary/parse';
import { buildSnapshot } from '../../src/core/service';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { withUserGlossary } from './helpers';

const parse = (text: string, layer: ParsedGlossary['layer'] = 'user', file = 'my.json'): ParsedGlossary => parseGlossary(text, file, layer);
const codes = (p: ParsedGlossary): string[] => p.diagnostics.map((d) => d.code);

describe('용어집 읽기 (parsing and validation never throw)', () => {
  it('문법 오류는 파일:줄:열과 이유 하나로', () => {
    const parsed = parse('{\n  "formatVersion": 1,\n  "terms": [\n    { "id": "a" }\n    { "id": "b" }\n  ]\n}');
    assert.equal(parsed.ok, false);
    assert.equal(parsed.diagnostics.length, 1);
    assert.equal(formatDiagnostic(parsed.diagnostics[0]!, 'ko'), 'my.json:5:5: JSON 문법 오류: 쉼표(,)가 와야 합니다');
    assert.equal(formatDiagnostic(parsed.diagnostics[0]!, 'en'), 'my.json:5:5: JSON syntax error: comma expected');
  });
  it('잘린 파일, 빈 파일, 배열 최상위도 한 줄 오류', () => {
    assert.deepEqual(codes(parse('{"formatVersion": 1, "terms": [')), ['json.syntax']);
    assert.deepEqual(codes(parse('')), ['json.syntax']);
    assert.deepEqual(codes(parse('[]')), ['glossary.notObject']);
    assert.deepEqual(codes(parse('{"formatVersion": 2}')), ['glossary.formatVersion']);
  });
  it('너무 깊은 중첩은 파싱 전에 거절 (스택 넘침 없음)', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.deepEqual(codes(parse(deep)), ['file.tooDeep']);
  });
  it('잘못된 항목은 그 항목만 빠지고 항목마다 이유가 있다', () => {
    const parsed = parse(
      JSON.stringify(
        {
          formatVersion: 1,
          terms: [
            { id: 'ok-term', term: '좋은용어', definition: '정의.' },
            { id: 'Bad Id', term: 'x', definition: 'y' },
            { term: '아이디없음', definition: 'y' },
            'not an object',
            { id: 'long', term: '가'.repeat(10_000), definition: 'y' },
            { id: 'types', term: 3, aliases: 'x', definition: ['y'] },
            { id: 'facts', term: '사실', definition: 'd', facts: [{ kind: 'enumeration', title: 't', items: ['하나'] }, { kind: 'figure', statement: '5배 이상', value: '6배' }, { kind: 'magic' }] },
          ],
        },
        null,
        2,
      ),
    );
    assert.equal(parsed.ok, true);
    assert.deepEqual(parsed.terms.map((t) => t.id), ['ok-term', 'long', 'types', 'facts']);
    assert.deepEqual(
      codes(parsed).sort(),
      ['entry.badId', 'entry.notObject', 'fact.kind', 'fact.tooFew', 'fact.valueNotInStatement', 'field.missing', 'field.tooLong', 'field.type', 'field.type', 'field.type'].sort(),
    );
    for (const d of parsed.diagnostics) {
      assert.ok(d.span.line > 0, `${d.code} has a line`);
    }
  });
  it('__proto__, constructor 키는 평범한 데이터이고 Object.prototype은 그대로', () => {
    const text = '{"formatVersion":1,"__proto__":{"polluted":1},"terms":[{"id":"constructor","term":"생성자","definition":"d","__proto__":{"x":1},"constructor":"c"}]}';
    const glossary = buildGlossary([...parseBundledGlossary(), parse(text)]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(glossary.terms.get('constructor')?.term, '생성자');
    assert.equal(glossary.terms.get('toString'), undefined);
    assert.equal(glossary.terms.get('__proto__'), undefined);
  });
  it('속성: 아무 JSON이나 넣어도 던지지 않는다', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parse(JSON.stringify({ formatVersion: 1, terms: [value], chapters: [value] }));
        buildGlossary([parsed]);
      }),
      { numRuns: 300 },
    );
    fc.assert(fc.property(fc.string(), (text) => void buildGlossary([parse(text)])), { numRuns: 300 });
  });
  it('모든 문자열은 NFC로', () => {
    const parsed = parse(JSON.stringify({ formatVersion: 1, terms: [{ id: 'n', term: '만족도'.normalize('NFD'), definition: '정의' }] }));
    assert.equal(parsed.terms[0]?.fields.term, '만족도');
  });
});

describe('층 합치기 (workspace over user over bundled)', () => {
  it('같은 id의 사용자 항목은 준 필드만 바꾸고 목록 필드는 보탠다', () => {
    const { glossary, index } = withUserGlossary({ formatVersion: 1, terms: [{ id: 'loyalty', definition: '내 정의.', aliases: ['충성심'] }] });
    const loyalty = glossary.terms.get('loyalty');
    assert.equal(loyalty?.definition, '내 정의.');
    assert.equal(loyalty?.term, '로열티');
    assert.ok(loyalty?.aliases.includes('로얄티') && loyalty.aliases.includes('충성심'));
    assert.equal(index.lookup('충성심을')?.id, 'loyalty');
  });
  it('작업 영역이 사용자보다, 사용자가 내장보다 우선이고 결과는 순서와 무관하다', () => {
    const user = parseGlossary(JSON.stringify({ formatVersion: 1, terms: [{ id: 'loyalty', definition: '사용자 정의.' }] }), 'u.json', 'user');
    const workspace = parseGlossary(JSON.stringify({ formatVersion: 1, terms: [{ id: 'loyalty', definition: '작업 영역 정의.' }] }), 'w.json', 'workspace');
    const bundled = parseBundledGlossary();
    const a = buildGlossary([...bundled, user, workspace]);
    const b = buildGlossary([workspace, user, ...bundled]);
    assert.equal(a.terms.get('loyalty')?.definition, '작업 영역 정의.');
    assert.equal(b.terms.get('loyalty')?.definition, '작업 영역 정의.');
  });
  it('새 용어에 장이 없으면 "사용자 용어" 장에 들어간다', () => {
    const { glossary } = withUserGlossary({ formatVersion: 1, terms: [{ id: 'mine', term: '내용어', definition: 'd', chapter: 'nope' }] });
    assert.equal(glossary.terms.get('mine')?.chapter, 'user-terms');
    assert.ok(glossary.diagnostics.some((d) => d.code === 'chapter.unknown' && d.file === 'user.json'));
  });
  it('없는 id를 가리키는 관련 용어는 보고하고 뺀다', () => {
    const { glossary } = withUserGlossary({ formatVersion: 1, terms: [{ id: 'mine', term: '내용어', definition: 'd', related: ['loyalty', 'nope'] }] });
    assert.deepEqual(glossary.terms.get('mine')?.related, ['loyalty']);
    assert.ok(glossary.diagnostics.some((d) => d.code === 'reference.unknown' && d.args[1] === 'nope'));
  });
  it('다른 용어의 표기를 별칭으로 쓰면 보고하고, 사용자 층이 그 표기를 갖는다', () => {
    const { glossary, index } = withUserGlossary({ formatVersion: 1, terms: [{ id: 'mine', term: '내용어', aliases: ['로열티'], definition: 'd' }] });
    assert.ok(glossary.diagnostics.some((d) => d.code === 'alias.conflict' && d.file === 'glossary/ch04.glossary.json'));
    assert.equal(index.lookup('로열티')?.id, 'mine');
  });
  it('ambiguous로 선언한 공유 별칭은 두 용어 모두에', () => {
    const snapshot = buildSnapshot([
      parseGlossary(JSON.stringify({ formatVersion: 1, terms: [
        { id: 'a', term: '가용어', aliases: ['공유어'], ambiguous: ['공유어'], definition: 'a' },
        { id: 'b', term: '나용어', aliases: ['공유어'], ambiguous: ['공유어'], definition: 'b' },
      ] }), 'x.json', 'user'),
    ]);
    assert.deepEqual(snapshot.glossary.diagnostics, []);
    const match = snapshot.index.scan('공유어는')[0];
    assert.deepEqual([match?.id, match?.alternatives], ['a', ['b']]);
  });
  it('장의 부모가 없거나 순환하면 보고하고 최상위로', () => {
    const glossary = buildGlossary([
      parseGlossary(JSON.stringify({ formatVersion: 1, chapters: [
        { id: 'x', title: 'X', parent: 'y' },
        { id: 'y', title: 'Y', parent: 'x' },
        { id: 'z', title: 'Z', parent: 'nope' },
      ] }), 'c.json', 'user'),
    ]);
    assert.ok(glossary.diagnostics.some((d) => d.code === 'chapter.cycle'));
    assert.ok(glossary.diagnostics.some((d) => d.code === 'chapter.unknownParent'));
    assert.equal(glossary.chapters.get('z')?.parent, undefined);
  });
});
