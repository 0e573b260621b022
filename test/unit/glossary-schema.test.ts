// The glossary format, second edition: `generic` headwords, gradable `answer`/`accept` on list
// items, `exhaustive`/`source` on facts, computed fact keys, and the dump that writes a merged
// glossary back in the file format.
import * as assert from 'node:assert/strict';
import { dumpGlossary } from '../../src/core/glossary/dump';
import { type Glossary, buildGlossary } from '../../src/core/glossary/glossary';
import { type ParsedGlossary, parseGlossary } from '../../src/core/glossary/parse';
import type { Term } from '../../src/core/glossary/types';
import { parseBundledGlossary } from '../../src/bundledGlossary';

const parse = (json: unknown, layer: ParsedGlossary['layer'] = 'user', file = 'my.json'): ParsedGlossary =>
  parseGlossary(JSON.stringify(json, null, 2), file, layer);
const one = (term: Record<string, unknown>): Term | undefined => buildGlossary([parse({ formatVersion: 1, terms: [{ id: 't', term: '시험용어', definition: 'd', ...term }] })]).terms.get('t');

describe('용어집 형식 2판 (glossary format, second edition)', () => {
  it('generic은 기본값 false, true로 쓸 수 있고 다른 형식이면 오류', () => {
    assert.equal(one({})?.generic, false);
    assert.equal(one({ generic: true })?.generic, true);
    const parsed = parse({ formatVersion: 1, terms: [{ id: 't', term: '시험용어', definition: 'd', generic: 'yes' }] });
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, ...d.args]), [['field.type', 'generic', 'boolean']]);
  });

  it('사용자 층은 내장 용어의 generic을 바꿀 수 있다', () => {
    const bundled = parse({ formatVersion: 1, terms: [{ id: 't', term: '시험용어', definition: 'd', generic: true }] }, 'bundled', 'b.json');
    const user = parse({ formatVersion: 1, terms: [{ id: 't', generic: false }] });
    assert.equal(buildGlossary([bundled, user]).terms.get('t')?.generic, false);
  });

  it('목록 항목의 answer는 기본값이 label, accept는 기본값이 빈 배열', () => {
    const term = one({
      facts: [
        {
          kind: 'enumeration',
          title: '특성',
          items: ['문자열항목', { label: '편재성(Ubiquity)', answer: '편재성', accept: ['유비쿼터스', 'Ubiquity', 'Ubiquity', '편재성'] }, { label: '위치성' }],
        },
      ],
    });
    const fact = term?.facts[0];
    assert.ok(fact?.kind === 'enumeration');
    assert.deepEqual(
      fact.items.map((i) => [i.label, i.answer, i.accept]),
      [
        ['문자열항목', '문자열항목', []],
        ['편재성(Ubiquity)', '편재성', ['유비쿼터스', 'Ubiquity']],
        ['위치성', '위치성', []],
      ],
    );
  });

  it('answer와 accept의 형식이 틀리면 항목마다 오류', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ id: 't', term: '시험용어', definition: 'd', facts: [{ kind: 'sequence', title: '단계', steps: [{ label: 'a', answer: 3 }, { label: 'b', accept: 'x' }, { label: 'c' }, { label: 'd', answer: '가'.repeat(61) }] }] }] });
    assert.deepEqual(parsed.diagnostics.map((d) => d.code).sort(), ['field.tooLong', 'field.type', 'field.type']);
  });

  it('모든 fact에 exhaustive(기본 true)와 source가 있다', () => {
    const term = one({
      facts: [
        { kind: 'enumeration', title: '목록', exhaustive: false, source: 'Stone & Woodcock', items: ['가나', '다라'] },
        { kind: 'sequence', title: '순서', steps: ['가나', '다라'] },
        { kind: 'formula', title: '식', left: '가치', right: '편익 - 가격', operands: ['편익'], source: '교재' },
        { kind: 'figure', statement: '5배 이상이다.', value: '5배', exhaustive: true },
      ],
    });
    assert.deepEqual(term?.facts.map((f) => [f.exhaustive, f.source]), [[false, 'Stone & Woodcock'], [true, undefined], [true, '교재'], [true, undefined]]);
    const bad = parse({ formatVersion: 1, terms: [{ id: 't', term: '시험용어', definition: 'd', facts: [{ kind: 'figure', statement: '5배', value: '5배', exhaustive: 'no', source: 5 }] }] });
    assert.deepEqual(bad.diagnostics.map((d) => d.code), ['field.type', 'field.type']);
  });

  it('fact의 key는 용어id:종류:제목 (수치는 문장), 한 용어 안에서 겹치면 #2', () => {
    const term = one({
      facts: [
        { kind: 'enumeration', title: '유형', items: ['가나', '다라'] },
        { kind: 'enumeration', title: '유형', items: ['마바', '사아'] },
        { kind: 'sequence', title: '유형', steps: ['가나', '다라'] },
        { kind: 'figure', statement: '5배 이상이다.', value: '5배' },
      ],
    });
    assert.deepEqual(term?.facts.map((f) => f.key), ['t:enumeration:유형', 't:enumeration:유형#2', 't:sequence:유형', 't:figure:5배 이상이다.']);
  });

  it('층을 합쳐도 key는 겹치지 않는다', () => {
    const bundled = parse({ formatVersion: 1, terms: [{ id: 't', term: '시험용어', definition: 'd', facts: [{ kind: 'enumeration', title: '유형', items: ['가나', '다라'] }] }] }, 'bundled', 'b.json');
    const user = parse({ formatVersion: 1, terms: [{ id: 't', facts: [{ kind: 'enumeration', title: '유형', items: ['마바', '사아'] }] }] });
    const facts = buildGlossary([user, bundled]).terms.get('t')?.facts ?? [];
    assert.deepEqual(facts.map((f) => f.key), ['t:enumeration:유형', 't:enumeration:유형#2']);
    assert.deepEqual(facts.map((f) => (f.kind === 'enumeration' ? f.items[0]?.label : '')), ['가나', '마바']);
  });
});

describe('용어집 내보내기 (dumpGlossary for `glossary dump --json`)', () => {
  /** Terms without where they came from: the dump cannot (and need not) keep file and line. */
  // Through JSON: the bundled glossary is compiled to JSON at build time, where a field set to
  // undefined and a field left out are the same thing.
  const comparable = (g: Glossary): unknown[] => JSON.parse(JSON.stringify([...g.terms.values()].map(({ source: _source, ...rest }) => rest))) as unknown[];
  const roundTrip = (g: Glossary): Glossary => {
    const parsed = parseGlossary(JSON.stringify(dumpGlossary(g)), 'dump.json', 'user');
    assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), []);
    return buildGlossary([parsed]);
  };

  it('내장 용어집을 내보내고 다시 읽으면 용어와 장이 그대로다', () => {
    const original = buildGlossary(parseBundledGlossary());
    const again = roundTrip(original);
    assert.equal(again.terms.size, original.terms.size);
    assert.deepEqual(comparable(again), comparable(original));
    assert.deepEqual([...again.chapters.values()], [...original.chapters.values()]);
    assert.deepEqual(again.diagnostics, []);
  });

  it('사용자 층을 합친 결과(새 용어, 덧붙인 별칭·fact, generic)도 그대로 돌아온다', () => {
    const user = parse({
      formatVersion: 1,
      terms: [
        { id: 'loyalty', aliases: ['충성심'], facts: [{ kind: 'enumeration', title: '내 목록', exhaustive: false, source: '나', items: [{ label: '하나(One)', answer: '하나', accept: ['One'] }, '둘'] }] },
        { id: 'mine', term: '내용어', generic: true, definition: '내 정의.', explanation: '' },
      ],
    });
    const original = buildGlossary([...parseBundledGlossary(), user]);
    assert.deepEqual(comparable(roundTrip(original)), comparable(original));
  });

  it('내보낸 모양은 파일 형식 그대로: 계산된 값(key, 출처 파일)은 없다', () => {
    const dump = dumpGlossary(buildGlossary(parseBundledGlossary())) as { formatVersion: number; terms: Array<Record<string, unknown>> };
    assert.equal(dump.formatVersion, 1);
    const text = JSON.stringify(dump);
    assert.ok(!text.includes('"key":'), 'no fact keys');
    assert.ok(!text.includes('"layer":'), 'no source refs');
    assert.ok(dump.terms.every((t) => typeof t.generic === 'boolean'));
  });
});
