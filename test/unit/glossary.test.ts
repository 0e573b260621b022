import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildGlossary } from '../../src/core/glossary/glossary';
import { loadGlossaryBytes } from '../../src/core/glossary/load';
import { type ParsedGlossary, formatDiagnostic, parseGlossary } from '../../src/core/glossary/parse';
import { termJson } from '../../src/core/glossary/report';
import { buildSnapshot } from '../../src/core/service';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { bundledSnapshot, withUserGlossary } from './helpers';

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
  it('용어집 파일은 4 MiB(4,194,304바이트)까지: 1바이트라도 넘으면 읽기 전에 거부하고 크기와 한도를 알린다', () => {
    const head = '{"formatVersion":1,"terms":[]}';
    const bytes = (size: number): Uint8Array => new TextEncoder().encode(head + ' '.repeat(size - head.length));
    const fits = loadGlossaryBytes(bytes(4_194_304), 'fits.json', 'user');
    assert.deepEqual([fits.ok, fits.diagnostics], [true, []]);
    const over = loadGlossaryBytes(bytes(4_194_305), 'over.json', 'user');
    assert.equal(over.ok, false);
    assert.deepEqual(over.diagnostics.map((d) => [d.code, d.args, d.severity, d.layer]), [['file.tooLarge', [4_194_305, 4_194_304], 'error', 'user']]);
    assert.equal(formatDiagnostic(over.diagnostics[0]!, 'ko'), 'over.json:1:1: 파일이 너무 큽니다: 4194305바이트 (한도 4194304바이트).');
    const text = parse(head + ' '.repeat(4_194_305 - head.length));
    assert.deepEqual(text.diagnostics.map((d) => [d.code, d.args]), [['file.tooLarge', [4_194_305, 4_194_304]]]);
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
  it('같은 층에서 별칭이 다른 용어의 표제어와 같으면 표제어의 용어가 그 표기를 갖는다 (스터디): 별칭이 먼저 나와도', () => {
    const study = { id: 'study', term: '스터디', definition: '함께 공부하는 일.' };
    const group = { id: 'study-group', term: '공부모임', aliases: ['스터디'], definition: '함께 공부하는 모임.' };
    for (const terms of [[group, study], [study, group]]) {
      const { glossary, index } = buildSnapshot([parse(JSON.stringify({ formatVersion: 1, terms }))]);
      const match = index.lookup('스터디는');
      assert.deepEqual([match?.id, match?.via], ['study', 'headword'], terms[0]?.id);
      assert.deepEqual(index.scan('스터디는 매주 한다').map((m) => [m.start, m.end, m.id, m.via]), [[0, 3, 'study', 'headword']], terms[0]?.id);
      assert.deepEqual(glossary.diagnostics.map((d) => [d.code, d.args[0]]), [['alias.conflict', '스터디']], 'reported, not silent');
      assert.equal(glossary.terms.get('study')?.term, '스터디');
    }
  });
  it('사용자 층의 목록 필드(related, confusable, facts)는 내장 목록을 바꾸지 않고 뒤에 보탠다 (이미 있는 id는 한 번만)', () => {
    const bundled = bundledSnapshot().glossary.terms.get('loyalty');
    assert.ok(bundled);
    const { glossary } = withUserGlossary({
      formatVersion: 1,
      terms: [{ id: 'loyalty', related: ['crm', 'customer-satisfaction'], confusable: ['customer-satisfaction'], facts: [{ kind: 'figure', statement: '로열티 고객의 재구매율은 80%다.', value: '80%' }] }],
    });
    const loyalty = glossary.terms.get('loyalty');
    assert.deepEqual(loyalty?.related, [
      'customer-satisfaction', 'loyalty-reciprocity', 'satisfaction-loyalty-relationship', 'behavioral-loyalty', 'attitudinal-loyalty',
      'loyalty-program', 'regular-customer', 'customer-retention', 'customer-lifetime-value', 'cognitive-loyalty', 'affective-loyalty',
      'conative-loyalty', 'no-loyalty', 'crm',
    ]);
    assert.deepEqual(loyalty?.confusable, ['customer-satisfaction']);
    assert.deepEqual(loyalty?.facts.map((f) => f.key), [
      'loyalty:enumeration:로열티를 파악하는 세 가지 관점',
      'loyalty:enumeration:태도와 반복 구매에 따른 로열티의 유형',
      'loyalty:sequence:올리버의 로열티 형성 단계',
      'loyalty:figure:로열티 고객의 재구매율은 80%다.',
    ]);
    assert.deepEqual(loyalty?.facts.slice(0, 3), bundled.facts, 'the bundled facts are kept as they are');
    assert.deepEqual(glossary.diagnostics, []);
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

describe('define --json의 모양 (termJson)', () => {
  it('모든 필드를 정해진 순서로: 없는 값은 null, related·confusable은 {id, term}, chapterPath는 과목부터 절까지', () => {
    const { glossary } = bundledSnapshot();
    const loyalty = glossary.terms.get('loyalty');
    assert.ok(loyalty);
    const json = termJson(loyalty, glossary);
    assert.deepEqual(Object.keys(json), [
      'id', 'term', 'english', 'aliases', 'reading', 'definition', 'explanation', 'chapter',
      'chapterTitle', 'chapterPath', 'related', 'confusable', 'facts', 'source',
    ]);
    assert.deepEqual(
      [json.id, json.term, json.english, json.reading, json.chapter, json.chapterTitle, json.chapterPath, json.source],
      ['loyalty', '로열티', 'Customer Loyalty', null, 'ch04.s2', '고객만족과 로열티의 관계', ['고객관계관리', '고객로열티 전략', '고객만족과 로열티의 관계'], 'glossary/ch04.glossary.json'],
    );
    assert.deepEqual((json.related as unknown[]).slice(0, 2), [
      { id: 'customer-satisfaction', term: '고객만족' },
      { id: 'loyalty-reciprocity', term: '로열티의 상호적 속성' },
    ]);
    assert.equal(json.aliases, loyalty.aliases);
    assert.equal(json.facts, loyalty.facts);
    const { glossary: mine } = withUserGlossary({ formatVersion: 1, terms: [{ id: 'mine', term: '내용어', definition: 'd', confusable: ['loyalty'] }] });
    const bare = termJson(mine.terms.get('mine')!, mine);
    assert.deepEqual(
      [bare.english, bare.reading, bare.explanation, bare.chapterTitle, bare.chapterPath, bare.related, bare.confusable, bare.facts, bare.source],
      [null, null, null, '사용자 용어 (User terms)', ['사용자 용어 (User terms)'], [], [{ id: 'loyalty', term: '로열티' }], [], 'user.json'],
    );
  });
});
