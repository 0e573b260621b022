// Glossary details that the mutation run over src/core/glossary found untested (docs/mutation.md):
// exact diagnostics (code, arguments, where), the nesting count's string and comment rules, layer
// merging, chapter order, the workspace-glossary edits, the compiled bundled glossary, reports.
// No bundled data: every fixture is written here, so each test shows the rule it pins.
import * as assert from 'node:assert/strict';
import { compileGlossary, loadCompiledGlossary, loadCompiledMerged } from '../../src/core/glossary/compiled';
import { dumpGlossary } from '../../src/core/glossary/dump';
import { addAlias, addTerm } from '../../src/core/glossary/edit';
import { Glossary, buildGlossary } from '../../src/core/glossary/glossary';
import { loadGlossaryBytes } from '../../src/core/glossary/load';
import {
  type GlossaryDiagnostic,
  type ParsedGlossary,
  type Span,
  formatDiagnostic,
  maxNesting,
  parseGlossary,
  withFactKeys,
} from '../../src/core/glossary/parse';
import { glossaryStats, termJson } from '../../src/core/glossary/report';
import type { Chapter, Fact, LayerName, Term } from '../../src/core/glossary/types';

/** A glossary file from a JSON value (pretty-printed, so every field has its own line) or raw text. */
const parse = (value: unknown, file = 'mine.json', layer: LayerName = 'user'): ParsedGlossary =>
  parseGlossary(typeof value === 'string' ? value : JSON.stringify(value, null, 2), file, layer);
const textOf = (value: unknown): string => JSON.stringify(value, null, 2);
/** `[code, ...args]` of each diagnostic, in order. */
const problems = (p: { readonly diagnostics: readonly GlossaryDiagnostic[] }): unknown[][] => p.diagnostics.map((d) => [d.code, ...d.args]);
/** The 0-based line and column where the `nth` (0-based) occurrence of `needle` starts in `text`. */
const where = (text: string, needle: string, nth = 0): { line: number; column: number } => {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `${needle} #${nth} in the fixture`);
  }
  const before = text.slice(0, at).split('\n');
  return { line: before.length - 1, column: (before[before.length - 1] ?? '').length };
};
/** The one-line span of `needle` (its `nth` occurrence) in `text`. */
const spanOf = (text: string, needle: string, nth = 0): Span => {
  const { line, column } = where(text, needle, nth);
  return { line, column, endLine: line, endColumn: column + needle.length };
};

const term = (id: string, chapter: string, extra: Partial<Term> = {}): Term => ({
  id,
  term: `용어${id}`,
  aliases: [],
  generic: false,
  ambiguous: [],
  english: undefined,
  reading: undefined,
  definition: `${id}의 정의.`,
  explanation: undefined,
  chapter,
  related: [],
  confusable: [],
  facts: [],
  sense: undefined,
  source: { file: 'made.json', line: 0, layer: 'user' },
  ...extra,
});
const chapter = (id: string, parent: string | undefined, order = 1): Chapter => ({ id, title: `${id} 장`, order, parent });

describe('용어집 경고의 모양 (warnings: prefix, span, unknown fields)', () => {
  it('알 수 없는 최상위 필드는 키 자리를 가리키는 경고: 한국어는 "경고: ", 영어는 "warning: "', () => {
    const text = '{\n  "formatVersion": 1,\n  "메모": "나중에 정리",\n  "terms": []\n}\n';
    const parsed = parse(text);
    assert.equal(parsed.ok, true);
    assert.equal(parsed.diagnostics.length, 1);
    const d = parsed.diagnostics[0] as GlossaryDiagnostic;
    assert.deepEqual([d.severity, d.code, d.args, d.layer, d.file], ['warning', 'field.unknown', ['메모'], 'user', 'mine.json']);
    assert.deepEqual(d.span, { line: 2, column: 2, endLine: 2, endColumn: 6 });
    assert.equal(formatDiagnostic(d, 'ko'), 'mine.json:3:3: 경고: 알 수 없는 필드라서 무시합니다: "메모"');
    assert.equal(formatDiagnostic(d, 'en'), 'mine.json:3:3: warning: Unknown field "메모" is ignored.');
  });

  it('용어 항목의 알 수 없는 필드도 경고하고, 항목은 그대로 쓴다', () => {
    const value = { formatVersion: 1, terms: [{ id: 'crm', term: '고객관계관리', definition: '고객과의 관계를 관리하는 경영 방식.', 뜻: '옛 필드' }] };
    const parsed = parse(value);
    assert.deepEqual(problems(parsed), [['field.unknown', '뜻']]);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.severity, d.span]), [['warning', spanOf(textOf(value), '"뜻"')]]);
    assert.deepEqual(parsed.terms.map((t) => t.id), ['crm']);
  });
});

describe('파일 전체 검사 (file-level checks: depth limit, trailing commas, lists)', () => {
  it('중첩 깊이는 32까지 받고, 33이면 가장 깊은 괄호를 가리키며 거절한다', () => {
    const nested = (depth: number): string => `{"x": ${'['.repeat(depth - 1)}${']'.repeat(depth - 1)}, "y": []}`;
    const fits = parse(nested(32));
    assert.deepEqual([fits.ok, problems(fits)], [true, [['field.unknown', 'x'], ['field.unknown', 'y']]]);
    const deep = parse(nested(33));
    assert.equal(deep.ok, false);
    assert.deepEqual(problems(deep), [['file.tooDeep', 33, 32]]);
    assert.deepEqual(deep.diagnostics[0]?.span, { line: 0, column: 37, endLine: 0, endColumn: 38 });
    assert.equal(formatDiagnostic(deep.diagnostics[0] as GlossaryDiagnostic, 'ko'), 'mine.json:1:38: 중첩이 너무 깊습니다: 깊이 33 (한도 32).');
  });

  it('끝에 붙은 쉼표와 줄 맨 앞의 주석은 오류가 아니다 (사람이 고친 파일)', () => {
    // The `//` right after a line break: the depth count must skip forward from it, never back.
    const text = '{\n// 내 용어집\n  "formatVersion": 1,\n  "terms": [\n    { "id": "crm", "term": "고객관계관리", "definition": "고객과의 관계를 관리하는 경영 방식.", },\n  ],\n}\n';
    const parsed = parse(text);
    assert.deepEqual([parsed.ok, parsed.diagnostics], [true, []]);
    assert.deepEqual(parsed.terms.map((t) => [t.id, t.fields.term]), [['crm', '고객관계관리']]);
  });

  it('chapters나 terms가 배열이 아니면 그 이름으로 보고하고 항목은 없다', () => {
    const text = '{ "formatVersion": 1, "chapters": { "crm": "고객관계관리" }, "terms": "용어" }';
    const parsed = parse(text);
    assert.equal(parsed.ok, true);
    assert.deepEqual(problems(parsed), [['glossary.notArray', 'chapters'], ['glossary.notArray', 'terms']]);
    assert.deepEqual([parsed.chapters, parsed.terms], [[], []]);
    assert.equal(formatDiagnostic(parsed.diagnostics[1] as GlossaryDiagnostic, 'ko'), `mine.json:1:${where(text, '"용어"').column + 1}: "terms"는 배열이어야 합니다.`);
  });
});

describe('중첩 깊이 세기 (maxNesting: strings and comments as jsonc-parser reads them)', () => {
  it('가장 깊은 괄호의 깊이와 그 괄호가 처음 나온 위치', () => {
    assert.deepEqual(maxNesting('[[[]]][]'), { depth: 3, offset: 2 });
    assert.deepEqual(maxNesting('[[]][[]]'), { depth: 2, offset: 1 }, 'the first bracket at the deepest level');
    assert.deepEqual(maxNesting('{{}}'), { depth: 2, offset: 1 }, 'braces count too');
    assert.deepEqual(maxNesting('[ [] ]'), { depth: 2, offset: 2 }, 'spaces do not close anything');
    assert.deepEqual(maxNesting(''), { depth: 0, offset: 0 });
  });

  it('문자열 속 괄호는 세지 않는다: 닫는 따옴표, 이스케이프한 따옴표, 줄 끝까지', () => {
    assert.deepEqual(maxNesting('"a" [[]]'), { depth: 2, offset: 5 });
    assert.deepEqual(maxNesting('"\\"[[[" ['), { depth: 1, offset: 8 }, 'an escaped quote does not close the string');
    assert.deepEqual(maxNesting('"a\n[[]]'), { depth: 2, offset: 4 }, 'an unclosed string ends at LF');
    assert.deepEqual(maxNesting('"a\r[[]]'), { depth: 2, offset: 4 }, 'an unclosed string ends at CR');
  });

  it('// 주석은 줄 끝(LF 또는 CR)까지, /* 주석 */은 닫는 곳까지 또는 파일 끝까지', () => {
    assert.deepEqual(maxNesting('// [[[\n[]'), { depth: 1, offset: 7 });
    assert.deepEqual(maxNesting('// [[[\r[]'), { depth: 1, offset: 7 });
    assert.deepEqual(maxNesting('/* [[[ */ []'), { depth: 1, offset: 10 });
    assert.deepEqual(maxNesting('/* [[['), { depth: 0, offset: 0 }, 'an unclosed block comment runs to the end');
    assert.deepEqual(maxNesting('/*/ [[ */'), { depth: 0, offset: 0 }, 'the opening star is not the closing one');
    assert.deepEqual(maxNesting('/* a *//[[]]'), { depth: 2, offset: 9 }, 'the slash that closes a comment does not open another');
  });

  it('슬래시 하나나 별표 하나는 주석이 아니다', () => {
    assert.deepEqual(maxNesting('[/[[]]]'), { depth: 3, offset: 3 });
    assert.deepEqual(maxNesting('[ *[] ]'), { depth: 2, offset: 3 });
  });
});

describe('필드 검사 (each field problem names the field and the expected type)', () => {
  it('형식이 틀린 필드마다 필드 이름과 기대 형식으로 보고하고, 그 필드만 뺀다', () => {
    const value = {
      formatVersion: 1,
      terms: [
        {
          id: 'wrong-types', term: 3, generic: '예', aliases: '별칭', ambiguous: '겹침', english: 1, reading: 2, definition: 3, explanation: 4,
          chapter: 5, related: 'crm', confusable: 'crm', facts: '사실', sense: '맥락',
        },
      ],
    };
    const parsed = parse(value);
    assert.deepEqual(problems(parsed), [
      ['field.type', 'term', 'string'],
      ['field.type', 'generic', 'boolean'],
      ['field.type', 'aliases', 'array'],
      ['field.type', 'ambiguous', 'array'],
      ['field.type', 'english', 'string'],
      ['field.type', 'reading', 'string'],
      ['field.type', 'definition', 'string'],
      ['field.type', 'explanation', 'string'],
      ['field.type', 'chapter', 'string'],
      ['field.type', 'related', 'array'],
      ['field.type', 'confusable', 'array'],
      ['glossary.notArray', 'facts'],
      ['field.type', 'sense', 'object'],
    ]);
    const entry = parsed.terms[0];
    assert.deepEqual(entry?.fields, { facts: [] }, 'no field is set to undefined');
    assert.deepEqual([...(entry?.fieldSpans.keys() ?? [])], ['facts']);
    const at = where(textOf(value), '"term": 3');
    assert.equal(formatDiagnostic(parsed.diagnostics[0] as GlossaryDiagnostic, 'ko'), `mine.json:${at.line + 1}:${at.column + 9}: "term"의 값은 string 형식이어야 합니다.`);
  });

  it('id가 없거나 문자열이 아니면 그 항목은 빠진다', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ term: '아이디없음', definition: '정의.' }, { id: 7, term: '숫자아이디', definition: '정의.' }] });
    assert.deepEqual(problems(parsed), [['field.missing', 'id'], ['field.type', 'id', 'string']]);
    assert.deepEqual(parsed.terms, []);
  });

  it('빈 표제어는 "비어 있음", 빈 설명("")은 받는다 (아래 층의 설명을 지우는 값)', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ id: 'blank', term: '   ', definition: '정의.', explanation: '' }] });
    assert.deepEqual(problems(parsed), [['field.empty', 'term']]);
    assert.deepEqual(parsed.terms[0]?.fields, { definition: '정의.', explanation: '' });
  });

  it('표제어는 60자까지: 61자면 길이와 한도를 알린다', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ id: 'max', term: '가'.repeat(60), definition: '정의.' }, { id: 'over', term: '나'.repeat(61), definition: '정의.' }] });
    assert.deepEqual(problems(parsed), [['field.tooLong', 'term', 61, 60]]);
    assert.deepEqual(parsed.terms.map((t) => [t.id, t.fields.term?.length]), [['max', 60], ['over', undefined]]);
  });

  it('related의 잘못된 id는 그 id만 보고하고 빼며, 같은 id는 한 번만', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ id: 'loyalty', term: '로열티', definition: '정의.', related: ['crm', 'Bad Id', 'crm'], confusable: ['customer_value'] }] });
    assert.deepEqual(problems(parsed), [['entry.badId', 'Bad Id'], ['entry.badId', 'customer_value']]);
    assert.deepEqual([parsed.terms[0]?.fields.related, parsed.terms[0]?.fields.confusable], [['crm'], []]);
  });

  it('잘못된 장 id는 보고하고, 용어에는 장이 없다', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ id: 'crm', term: '고객관계관리', definition: '정의.', chapter: 'Chapter 1' }] });
    assert.deepEqual(problems(parsed), [['entry.badId', 'Chapter 1']]);
    assert.equal(parsed.terms[0]?.fields.chapter, undefined);
    assert.equal(parsed.terms[0]?.fieldSpans.has('chapter'), false);
  });

  it('sense는 notAfter 하나만 있어도 된다 (cues 없이 앞말로만 가르는 용어)', () => {
    const parsed = parse({ formatVersion: 1, terms: [{ id: 'loyalty', term: '로열티', definition: '정의.', sense: { notAfter: ['직원'] } }] });
    assert.deepEqual(parsed.diagnostics, []);
    assert.deepEqual(parsed.terms[0]?.fields.sense, { cues: [], spellings: undefined, notAfter: ['직원'], notWith: [] });
  });
});

describe('장 항목 읽기 (chapter entries field by field)', () => {
  it('객체가 아닌 장, 틀린 title·order·parent는 각각 보고한다; parent: null은 최상위', () => {
    const text = `{
  "formatVersion": 1,
  "chapters": [
    "1장",
    { "id": "ch1", "title": 3 },
    { "id": "ch2", "title": "고객의 이해", "order": "첫째" },
    { "id": "ch3", "title": "고객가치", "order": 1e999 },
    { "id": "ch4", "title": "고객만족", "order": 4, "parent": null },
    { "id": "ch5", "title": "고객로열티", "parent": 5 },
    { "id": "ch6", "title": "고객생애가치", "parent": "Chapter 1" }
  ]
}`;
    const parsed = parse(text);
    assert.deepEqual(problems(parsed), [
      ['entry.notObject'],
      ['field.type', 'title', 'string'],
      ['field.type', 'order', 'number'],
      ['field.type', 'order', 'number'],
      ['field.type', 'parent', 'string'],
      ['entry.badId', 'Chapter 1'],
    ]);
    assert.deepEqual(parsed.diagnostics.map((d) => d.span.line), [3, 4, 5, 6, 8, 9]);
    assert.deepEqual(parsed.chapters.map((c) => [c.id, c.title, c.order, c.parent]), [
      ['ch1', undefined, undefined, undefined],
      ['ch2', '고객의 이해', undefined, undefined],
      ['ch3', '고객가치', undefined, undefined],
      ['ch4', '고객만족', 4, undefined],
      ['ch5', '고객로열티', undefined, undefined],
      ['ch6', '고객생애가치', undefined, undefined],
    ]);
  });
});

describe('fact 항목 읽기 (facts and their items, problem by problem)', () => {
  const value = {
    formatVersion: 1,
    terms: [
      { id: 'crm', term: '고객관계관리', definition: '고객과의 관계를 관리하는 경영 방식.' },
      {
        id: 'value',
        term: '고객가치',
        definition: '고객이 얻는 편익에서 치른 비용을 뺀 것.',
        facts: [
          '사실',
          { title: '유형' },
          { kind: 'enumeration', items: ['기능적 가치', '정서적 가치'] },
          { kind: 'enumeration', title: '목록' },
          {
            kind: 'enumeration',
            title: '가치의 구성',
            items: [
              3,
              { detail: '설명만 있다' },
              { label: 3 },
              '',
              { label: '제품가치', term: 3 },
              { label: '서비스가치', term: 'Service Value', answer: 3 },
              { label: '인적가치', accept: '사람' },
              { label: '이미지가치', term: 'crm' },
            ],
          },
          { kind: 'figure', statement: '재구매 고객의 이익 기여는 5배다.', value: '5배', exhaustive: '예', source: 3 },
          { kind: 'formula', title: '가치 공식', left: '고객가치', right: '편익 - 비용', operands: '편익' },
          { kind: 'formula', title: '가치 공식', left: '고객가치', right: '편익 - 비용', operands: ['편익', '가격'] },
          { kind: 'figure', statement: '로열티 고객의 재구매율은 80%다.', value: '90%' },
        ],
      },
    ],
  };
  const text = textOf(value);
  /** Parsed inside each test, so that the parse runs under the test (not while the file loads). */
  const read = (): ParsedGlossary => parse(value);

  it('fact마다, 항목마다 하나씩 보고한다', () => {
    assert.deepEqual(problems(read()), [
      ['entry.notObject'],
      ['field.missing', 'kind'],
      ['field.missing', 'title'],
      ['field.missing', 'items'],
      ['entry.notObject'],
      ['field.missing', 'label'],
      ['field.type', 'label', 'string'],
      ['field.empty', 'label'],
      ['field.type', 'term', 'string'],
      ['entry.badId', 'Service Value'],
      ['field.type', 'answer', 'string'],
      ['field.type', 'accept', 'array'],
      ['field.type', 'exhaustive', 'boolean'],
      ['field.type', 'source', 'string'],
      ['field.type', 'operands', 'array'],
      ['fact.operandNotInRight', '가격'],
      ['fact.valueNotInStatement', '90%'],
    ]);
  });

  it('쓸 수 있는 항목은 남는다: 틀린 term은 빠지고, accept가 틀리면 빈 목록, exhaustive가 틀리면 기본값 true', () => {
    const facts = read().terms[1]?.fields.facts ?? [];
    assert.deepEqual(facts.map((f) => f.key), ['value:enumeration:가치의 구성', 'value:figure:재구매 고객의 이익 기여는 5배다.']);
    const [list, figure] = facts;
    assert.equal(list?.kind, 'enumeration');
    assert.deepEqual(list?.kind === 'enumeration' ? list.items : [], [
      { label: '제품가치', detail: undefined, term: undefined, answer: '제품가치', accept: [] },
      { label: '인적가치', detail: undefined, term: undefined, answer: '인적가치', accept: [] },
      { label: '이미지가치', detail: undefined, term: 'crm', answer: '이미지가치', accept: [] },
    ]);
    assert.deepEqual(figure, { kind: 'figure', key: 'value:figure:재구매 고객의 이익 기여는 5배다.', exhaustive: true, source: undefined, statement: '재구매 고객의 이익 기여는 5배다.', value: '5배' });
  });

  it('틀린 항목 id, 식에 없는 피연산자, 문장에 없는 수치는 그 값을 가리킨다', () => {
    const parsed = read();
    const at = (code: string): Span | undefined => parsed.diagnostics.find((d) => d.code === code)?.span;
    assert.deepEqual(at('entry.badId'), spanOf(text, '"Service Value"'));
    assert.deepEqual(at('fact.valueNotInStatement'), spanOf(text, '"90%"'));
    const operands = where(text, '"operands": [');
    assert.deepEqual(
      [at('fact.operandNotInRight')?.line, at('fact.operandNotInRight')?.column],
      [operands.line, operands.column + '"operands": '.length],
    );
  });
});

describe('fact 키 (withFactKeys: one key per fact, stable)', () => {
  const figure = (statement: string): Fact => ({ kind: 'figure', key: '', exhaustive: true, source: undefined, statement, value: '5배' });

  it('같은 키가 세 번이면 #2, #3', () => {
    const keyed = withFactKeys('loyalty', [figure('이익은 5배다.'), figure('이익은 5배다.'), figure('이익은 5배다.'), figure('비용은 5배다.')]);
    assert.deepEqual(keyed.map((f) => f.key), ['loyalty:figure:이익은 5배다.', 'loyalty:figure:이익은 5배다.#2', 'loyalty:figure:이익은 5배다.#3', 'loyalty:figure:비용은 5배다.']);
  });

  it('이미 맞는 키가 있는 fact는 복사하지 않고 그대로 돌려준다', () => {
    const keyed = withFactKeys('loyalty', [figure('이익은 5배다.'), figure('이익은 5배다.')]);
    const again = withFactKeys('loyalty', keyed);
    assert.ok(again.every((fact, i) => fact === keyed[i]));
  });
});

describe('층 합치기: 장 (merging chapters across files and layers)', () => {
  it('제목 없이 처음 나온 장은 보고하고, 같은 파일에서 같은 id를 다시 쓰면 중복으로 건너뛴다', () => {
    const glossary = buildGlossary([parse({ formatVersion: 1, chapters: [{ id: 'x', order: 1 }, { id: 'x', title: '엑스' }] }, 'a.json')]);
    assert.deepEqual(problems(glossary), [['field.missing', 'title'], ['entry.duplicateId', 'x', 'a.json']]);
    assert.equal(glossary.chapters.has('x'), false);
  });

  it('같은 층의 두 파일이 같은 장 id를 쓰면 뒤 파일의 것을 건너뛴다', () => {
    const a = parse({ formatVersion: 1, chapters: [{ id: 'x', title: '가 장' }] }, 'a.json');
    const b = parse({ formatVersion: 1, chapters: [{ id: 'x', title: '나 장' }] }, 'b.json');
    const glossary = buildGlossary([a, b]);
    assert.deepEqual(glossary.diagnostics.map((d) => [d.file, d.code, ...d.args]), [['b.json', 'entry.duplicateId', 'x', 'a.json']]);
    assert.equal(glossary.chapters.get('x')?.title, '가 장');
  });

  it('위 층은 같은 장의 제목을 바꾸고, 주지 않은 순서는 아래 층의 것', () => {
    const bundled = parse({ formatVersion: 1, chapters: [{ id: 'x', title: '가 장', order: 3 }] }, 'b.json', 'bundled');
    const user = parse({ formatVersion: 1, chapters: [{ id: 'x', title: '나 장' }] }, 'u.json', 'user');
    const glossary = buildGlossary([user, bundled]);
    assert.deepEqual(glossary.diagnostics, []);
    assert.deepEqual(glossary.chapters.get('x'), { id: 'x', title: '나 장', order: 3, parent: undefined });
  });
});

describe('층 합치기: 용어 (merging terms: duplicates, required fields, references)', () => {
  it('한 파일에 같은 용어 id가 두 번이면 뒤의 것은 보고하고 건너뛴다', () => {
    const glossary = buildGlossary([parse({ formatVersion: 1, terms: [{ id: 'dup', term: '중복용어', definition: '첫 정의.' }, { id: 'dup', definition: '둘째 정의.' }] }, 'a.json')]);
    assert.deepEqual(problems(glossary), [['entry.duplicateId', 'dup', 'a.json']]);
    assert.equal(glossary.terms.get('dup')?.definition, '첫 정의.');
  });

  it('새 용어에 표제어나 정의가 없으면 어느 필드인지 보고하고 뺀다', () => {
    const glossary = buildGlossary([parse({ formatVersion: 1, terms: [{ id: 'no-def', term: '정의없음' }, { id: 'no-term', definition: '표제어 없는 정의.' }] })]);
    assert.deepEqual(problems(glossary), [['field.missing', 'definition'], ['field.missing', 'term']]);
    assert.equal(glossary.terms.size, 0);
  });

  it('fact 항목이 가리키는 없는 용어는 보고하고 그 연결만 뺀다 (열거와 순서 모두)', () => {
    const value = {
      formatVersion: 1,
      terms: [
        { id: 'crm', term: '고객관계관리', definition: '정의.' },
        {
          id: 'ladder',
          term: '로열티 사다리',
          definition: '고객이 단골을 거쳐 옹호자가 되는 단계.',
          facts: [
            { kind: 'enumeration', title: '관련 개념', items: [{ label: '고객관계관리', term: 'crm' }, { label: '고객생애가치', term: 'clv' }] },
            { kind: 'sequence', title: '단계', steps: [{ label: '첫 거래', term: 'first-deal' }, '단골', '옹호자'] },
          ],
        },
      ],
    };
    const glossary = buildGlossary([parse(value)]);
    assert.deepEqual(problems(glossary), [['reference.unknown', 'facts', 'clv'], ['reference.unknown', 'facts', 'first-deal']]);
    const facts = where(textOf(value), '"facts": [');
    assert.deepEqual(glossary.diagnostics.map((d) => [d.span.line, d.span.column]), [[facts.line, facts.column + 9], [facts.line, facts.column + 9]]);
    const [list, steps] = glossary.terms.get('ladder')?.facts ?? [];
    assert.deepEqual(list?.kind === 'enumeration' ? list.items.map((i) => i.term) : [], ['crm', undefined]);
    assert.deepEqual(steps?.kind === 'sequence' ? steps.steps.map((s) => s.term) : [], [undefined, undefined, undefined]);
  });

  it('related·confusable에서 자기 자신과 없는 id는 빠진다', () => {
    const glossary = buildGlossary([
      parse({
        formatVersion: 1,
        terms: [
          { id: 'satisfaction', term: '고객만족', definition: '정의.', related: ['satisfaction', 'loyalty'], confusable: ['satisfaction', 'loyalty', 'nope'] },
          { id: 'loyalty', term: '로열티', definition: '정의.' },
        ],
      }),
    ]);
    assert.deepEqual(problems(glossary), [['reference.unknown', 'confusable', 'nope']]);
    const satisfaction = glossary.terms.get('satisfaction');
    assert.deepEqual([satisfaction?.related, satisfaction?.confusable], [['loyalty'], ['loyalty']]);
  });

  it('별칭이 없던 용어에 위 층이 별칭을 더하거나, 별칭 없이 고쳐도 아래 층의 별칭은 남는다', () => {
    const bundled = parse({ formatVersion: 1, terms: [{ id: 'loyalty', term: '로열티', definition: '정의.' }, { id: 'crm', term: '고객관계관리', aliases: ['CRM'], definition: '정의.' }] }, 'b.json', 'bundled');
    const user = parse({ formatVersion: 1, terms: [{ id: 'loyalty', aliases: ['충성도'] }, { id: 'crm', definition: '내 정의.' }] }, 'u.json', 'user');
    const glossary = buildGlossary([bundled, user]);
    assert.deepEqual(glossary.diagnostics, []);
    assert.deepEqual(glossary.terms.get('loyalty')?.aliases, ['충성도']);
    assert.deepEqual([glossary.terms.get('crm')?.aliases, glossary.terms.get('crm')?.definition], [['CRM'], '내 정의.']);
  });

  it('위 층의 빈 설명("")은 아래 층의 설명을 지운다', () => {
    const bundled = parse({ formatVersion: 1, terms: [{ id: 'loyalty', term: '로열티', definition: '정의.', explanation: '내장 설명.' }] }, 'b.json', 'bundled');
    const user = parse({ formatVersion: 1, terms: [{ id: 'loyalty', explanation: '' }] }, 'u.json', 'user');
    assert.equal(buildGlossary([bundled]).terms.get('loyalty')?.explanation, '내장 설명.');
    assert.equal(buildGlossary([bundled, user]).terms.get('loyalty')?.explanation, undefined);
  });

  it('undefined인 필드(작업 스레드에서 온 값)는 아래 층의 값을 지우지 않는다', () => {
    const bundled = parse({ formatVersion: 1, terms: [{ id: 'loyalty', term: '로열티', english: 'Loyalty', definition: '정의.' }] }, 'b.json', 'bundled');
    const span: Span = { line: 0, column: 0, endLine: 0, endColumn: 0 };
    const workspace: ParsedGlossary = {
      file: 'w.json',
      layer: 'workspace',
      ok: true,
      chapters: [],
      terms: [{ id: 'loyalty', fields: { term: undefined, english: undefined, definition: '작업 영역 정의.' }, span, fieldSpans: new Map() }],
      diagnostics: [],
    };
    const loyalty = buildGlossary([bundled, workspace]).terms.get('loyalty');
    assert.deepEqual([loyalty?.term, loyalty?.english, loyalty?.definition], ['로열티', 'Loyalty', '작업 영역 정의.']);
  });

  it('용어의 순서는 마지막으로 고친 층의 순서: 위 층이 고친 내장 용어는 뒤로', () => {
    const bundled = parse({
      formatVersion: 1,
      terms: [
        { id: 'a', term: '가용어', definition: '정의.' },
        { id: 'b', term: '나용어', definition: '정의.' },
        { id: 'c', term: '다용어', definition: '정의.' },
        { id: 'd', term: '라용어', definition: '정의.' },
      ],
    }, 'b.json', 'bundled');
    const user = parse({ formatVersion: 1, terms: [{ id: 'b', definition: '내 정의.' }, { id: 'e', term: '마용어', definition: '정의.' }] }, 'u.json', 'user');
    assert.deepEqual([...buildGlossary([user, bundled]).terms.keys()], ['a', 'c', 'd', 'b', 'e']);
  });
});

describe('층 합치기: 겹친 표기 (spelling conflicts: who keeps it, where it is reported)', () => {
  it('표제어만 고친 위 층 항목이나 별칭 없는 용어가 여럿이어도 겹침이 아니다', () => {
    const bundled = parse({ formatVersion: 1, terms: [{ id: 'a', term: '가나다', definition: '정의.' }, { id: 'b', term: '라마바', definition: '정의.' }] }, 'b.json', 'bundled');
    const user = parse({ formatVersion: 1, terms: [{ id: 'a', definition: '내 정의.' }, { id: 'b', explanation: '내 설명.' }] }, 'u.json', 'user');
    const glossary = buildGlossary([bundled, user]);
    assert.deepEqual(glossary.diagnostics, []);
    assert.deepEqual([...glossary.terms.values()].map((t) => [t.id, t.aliases]), [['a', []], ['b', []]]);
  });

  it('한쪽만 ambiguous로 선언한 별칭은 겹침: 뒤 용어가 별칭 자리에서 보고받고 그 별칭만 잃는다', () => {
    const value = {
      formatVersion: 1,
      terms: [
        { id: 'a', term: '가용어', aliases: ['공유어'], ambiguous: ['공유어'], definition: '정의.' },
        { id: 'b', term: '나용어', aliases: ['나별칭', '공유어'], definition: '정의.' },
      ],
    };
    const glossary = buildGlossary([parse(value)]);
    assert.deepEqual(problems(glossary), [['alias.conflict', '공유어', '가용어 [a]']]);
    assert.equal(glossary.diagnostics[0]?.span.line, where(textOf(value), '"aliases"', 1).line);
    assert.deepEqual([glossary.terms.get('a')?.aliases, glossary.terms.get('b')?.aliases], [['공유어'], ['나별칭']]);
    assert.equal(
      formatDiagnostic(glossary.diagnostics[0] as GlossaryDiagnostic, 'ko'),
      `mine.json:${where(textOf(value), '"aliases"', 1).line + 1}:18: 이미 다른 용어(가용어 [a])의 표기라서 이 용어에서는 빠집니다: "공유어". 두 용어가 함께 쓰려면 양쪽 "ambiguous"에 넣으세요.`,
    );
  });

  it('표제어가 겹치면 뒤 용어의 표제어 자리에서 보고하고, 두 용어 모두 표제어를 지킨다', () => {
    const value = {
      formatVersion: 1,
      terms: [
        { id: 'study', term: '스터디', definition: '함께 공부하는 일.' },
        { id: 'study-group', term: '스터디', aliases: ['스터디모임'], definition: '함께 공부하는 모임.' },
      ],
    };
    const glossary = buildGlossary([parse(value)]);
    assert.deepEqual(problems(glossary), [['alias.conflict', '스터디', '스터디 [study]']]);
    assert.deepEqual(glossary.diagnostics.map((d) => [d.file, d.span.line]), [['mine.json', where(textOf(value), '"term"', 1).line]]);
    assert.deepEqual([...glossary.terms.values()].map((t) => [t.id, t.term, t.aliases]), [['study', '스터디', []], ['study-group', '스터디', ['스터디모임']]]);
  });

  it('별칭이 자기 표제어를 되풀이하면 표제어가 겹쳐도 그 별칭은 남는다', () => {
    const glossary = buildGlossary([
      parse({
        formatVersion: 1,
        terms: [
          { id: 'study', term: '스터디', definition: '함께 공부하는 일.' },
          { id: 'study-group', term: '스터디', aliases: ['스터디', '스터디모임'], definition: '함께 공부하는 모임.' },
        ],
      }),
    ]);
    assert.deepEqual(glossary.terms.get('study-group')?.aliases, ['스터디', '스터디모임']);
  });
});

describe('장 순서와 장 아래 용어 (chapter order, termsUnder)', () => {
  it('형제 장은 order 순, 같은 order면 id 순', () => {
    const glossary = buildGlossary([
      parse({
        formatVersion: 1,
        chapters: [
          { id: 'crm', title: '고객관계관리', order: 0 },
          { id: 'z', title: '고객의 이해', order: 1, parent: 'crm' },
          { id: 'b', title: '고객가치', order: 3, parent: 'crm' },
          { id: 'a', title: '고객만족', order: 3, parent: 'crm' },
          { id: 'm', title: '고객로열티', order: 2, parent: 'crm' },
          { id: 'k', title: '고객생애가치', order: 10, parent: 'crm' },
        ],
      }),
    ]);
    assert.deepEqual(glossary.childrenOf('crm').map((c) => c.id), ['z', 'm', 'a', 'b', 'k']);
    assert.deepEqual(glossary.topChapters().map((c) => c.id), ['z', 'm', 'a', 'b', 'k']);
  });

  it('순환하는 장이 들어와도 termsUnder는 한 번씩만 돌고 끝난다', () => {
    // Built directly (buildGlossary breaks cycles first); without terms, so that a walk that never
    // ends only spins (a timeout) instead of filling the heap.
    const chapters = new Map([['x', chapter('x', 'y')], ['y', chapter('y', 'x')], ['z', chapter('z', undefined)]]);
    const glossary = new Glossary(chapters, new Map([['tz', term('tz', 'z')]]), []);
    assert.deepEqual(glossary.termsUnder('x'), []);
    assert.deepEqual(glossary.termsUnder('z').map((t) => t.id), ['tz']);
    assert.deepEqual(glossary.chapterPath('x').map((c) => c.id), ['y', 'x']);
  });
});

describe('작업 영역 용어집 편집 세부 (addAlias and addTerm: exact text)', () => {
  it('공백뿐인 파일은 빈 파일처럼 새 용어집으로, 들여쓰기 2칸', () => {
    const expected = '{\n  "formatVersion": 1,\n  "terms": [\n    {\n      "id": "crm",\n      "aliases": [\n        "씨알엠"\n      ]\n    }\n  ]\n}\n';
    assert.equal(addAlias('', 'crm', '씨알엠'), expected);
    assert.equal(addAlias('  \n', 'crm', '씨알엠'), expected);
  });

  it('있는 항목의 aliases 끝에 들여 써서 더한다', () => {
    const text = '{\n  "formatVersion": 1,\n  "terms": [\n    {\n      "id": "crm",\n      "aliases": [\n        "씨알엠"\n      ]\n    }\n  ]\n}\n';
    assert.equal(addAlias(text, 'crm', '고관리'), '{\n  "formatVersion": 1,\n  "terms": [\n    {\n      "id": "crm",\n      "aliases": [\n        "씨알엠",\n        "고관리"\n      ]\n    }\n  ]\n}\n');
  });

  it('terms나 aliases가 배열이 아니면 고치지 않는다', () => {
    assert.equal(addAlias('{ "formatVersion": 1, "terms": {} }', 'crm', '씨알엠'), undefined);
    assert.equal(addAlias('{ "formatVersion": 1, "terms": [ { "id": "crm", "aliases": "CRM" } ] }', 'crm', '씨알엠'), undefined);
    assert.equal(addTerm('{ "formatVersion": 1, "terms": {} }', { id: 'crm', term: '고객관계관리', english: 'CRM', definition: '정의.' }), undefined);
    assert.equal(addTerm('[]', { id: 'crm', term: '고객관계관리', english: 'CRM', definition: '정의.' }), undefined);
    assert.equal(addTerm('"용어집"', { id: 'crm', term: '고객관계관리', english: 'CRM', definition: '정의.' }), undefined);
  });

  it('새 용어는 terms 끝에, 있던 내용은 그대로', () => {
    const entry = { id: 'growth-marketing', term: '그로스마케팅', english: 'Growth Marketing', definition: '실험으로 성장을 찾는 마케팅.' };
    const text = '{\n  "formatVersion": 1,\n  "terms": [\n    { "id": "crm", "aliases": ["씨알엠"] }\n  ]\n}\n';
    const added = addTerm(text, entry);
    assert.equal(
      added,
      '{\n  "formatVersion": 1,\n  "terms": [\n    {\n      "id": "crm",\n      "aliases": [\n        "씨알엠"\n      ]\n    },\n    {\n      "id": "growth-marketing",\n      "term": "그로스마케팅",\n      "english": "Growth Marketing",\n      "definition": "실험으로 성장을 찾는 마케팅."\n    }\n  ]\n}\n',
    );
    assert.equal(addTerm(' \n', entry), addTerm('', entry));
    assert.equal(
      addTerm('', entry),
      '{\n  "formatVersion": 1,\n  "terms": [\n    {\n      "id": "growth-marketing",\n      "term": "그로스마케팅",\n      "english": "Growth Marketing",\n      "definition": "실험으로 성장을 찾는 마케팅."\n    }\n  ]\n}\n',
    );
  });
});

describe('내장 용어집 컴파일 (compileGlossary and loading its JSON)', () => {
  const files = [
    {
      name: 'ch01.glossary.json',
      text: textOf({
        formatVersion: 1,
        chapters: [{ id: 'crm', title: '고객관계관리', order: 0 }, { id: 'ch01', title: '고객의 이해', order: 1, parent: 'crm' }],
        terms: [{ id: 'customer', term: '고객', aliases: ['손님'], definition: '상품을 사는 사람.', chapter: 'ch01' }],
      }),
    },
    { name: 'ch02.glossary.json', text: '{ "formatVersion": 1, "terms": [ { "id": "Loyalty" } ] }' },
  ];

  it('문제는 glossary/파일이름:줄:열: 영어 메시지로, 용어 수와 함께', () => {
    const result = compileGlossary(files);
    assert.deepEqual(result.problems, ['glossary/ch02.glossary.json:1:42: id "Loyalty" may only use lower-case letters, digits, "-" and ".".']);
    assert.equal(result.terms, 1);
  });

  it('합친 JSON을 읽으면 빌드한 것과 같은 장과 용어', () => {
    // Through JSON, where a field set to undefined and a field left out are the same thing.
    const built = buildGlossary(files.map((f) => parseGlossary(f.text, `glossary/${f.name}`, 'bundled')));
    const plain = (values: Iterable<unknown>): unknown => JSON.parse(JSON.stringify([...values]));
    const loaded = loadCompiledMerged(compileGlossary(files).merged);
    assert.deepEqual([...loaded.chapters.keys()], ['crm', 'ch01']);
    assert.deepEqual(plain(loaded.chapters.values()), plain(built.chapters.values()));
    assert.deepEqual(plain(loaded.terms.values()), plain(built.terms.values()));
    assert.deepEqual(loaded.terms.get('customer')?.aliases, ['손님']);
    assert.deepEqual(loaded.terms.get('customer')?.source, { file: 'glossary/ch01.glossary.json', line: where(files[0]?.text ?? '', '"id": "customer"').line - 1, layer: 'bundled' });
    assert.deepEqual(loaded.diagnostics, []);
  });

  it('파일별 JSON을 읽으면 파일마다 항목과 진단, 위치 없는 필드 지도', () => {
    const loaded = loadCompiledGlossary(compileGlossary(files).json);
    assert.deepEqual(loaded.map((f) => [f.file, f.layer, f.ok, f.chapters.length, f.terms.length, f.diagnostics.map((d) => d.code)]), [
      ['glossary/ch01.glossary.json', 'bundled', true, 2, 1, []],
      ['glossary/ch02.glossary.json', 'bundled', true, 0, 0, ['entry.badId']],
    ]);
    assert.equal(loaded[0]?.terms[0]?.fieldSpans.size, 0);
    assert.deepEqual(loaded[0]?.terms[0]?.fields, { term: '고객', aliases: ['손님'], definition: '상품을 사는 사람.', chapter: 'ch01' });
  });

  it('형식 번호가 다르면 다시 빌드하라고 던진다', () => {
    assert.throws(() => loadCompiledMerged('{ "format": 2, "chapters": [], "terms": [] }'), { message: 'bundled glossary format 2, expected 1: rebuild' });
    assert.throws(() => loadCompiledGlossary('{ "format": 0, "files": [] }'), { message: 'bundled glossary format 0, expected 1: rebuild' });
  });
});

describe('용어집 보고서 세부 (termJson without a chapter, glossaryStats)', () => {
  it('장을 찾을 수 없는 용어의 chapterTitle은 null, chapterPath는 빈 목록', () => {
    const glossary = new Glossary(new Map(), new Map([['lost', term('lost', 'nowhere')]]), []);
    const json = termJson(glossary.terms.get('lost') as Term, glossary);
    assert.deepEqual([json.chapter, json.chapterTitle, json.chapterPath], ['nowhere', null, []]);
  });

  it('glossary stats: 장(과목 아래)과 절, 별칭 수, fact 종류별 수, 장마다 용어 수', () => {
    const glossary = buildGlossary([
      parse({
        formatVersion: 1,
        chapters: [
          { id: 'crm', title: '고객관계관리', order: 0 },
          { id: 'ch1', title: '고객의 이해', order: 1, parent: 'crm' },
          { id: 'ch1.s1', title: '고객의 정의', order: 1, parent: 'ch1' },
          { id: 'ch1.s2', title: '고객의 유형', order: 2, parent: 'ch1' },
          { id: 'ch2', title: '고객가치', order: 2, parent: 'crm' },
          { id: 'ch3', title: '고객만족', order: 3, parent: 'crm' },
          { id: 'ch3.s1', title: '만족의 측정', order: 1, parent: 'ch3' },
        ],
        terms: [
          {
            id: 'customer', term: '고객', aliases: ['손님', '소비자'], definition: '상품을 사는 사람.', chapter: 'ch1',
            facts: [
              { kind: 'enumeration', title: '고객의 유형', items: ['내부고객', '외부고객'] },
              { kind: 'figure', statement: '재구매 고객의 이익 기여는 5배다.', value: '5배' },
            ],
          },
          { id: 'loyal-customer', term: '충성고객', aliases: ['단골'], definition: '계속 사는 고객.', chapter: 'ch1.s2', facts: [{ kind: 'sequence', title: '단계', steps: ['첫 거래', '단골'] }] },
          { id: 'customer-value', term: '고객가치', definition: '편익에서 비용을 뺀 것.', chapter: 'ch2', facts: [{ kind: 'formula', title: '가치 공식', left: '고객가치', right: '편익 - 비용', operands: ['편익', '비용'] }] },
        ],
      }),
    ]);
    assert.deepEqual(glossary.diagnostics, []);
    assert.deepEqual(glossaryStats(glossary), {
      terms: 3,
      chapters: 3,
      sections: 3,
      aliases: 3,
      facts: { enumeration: 1, sequence: 1, formula: 1, figure: 1 },
      termsPerChapter: [
        { id: 'ch1', title: '고객의 이해', terms: 2, sections: [{ id: 'ch1.s1', title: '고객의 정의', terms: 0 }, { id: 'ch1.s2', title: '고객의 유형', terms: 1 }] },
        { id: 'ch2', title: '고객가치', terms: 1, sections: [] },
        { id: 'ch3', title: '고객만족', terms: 0, sections: [{ id: 'ch3.s1', title: '만족의 측정', terms: 0 }] },
      ],
    });
  });
});

describe('용어집 내보내기 세부 (dumpGlossary leaves unset optional fields out)', () => {
  it('값이 없는 선택 필드는 키도 없다 (parent, english, reading, explanation, detail, term, source)', () => {
    const glossary = buildGlossary([
      parse({
        formatVersion: 1,
        chapters: [{ id: 'crm', title: '고객관계관리', order: 0 }],
        terms: [
          {
            id: 'customer', term: '고객', definition: '상품을 사는 사람.', chapter: 'crm',
            facts: [{ kind: 'enumeration', title: '고객의 유형', items: ['내부고객', '외부고객'] }],
          },
        ],
      }),
    ]);
    const dump = dumpGlossary(glossary) as { chapters: Array<Record<string, unknown>>; terms: Array<Record<string, unknown> & { facts: Array<Record<string, unknown> & { items: Array<Record<string, unknown>> }> }> };
    assert.deepEqual(dump.chapters, [{ id: 'crm', title: '고객관계관리', order: 0 }]);
    const [customer] = dump.terms;
    assert.deepEqual(Object.keys(customer ?? {}), ['id', 'term', 'generic', 'aliases', 'ambiguous', 'definition', 'chapter', 'related', 'confusable', 'facts']);
    assert.deepEqual(customer?.facts, [
      {
        kind: 'enumeration', title: '고객의 유형', exhaustive: true,
        items: [{ label: '내부고객', answer: '내부고객', accept: [] }, { label: '외부고객', answer: '외부고객', accept: [] }],
      },
    ]);
  });
});

describe('용어집 바이트 읽기 (loadGlossaryBytes is strict about UTF-8)', () => {
  it('UTF-8이 아닌 바이트가 있으면 그 위치와 함께 파일을 거절한다 (고쳐 읽지 않는다)', () => {
    const head = new TextEncoder().encode('{ "formatVersion": 1, "terms": [ { "id": "crm", "term": "고객');
    const tail = new TextEncoder().encode('", "definition": "정의." } ] }');
    const bytes = new Uint8Array([...head, 0xff, ...tail]);
    const parsed = loadGlossaryBytes(bytes, 'latin.json', 'user');
    assert.equal(parsed.ok, false);
    assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.args, d.severity, d.layer]), [['file.invalidUtf8', [head.length], 'error', 'user']]);
    assert.deepEqual(parsed.terms, []);
  });
});
