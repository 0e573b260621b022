import * as assert from 'node:assert/strict';
import { parseGlossary } from '../../src/core/glossary/parse';
import type { EnumerationFact, FactItem, Term } from '../../src/core/glossary/types';
import { type Card, buildDeck, cardTypeName, cardTypeNamed, deckSummary, noteTitle } from '../../src/core/quiz';
import { distractorsFor, shuffled, spellingKeys } from '../../src/core/quiz/choice';
import { FactIndex, spellingsOf } from '../../src/core/quiz/facts';
import { anchorText, escapeRegExp, fold, hash32, hintOf, random, splitBrackets } from '../../src/core/quiz/text';
import { type GlossarySnapshot, buildSnapshot } from '../../src/core/service';
import { bundledSnapshot } from './helpers';

/** A glossary of only these chapters and terms (no bundled terms), so every pool is known. */
function glossaryOf(chapters: unknown[], terms: unknown[]): GlossarySnapshot {
  const parsed = parseGlossary(JSON.stringify({ formatVersion: 1, chapters, terms }), 'test.glossary.json', 'bundled');
  assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code), []);
  return buildSnapshot([parsed]);
}

const CHAPTERS = [
  { id: 'crm', title: '고객관계관리', order: 0 },
  { id: 'ch1', title: '1장 고객', order: 1, parent: 'crm' },
  { id: 's1', title: '1절 로열티', order: 1, parent: 'ch1' },
  { id: 's2', title: '2절 만족', order: 2, parent: 'ch1' },
  { id: 'ch2', title: '2장 데이터', order: 2, parent: 'crm' },
];

describe('퀴즈 도움 함수: 글자 (text.ts)', () => {
  it('fold: 대소문자, 공백, 하이픈을 접는다', () => {
    assert.equal(fold(' 고객 만족-도 CRM '), '고객만족도crm');
  });
  it('anchorText: 공백을 하나로, NFC로', () => {
    assert.equal(anchorText('  고객\n\t 만족  '), '고객 만족');
    assert.equal(anchorText('\u1100\u1169\u1100\u1162\u11a8'), '고객');
  });
  it('hintOf: 한글은 초성, 영어 낱말은 첫 글자와 밑줄, 가릴 것이 없으면 없음', () => {
    assert.equal(hintOf('e-CRM 전략'), 'e-C__ ㅈㄹ');
    assert.equal(hintOf('ROI(투자수익률)'), 'R__(ㅌㅈㅅㅇㄹ)');
    assert.equal(hintOf('\u1100\u1169\u1100\u1162\u11a8'), 'ㄱㄱ');
    assert.equal(hintOf('A'), undefined);
    assert.equal(hintOf('A/B'), undefined);
    assert.equal(hintOf('1/3'), undefined);
    assert.equal(hintOf('ㄱㄴ'), undefined);
    assert.equal(hintOf('Ab'), 'A_');
  });
  it('splitBrackets: 끝의 괄호만 떼어 낸다 (전각 괄호도)', () => {
    assert.deepEqual(splitBrackets(' 편재성 ( Ubiquity ) '), { main: '편재성', inner: 'Ubiquity' });
    assert.deepEqual(splitBrackets('편재성（Ubiquity）'), { main: '편재성', inner: 'Ubiquity' });
    assert.deepEqual(splitBrackets(' 편재성 '), { main: '편재성', inner: undefined });
    assert.deepEqual(splitBrackets('(Ubiquity)'), { main: '(Ubiquity)', inner: undefined });
    assert.deepEqual(splitBrackets('고객(충성(도))'), { main: '고객(충성(도))', inner: undefined });
    assert.deepEqual(splitBrackets('고객() 관리'), { main: '고객() 관리', inner: undefined });
    assert.deepEqual(splitBrackets('로열티(충성도) 전략(Strategy)'), { main: '로열티(충성도) 전략', inner: 'Strategy' });
  });
  it('escapeRegExp: 정규식 특수 문자마다 역슬래시', () => {
    assert.equal(escapeRegExp('C++ (1.0)? [a|b] {2} ^$ * \\'), 'C\\+\\+ \\(1\\.0\\)\\? \\[a\\|b\\] \\{2\\} \\^\\$ \\* \\\\');
    assert.equal(escapeRegExp('고객-만족/도'), '고객-만족/도');
  });
  it('hash32는 FNV-1a (공개 시험값)', () => {
    assert.equal(hash32(''), 0x811c9dc5);
    assert.equal(hash32('a'), 0xe40c292c);
    assert.equal(hash32('foobar'), 0xbf9cf968);
  });
  it('random: 같은 씨앗이면 같은 수열, 0 이상 1 미만, 씨앗이 다르면 다른 수열', () => {
    const a = random(42);
    const b = random(42);
    const xs = Array.from({ length: 200 }, () => a());
    assert.deepEqual(Array.from({ length: 200 }, () => b()), xs);
    assert.ok(xs.every((x) => x >= 0 && x < 1));
    assert.ok(new Set(xs).size > 190);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    assert.ok(mean > 0.4 && mean < 0.6, String(mean));
    assert.notDeepEqual(Array.from({ length: 5 }, random(43)), xs.slice(0, 5));
    assert.deepEqual(Array.from({ length: 3 }, random(2 ** 32 + 42)), xs.slice(0, 3), 'the seed is taken as 32 bits');
  });
  it('random: mulberry32 기준값 (카드의 보기 순서가 판마다 바뀌지 않도록)', () => {
    const next = random(1);
    assert.deepEqual(Array.from({ length: 3 }, () => Math.round(next() * 1e9)), [627073941, 2735721, 527447040]);
  });
});

describe('퀴즈 도움 함수: 보기 섞기 (shuffled)', () => {
  it('같은 씨앗과 카드면 같은 순서, 모든 보기가 한 번씩', () => {
    const items = ['로열티', '고객만족', '신뢰', '몰입'];
    const once = shuffled(items, 3, 'loyalty');
    assert.deepEqual(shuffled(items, 3, 'loyalty'), once);
    assert.deepEqual([...once].sort(), [...items].sort());
    assert.deepEqual(items, ['로열티', '고객만족', '신뢰', '몰입'], 'the input is not changed');
  });
  it('씨앗이나 카드가 바뀌면 순서가 바뀌고, 보기마다 어느 자리에나 온다', () => {
    const items = ['로열티', '고객만족', '신뢰', '몰입'];
    const orders = new Set<string>();
    const places = items.map(() => new Set<number>());
    for (let seed = 0; seed < 40; seed++) {
      const order = shuffled(items, seed, 'loyalty');
      orders.add(order.join('|'));
      order.forEach((item, i) => places[items.indexOf(item)]?.add(i));
    }
    assert.ok(orders.size >= 12, `${orders.size} orders`);
    assert.ok(places.every((p) => p.size === 4), 'every option can take every place');
    const salts = new Set(['a', 'b', 'c', 'd', 'e', 'f'].map((salt) => shuffled(items, 0, salt).join('|')));
    assert.ok(salts.size > 1);
    assert.deepEqual(shuffled(items, -1, 'loyalty'), shuffled(items, 2 ** 32 - 1, 'loyalty'), 'the seed is taken as 32 bits');
  });
  it('보기가 하나거나 없으면 그대로', () => {
    assert.deepEqual(shuffled(['로열티'], 5, 'x'), ['로열티']);
    assert.deepEqual(shuffled([], 5, 'x'), []);
  });
});

describe('퀴즈 도움 함수: 객관식 오답 (distractorsFor)', () => {
  const term = (id: string, name: string, chapter: string, more: Record<string, unknown> = {}): Record<string, unknown> => ({ id, term: name, definition: `${name}에 대한 뜻풀이.`, chapter, ...more });
  const base = [
    term('loyalty', '로열티', 's1', { aliases: ['충성도'], english: 'Loyalty', ambiguous: ['충성도'], confusable: ['trust', 'commitment'] }),
    term('trust', '신뢰', 's2'),
    term('commitment', '몰입', 's2'),
  ];
  const ids = (list: readonly Term[] | undefined): string[] | undefined => list?.map((t) => t.id);
  const pick = (snapshot: GlossarySnapshot, id = 'loyalty', question = '다음 설명에 해당하는 용어로 알맞은 것은?\n다시 찾는 마음', seed = 0): string[] | undefined =>
    ids(distractorsFor(snapshot.glossary.terms.get(id) as Term, snapshot.glossary, question, seed));

  it('헷갈리는 용어가 먼저 (적힌 순서대로), 모자라면 같은 절, 그다음 같은 장', () => {
    const g = glossaryOf(CHAPTERS, [...base, term('attitude', '태도적 로열티', 's1'), term('churn', '고객 이탈', 'ch2')]);
    assert.deepEqual(pick(g), ['trust', 'commitment', 'attitude']);
    const g2 = glossaryOf(CHAPTERS, [...base, term('churn', '고객 이탈', 'ch2'), term('switch', '전환 비용', 's2')]);
    assert.deepEqual(pick(g2), ['trust', 'commitment', 'switch'], 'a term of the chapter, not of another chapter');
  });
  it('셋이 안 되면 객관식을 만들지 않는다', () => {
    assert.equal(pick(glossaryOf(CHAPTERS, [...base, term('churn', '고객 이탈', 'ch2')])), undefined);
  });
  it('다른 후보가 없으면 세 번째 오답은 같은 절의 용어', () => {
    assert.deepEqual(pick(glossaryOf(CHAPTERS, [...base, term('devotion', '헌신', 's1')])), ['trust', 'commitment', 'devotion']);
  });
  const excluded: Array<[string, Record<string, unknown>, string?]> = [
    ['일반어', { generic: true }],
    ['영어 이름이 정답의 표제어', { english: '로 열티' }],
    ['영어 이름이 정답의 영어 이름', { english: 'LOYALTY' }],
    ['철자가 정답의 모호한 별칭', { aliases: ['충성도'] }],
    ['정답 철자를 모호한 별칭으로 가진 용어', { ambiguous: ['로열티'] }],
    ['정의가 같은 용어', { definition: '로열티에 대한 뜻풀이.' }],
    ['질문이 이미 보여 주는 이름', {}, '다음 설명에 해당하는 용어로 알맞은 것은?\n헌 신의 반대'],
  ];
  for (const [why, more, question] of excluded) {
    it(`오답이 아닌 것: ${why}`, () => {
      const g = glossaryOf(CHAPTERS, [
        term('loyalty', '로열티', 's1', { english: 'Loyalty', ambiguous: ['충성도'], confusable: ['trust', 'commitment'] }),
        term('trust', '신뢰', 's2'),
        term('commitment', '몰입', 's2'),
        term('devotion', '헌신', 's1', more),
      ]);
      assert.equal(pick(g, 'loyalty', question), undefined);
    });
  }
  it('서로 철자가 같은 두 후보는 하나만 오답이 된다', () => {
    const g = glossaryOf(CHAPTERS, [
      ...base,
      term('twin-a', '관계 몰입', 's1', { english: 'Involvement' }),
      term('twin-b', '관여도', 's1', { english: 'involvement' }),
    ]);
    for (let seed = 0; seed < 4; seed++) {
      const got = pick(g, 'loyalty', '질문', seed) ?? [];
      assert.deepEqual(got.slice(0, 2), ['trust', 'commitment']);
      assert.ok(got[2] === 'twin-a' || got[2] === 'twin-b');
    }
    const only = glossaryOf(CHAPTERS, [
      term('loyalty', '로열티', 's1'),
      term('twin-a', '관계 몰입', 's1', { english: 'Involvement' }),
      term('twin-b', '관여도', 's1', { english: 'involvement' }),
      term('trust', '신뢰', 's1'),
    ]);
    assert.equal(pick(only), undefined);
  });
  it('씨앗이 같은 절의 어느 용어를 고를지 정한다', () => {
    const g = glossaryOf(CHAPTERS, [
      term('loyalty', '로열티', 's1'),
      ...['신뢰', '몰입', '헌신', '관여', '애착', '만족', '추천'].map((name, i) => term(`t${i}`, name, 's1')),
    ]);
    const sets = new Set<string>();
    for (let seed = 0; seed < 12; seed++) {
      const got = pick(g, 'loyalty', '질문', seed);
      assert.equal(got?.length, 3);
      assert.deepEqual(pick(g, 'loyalty', '질문', seed), got, 'the same seed, the same options');
      sets.add([...(got ?? [])].sort().join(','));
    }
    assert.ok(sets.size > 2, `${sets.size} sets`);
  });
  it('spellingKeys: 표제어, 별칭, 영어 이름을 접어서', () => {
    const g = glossaryOf(CHAPTERS, [term('loyalty', '고객 로열티', 's1', { aliases: ['충성-도'], english: 'Customer Loyalty' })]);
    assert.deepEqual([...spellingKeys(g.glossary.terms.get('loyalty') as Term)], ['고객로열티', '충성도', 'customerloyalty']);
  });
});

describe('퀴즈 도움 함수: 용어집 사실 찾기 (FactIndex)', () => {
  const g = glossaryOf(CHAPTERS, [
    {
      id: 'bad', term: '불량고객', definition: '기업에 손해를 주는 고객.', chapter: 's1',
      facts: [
        { kind: 'enumeration', title: '불량고객의 유형', items: ['도둑형', { label: '규칙위반형(Rule Breaker)', accept: ['규칙 위반'] }, '호전형', '내분형'] },
        { kind: 'formula', title: '손해의 산식', left: '손해(Loss)', right: '비용 - 수익', operands: ['비용', '수익'] },
      ],
    },
    {
      id: 'stage', term: '관계 단계', definition: '관계가 발전하는 단계.', chapter: 's1',
      facts: [{ kind: 'sequence', title: '관계 발전', steps: ['잠재고객', '도둑형', '단골', '옹호자'] }],
    },
    {
      id: 'twice', term: '고객 등급', definition: '고객을 나누는 등급.', chapter: 's1',
      facts: [{ kind: 'enumeration', title: '등급', items: [{ label: '최우수', accept: ['우수'] }, { label: '차우수', accept: ['우수'] }, '보통'] }],
    },
    {
      id: 'cost', term: '유지 비용', definition: '고객을 지키는 비용.', chapter: 's2',
      facts: [
        { kind: 'figure', statement: '신규 고객을 얻는 비용은 기존 고객 유지 비용의 5배이다.', value: '5배' },
        { kind: 'figure', statement: '광고 효과는 5배로 늘었다.', value: '5배' },
        { kind: 'figure', statement: '만족 고객은 65%이다.', value: '65%' },
        { kind: 'enumeration', title: '비용의 종류', items: ['광고비', '판촉비'] },
      ],
    },
  ]);
  const index = (...ids: string[]): FactIndex => new FactIndex(g.glossary, ids);
  const answersOf = (items: readonly (FactItem | undefined)[] | undefined): Array<string | undefined> | undefined => items?.map((i) => i?.answer);

  it('제목이 같으면 한 항목만 같아도 그 사실', () => {
    const got = index('bad', 'stage').matchList('불량 고객의 유형', ['도둑형', '사기형']);
    assert.equal(got?.fact.key, 'bad:enumeration:불량고객의 유형');
    assert.deepEqual(answersOf(got?.items), ['도둑형', undefined]);
    assert.equal(index('bad').matchList('불량고객의 유형', ['사기형', '폭력형']), undefined, 'the title and no shared item');
  });
  it('제목이 없으면 항목이 둘 이상, 그리고 노트 항목의 절반 이상 같아야 한다', () => {
    const got = index('bad').matchList(undefined, ['도둑형', '규칙 위반', '사기형', '폭력형']);
    assert.equal(got?.fact.key, 'bad:enumeration:불량고객의 유형');
    assert.deepEqual(answersOf(got?.items), ['도둑형', '규칙위반형(Rule Breaker)', undefined, undefined]);
    assert.equal(index('bad').matchList(undefined, ['도둑형', '규칙위반형(Rule Breaker)', '사기형', '폭력형', '거짓형'])?.fact.key, undefined);
    assert.equal(index('bad').matchList(undefined, ['도둑형', '사기형']), undefined);
    assert.equal(index('bad').matchList('다른 제목', ['도둑형', '호전형'])?.fact.key, 'bad:enumeration:불량고객의 유형');
  });
  it('가장 많이 같은 사실, 같은 항목을 두 번 세지 않는다, 종류를 고를 수 있다', () => {
    const both = index('bad', 'stage');
    assert.equal(both.matchList(undefined, ['잠재고객', '도둑형', '단골'])?.fact.key, 'stage:sequence:관계 발전');
    assert.equal(both.matchList(undefined, ['도둑형', '호전형', '단골'])?.fact.key, 'bad:enumeration:불량고객의 유형');
    assert.equal(both.matchList(undefined, ['도둑형', '호전형', '내분형'], 'sequence'), undefined);
    assert.equal(both.matchList('불량고객의 유형', ['도둑형', '호전형'], 'sequence'), undefined);
    assert.equal(index('twice').matchList(undefined, ['우수', '사기형']), undefined, 'one note item counts once for a fact');
    assert.equal(index('twice').matchList(undefined, ['우수', '보통'])?.fact.key, 'twice:enumeration:등급');
    assert.equal(both.matchList('불량고객의 유형', ['도둑형', '단골', '옹호자'], 'sequence')?.fact.key, 'stage:sequence:관계 발전');
    assert.equal(both.matchList('불량고객의 유형', ['도둑형', '단골', '옹호자'])?.fact.key, 'bad:enumeration:불량고객의 유형', 'the title wins');
    assert.equal(index('stage').matchList(undefined, ['규칙위반형', '규칙 위반', '호전형']), undefined);
    assert.equal(index('bad').matchList(undefined, ['규칙위반형', '규칙 위반', '사기형', '폭력형'])?.fact.key, 'bad:enumeration:불량고객의 유형');
  });
  it('노트가 언급하지 않은 용어의 목록은 찾지 않는다, 없는 id는 건너뛴다', () => {
    assert.equal(index('stage', 'nope').matchList('불량고객의 유형', ['도둑형', '호전형', '내분형']), undefined);
    assert.equal(index().matchList(undefined, ['광고비', '판촉비']), undefined);
    assert.equal(index('nope', 'cost').matchList(undefined, ['광고비', '판촉비'])?.fact.key, 'cost:enumeration:비용의 종류');
  });
  it('수치 사실은 값이 같고 문장의 음절쌍이 1/5 이상(둘 이상) 같을 때: 용어를 언급하지 않아도', () => {
    const none = index();
    const retention = 'cost:figure:신규 고객을 얻는 비용은 기존 고객 유지 비용의 5배이다.';
    assert.equal(none.matchFigure('5배', '새 고객을 얻는 비용은 기존 고객 유지 비용의 5배 이상이다')?.key, retention);
    assert.equal(none.matchFigure('5배', '광고 효과가 5배')?.key, 'cost:figure:광고 효과는 5배로 늘었다.');
    assert.equal(none.matchFigure('3배', '신규 고객을 얻는 비용은 기존 고객 유지 비용의 3배이다.'), undefined);
    assert.equal(none.owner.get(retention)?.id, 'cost');
    // The statement has 11 syllable pairs: three shared are enough, two are not.
    assert.equal(none.matchFigure('5배', '신규 고객 비용 5배')?.key, retention);
    assert.equal(none.matchFigure('5배', '신규 고객 5배'), undefined);
    // 만족 고객은 65%이다 has 4 pairs, but one shared pair is never enough.
    assert.equal(none.matchFigure('65%', '만족 고객 65%')?.key, 'cost:figure:만족 고객은 65%이다.');
    assert.equal(none.matchFigure('65%', '만족도 65%'), undefined);
    // The statement sharing more pairs wins, whichever comes first.
    assert.equal(none.matchFigure('5배', '신규 고객을 얻는 비용은 기존 고객 유지 비용의 5배로 늘었다')?.key, retention);
    assert.equal(none.matchFigure('5배', '광고 효과는 고객 비용의 5배로 늘었다')?.key, 'cost:figure:광고 효과는 5배로 늘었다.');
  });
  it('공식 사실은 좌변으로 (괄호는 무시)', () => {
    assert.equal(index('bad').matchFormula('손해')?.key, 'bad:formula:손해의 산식');
    assert.equal(index('bad').matchFormula('손해 (손실)')?.key, 'bad:formula:손해의 산식');
    assert.equal(index('bad').matchFormula('이익'), undefined);
    assert.equal(index().matchFormula('손해'), undefined);
  });
  it('spellingsOf: 답, 이름, 괄호 뺀 이름, 받아 주는 답을 접어서', () => {
    const fact = g.glossary.terms.get('bad')?.facts[0] as EnumerationFact;
    assert.deepEqual(spellingsOf(fact.items[1] as FactItem), ['규칙위반형(rulebreaker)', '규칙위반형', '규칙위반']);
    assert.deepEqual(spellingsOf(fact.items[0] as FactItem), ['도둑형']);
  });
});

describe('퀴즈 덱 (deck.ts, names.ts)', () => {
  const { glossary, index } = bundledSnapshot();
  it('여러 노트의 카드를 노트 순서로, 같은 용어 카드는 처음 노트에서만', () => {
    const deck = buildDeck(
      [
        { file: 'a.md', text: '불량고객을 가려낸다.\n\n가치 = 편익 - 가격' },
        { file: 'b.md', text: '불량고객은 다시 본다.\n\n비용은 5배 이상이다.' },
      ],
      index, glossary, { types: ['definition', 'formula', 'cloze'] },
    );
    assert.deepEqual(deck.map((c) => [c.source.file, c.type, c.front]), [
      ['a.md', 'definition', '불량고객의 정의는?'],
      ['a.md', 'formula', '___ = 편익 - 가격'],
      ['a.md', 'formula', '가치 = ___ - 가격'],
      ['a.md', 'formula', '가치 = 편익 - ___'],
      ['b.md', 'cloze', '비용은 ___ 이상이다.'],
    ]);
  });
  it('노트의 한계를 넘으면 그 노트는 카드가 없다', () => {
    const deck = buildDeck([{ file: 'a.md', text: '가치 = 편익 - 가격\n'.repeat(50) }, { file: 'b.md', text: '가치 = 편익 - 가격' }], index, glossary, { types: ['formula'] }, { maxBytes: 100 });
    assert.deepEqual([...new Set(deck.map((c) => c.source.file))], ['b.md']);
  });
  it('deckSummary: 장수와 유형별 개수, 없는 유형은 빼고', () => {
    const some = (type: Card['type'], n: number): Card[] => Array.from({ length: n }, () => ({ type }) as Card);
    assert.equal(deckSummary([...some('formula', 3), ...some('definition', 2), ...some('cloze', 1)], 'ko'), '카드 6장 — 정의 2, 빈칸 1, 공식 3');
    assert.ok(deckSummary([], 'ko').startsWith('만들 카드가 없습니다:'));
    assert.notEqual(deckSummary([], 'en'), deckSummary([], 'ko'));
  });
  it('noteTitle: 첫 # 제목, 없으면 파일 이름', () => {
    assert.equal(noteTitle('앞 글\n## 소제목\n#  4장 고객로열티  ##\n# 둘째', 'notes/ch4.md'), '4장 고객로열티');
    assert.equal(noteTitle('#태그 아님\n본문', 'notes\\ch4.markdown'), 'ch4');
    assert.equal(noteTitle('# \n본문', 'notes/ch5.MD'), 'ch5');
    assert.equal(noteTitle('본문', 'notes/readme.txt'), 'readme.txt');
    assert.equal(noteTitle('본문', '.md'), 'CRM 노트');
    assert.equal(noteTitle(`${'가'.repeat(64 * 1024)}\n# 늦은 제목`, 'late.md'), 'late');
  });
  it('cardTypeName, cardTypeNamed: 한국어 이름, 영어 이름, 코드', () => {
    assert.equal(cardTypeName('cloze', 'ko'), '빈칸');
    assert.equal(cardTypeName('choice', 'ko'), '객관식');
    assert.equal(cardTypeNamed(' 빈칸 '), 'cloze');
    assert.equal(cardTypeNamed('Formula'), 'formula');
    assert.equal(cardTypeName('choice', 'en'), 'multiple choice');
    assert.equal(cardTypeNamed('Multiple Choice'), 'choice');
    assert.equal(cardTypeNamed('TERM'), 'reverse');
    assert.equal(cardTypeNamed('직접 만든 카드'), 'user');
    assert.equal(cardTypeNamed('객관식'), 'choice');
    assert.equal(cardTypeNamed('없는 유형'), undefined);
  });
});

