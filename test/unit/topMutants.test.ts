import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { parseGlossary } from '../../src/core/glossary/parse';
import { findHarvests, idFromEnglish } from '../../src/core/harvest';
import { type LintProblem, TermSpeller } from '../../src/core/lint';
import { TermSearch } from '../../src/core/match/search';
import { jsonReason, localeFrom, message } from '../../src/core/messages';
import { Note } from '../../src/core/notes/note';
import { type NoteStore, WorkspaceIndex, readNote } from '../../src/core/notes/workspace';
import { termPlugin } from '../../src/core/preview';
import { type RenderOptions, escapeMarkdown, renderTerm } from '../../src/core/render';
import { type GlossarySnapshot, buildSnapshot } from '../../src/core/service';
import { settingsFrom } from '../../src/core/settings';
import { suggestTerms } from '../../src/core/suggest';
import { bundledSnapshot, indexOf } from './helpers';

/**
 * Tests written against the survivors of a StrykerJS run over the top-level core files (lint,
 * render, preview, settings, messages, harvest, suggest, match/search) and notes/workspace.ts.
 * Everything a mutant could change is built inside the tests (a value built while the file
 * loads would hide it), mostly over small glossaries written here, so each rule is seen alone.
 */

/** A glossary of only `terms` (user layer), and its matcher. */
function tiny(terms: readonly object[]): GlossarySnapshot {
  const parsed = parseGlossary(JSON.stringify({ formatVersion: 1, terms: terms.map((t) => ({ definition: '정의.', ...t })) }), 'tiny.json', 'user');
  assert.deepEqual(parsed.diagnostics, []);
  return buildSnapshot([parsed]);
}

/** The lint's problems for `text`, with a speller built over `snapshot` (also as the bundled layer). */
function lint(snapshot: GlossarySnapshot, text: string): LintProblem[] {
  return new TermSpeller(snapshot.glossary).check(new Note(text, snapshot.index));
}

/** `[text, suggestion, start, end]` of every problem. */
function brief(snapshot: GlossarySnapshot, text: string): Array<[string, string, number, number]> {
  return lint(snapshot, text).map((p) => [p.text, p.suggestion, p.start, p.end]);
}

/** Terms that are no alias of each other: every typo below is found by comparing words, jamo by jamo. */
const SPELLED = [
  { id: 'loyalty', term: '로열티' },
  { id: 'retention-rate', term: '고객유지율' },
  { id: 'customer', term: '고객' },
  { id: 'up-selling', term: '상향판매' },
  { id: 'database-marketing', term: '데이터베이스 마케팅' },
  { id: 'benchmarking', term: '벤치마킹' },
  { id: 'crm', term: '고객관계관리', english: 'CRM' },
  { id: 'selling-price', term: '판매가' },
  { id: 'price-policy', term: '가격정책', generic: true },
];

describe('맞춤법 검사: 낱말을 자모로 견주기 (lint: words compared jamo by jamo)', () => {
  it('초성 하나(률→율), 중성 하나(팬→판, 밴→벤), 종성 하나(팜→판)가 다르면 오타다', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '고객유지률은 낮다'), [['고객유지률', '고객유지율', 0, 5]]);
    assert.deepEqual(brief(s, '상향팬매'), [['상향팬매', '상향판매', 0, 4]]);
    assert.deepEqual(brief(s, '밴치마킹'), [['밴치마킹', '벤치마킹', 0, 4]]);
    assert.deepEqual(brief(s, '상향팜매'), [['상향팜매', '상향판매', 0, 4]]);
  });

  it('한 음절에서 자모 둘이 다르면 오타로 보지 않는다 (룰: 초성과 중성, 팸: 중성과 종성)', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '고객유지룰'), []);
    assert.deepEqual(brief(s, '상향팸매'), []);
  });

  it('세 음절 낱말 하나만 있어도, 조사가 붙어도, 띄어 쓴 다음 낱말이 있어도 범위는 용어만', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '로얄티.'), [['로얄티', '로열티', 0, 3]]);
    assert.deepEqual(brief(s, '로얄티는'), [['로얄티', '로열티', 0, 3]]);
    assert.deepEqual(brief(s, '로얄티 관리'), [['로얄티', '로열티', 0, 3]]);
  });

  it('띄어 쓴 용어의 오타는 빈칸까지 범위에 넣고, 붙여 쓰면 붙여 쓴 만큼', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(lint(s, '# 정리\n데이타베이스 마케팅을 배운다'), [
      { line: 1, start: 0, end: 10, offset: 5, endOffset: 15, text: '데이타베이스 마케팅', code: 'misspelt-term', id: 'database-marketing', suggestion: '데이터베이스 마케팅' },
    ]);
    assert.deepEqual(brief(s, '데이타베이스마케팅을'), [['데이타베이스마케팅', '데이터베이스 마케팅', 0, 9]]);
  });

  it('받침 있는 오타 뒤에는 받침 뒤 조사만: 고객유지률는은 오타로 보지 않는다', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '고객유지률는'), []);
    assert.deepEqual(brief(s, '고객유지률이'), [['고객유지률', '고객유지율', 0, 5]]);
  });

  it('일상어(generic) 용어 쪽으로는 고치지 않고, 알려진 바른 낱말(판매자·구매자)도 그대로 둔다', () => {
    const s = tiny([...SPELLED, { id: 'purchase-price', term: '구매가' }]);
    assert.deepEqual(brief(s, '가격전책을 세운다'), []);
    assert.deepEqual(brief(s, '판매자가 늘고 구매자도 늘었다'), []);
    assert.deepEqual(brief(s, '판메가'), [['판메가', '판매가', 0, 3]]);
  });

  it('코드 속의 오타는 알리지 않는다', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '`로얄티`와 `상향팬매`'), []);
    assert.deepEqual(brief(s, '```\n로얄티\n```\n로얄티'), [['로얄티', '로열티', 0, 3]]);
  });

  it('오타 범위가 노트에서 찾은 용어와 겹치면 알리지 않는다 (고객 유지률: 고객을 이미 찾음)', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '고객 유지률'), []);
  });

  it('오타 뒤에 용어가 있어도, 용어 바로 뒤에 붙은 오타도 알린다', () => {
    const s = tiny(SPELLED);
    assert.deepEqual(brief(s, '로얄티와 상향판매'), [['로얄티', '로열티', 0, 3]]);
    assert.deepEqual(brief(s, '로얄티CRM'), [['로얄티', '로열티', 0, 3]]);
    assert.deepEqual(brief(s, 'CRM로얄티'), [['로얄티', '로열티', 3, 6]]);
  });
});

describe('맞춤법 검사: 용어집의 변형 표기 (lint: an alias one jamo off its headword)', () => {
  it('띄어 쓴 변형 표기도 오타다 (데이타베이스 마케팅 → 데이터베이스 마케팅)', () => {
    const s = tiny([{ id: 'database-marketing', term: '데이터베이스 마케팅', aliases: ['데이타베이스 마케팅'] }]);
    assert.deepEqual(lint(s, '데이타베이스 마케팅'), [
      { line: 0, start: 0, end: 10, offset: 0, endOffset: 10, text: '데이타베이스 마케팅', code: 'misspelt-term', id: 'database-marketing', suggestion: '데이터베이스 마케팅' },
    ]);
  });

  it('표제어와 음절 하나가 통째로 다르거나, 길이가 다르거나, 두 글자거나, 일상어인 별칭은 변형 표기가 아니다', () => {
    const s = tiny([
      { id: 'share', term: '고객점유율', aliases: ['고객점유도'] },
      { id: 'strategy', term: '상향판매전략', aliases: ['상향팬매'] },
      { id: 'channel', term: '채널', aliases: ['체널'] },
      { id: 'price-policy', term: '가격정책', generic: true, aliases: ['가격전책'] },
    ]);
    assert.deepEqual(brief(s, '고객점유도, 상향팬매, 체널, 가격전책'), []);
  });

  it('한글이 아닌 글자 하나가 다른 별칭은, 자모 셈이 우연히 맞아도 변형 표기가 아니다', () => {
    // 가 is 0xAC00; a code point 6 × 588 below it has the same medial and final in that arithmetic.
    const odd = String.fromCharCode(0xac00 - 6 * 588);
    const s = tiny([
      { id: 'o2o', term: 'O2O 마케팅', aliases: ['O4O 마케팅'] },
      { id: 'value-chain', term: '가치사슬', aliases: [`${odd}치사슬`] },
    ]);
    assert.deepEqual(brief(s, `O4O 마케팅과 ${odd}치사슬`), []);
    assert.deepEqual(
      new Note(`O4O 마케팅과 ${odd}치사슬`, s.index).occurrences.map((o) => [o.id, o.via]),
      [['o2o', 'alias'], ['value-chain', 'alias']],
      'both are found as aliases: only the variant rule decides',
    );
  });
});

describe('맞춤법 검사: 한 노트의 두 가지 표기 (lint: one term spelt two ways)', () => {
  const CLV = { id: 'clv', term: '고객생애가치', aliases: ['고객평생가치'] };

  it('띄어 쓴 표기도 센다: 더 많이 쓴 쪽을 노트에 쓴 그대로 (빈칸까지) 제안한다', () => {
    const s = tiny([{ ...CLV, aliases: ['고객 평생가치'] }]);
    assert.deepEqual(lint(s, '고객 평생가치와 고객 평생가치, 고객생애가치'), [
      { line: 0, start: 18, end: 24, offset: 18, endOffset: 24, text: '고객생애가치', code: 'two-spellings', id: 'clv', suggestion: '고객 평생가치' },
    ]);
  });

  it('세 가지 표기를 한 번씩 쓰면 먼저 쓴 것이 노트의 표기다', () => {
    const s = tiny([{ ...CLV, aliases: ['고객평생가치', '고객일생가치'] }]);
    assert.deepEqual(
      lint(s, '고객일생가치, 고객생애가치, 고객평생가치').map((p) => [p.text, p.suggestion, p.offset]),
      [['고객생애가치', '고객일생가치', 8], ['고객평생가치', '고객일생가치', 16]],
    );
  });

  it('라틴 글자가 섞인 표기(e커머스, 소셜CRM)는 두 가지 표기로 세지 않는다', () => {
    const s = tiny([
      { id: 'e-commerce', term: '전자상거래', aliases: ['e커머스'] },
      { id: 'social-crm', term: '소셜고객관계관리', aliases: ['소셜CRM'] },
    ]);
    assert.deepEqual(brief(s, '전자상거래와 e커머스, 소셜고객관계관리와 소셜CRM'), []);
  });

  it('오타와 두 가지 표기를 함께 노트 순서대로 낸다', () => {
    const s = tiny([CLV, { id: 'loyalty', term: '로열티' }]);
    assert.deepEqual(
      lint(s, '고객생애가치와 고객평생가치 고객평생가치, 로얄티.').map((p) => [p.code, p.text, p.offset]),
      [['two-spellings', '고객생애가치', 0], ['misspelt-term', '로얄티', 23]],
    );
  });
});

describe('용어 마크다운의 세부 (renderTerm and escapeMarkdown, exactly)', () => {
  const labels = { related: '관련 용어', confusable: '헷갈리기 쉬운 용어', aliases: '다른 표기', facts: '정리', source: '출처' };
  const hover: RenderOptions = { labels, command: 'crmNotes.showTerm', full: false };
  const page: RenderOptions = { ...hover, full: true };
  const glossary = (): GlossarySnapshot =>
    tiny([
      {
        id: 'value', term: '가치', english: 'Customer Value', aliases: ['밸류', '가치*'], definition: '고객이 얻는 편익에서 가격을 뺀 것.', explanation: '편익 > 가격이면 산다.',
        related: ['benefit', 'price'], confusable: ['price'],
        facts: [{ kind: 'formula', title: '가치의 공식', left: '가치', right: '편익 - 가격', operands: ['편익', '가격'] }],
      },
      { id: 'benefit', term: '편익', definition: '고객이 얻는 것.' },
      { id: 'price', term: '가격', english: 'Price', definition: '고객이 내는 것.' },
    ]);
  const link = (label: string, id: string): string => `[${label}](command:crmNotes.showTerm?${encodeURIComponent(JSON.stringify([id]))})`;

  it('호버: 표제어 · 영어 이름, 장 경로, 정의, 설명, 관련 용어와 헷갈리기 쉬운 용어의 명령 링크 (다른 표기·정리·출처는 없다)', () => {
    const s = glossary();
    assert.equal(
      renderTerm(s.glossary.terms.get('value')!, s.glossary, hover),
      [
        '**가치** · Customer Value', '', '*사용자 용어 (User terms)*', '', '고객이 얻는 편익에서 가격을 뺀 것.', '', '편익 \\> 가격이면 산다.', '',
        `관련 용어: ${link('편익', 'benefit')} · ${link('가격', 'price')}`, '', `헷갈리기 쉬운 용어: ${link('가격', 'price')}`,
      ].join('\n'),
    );
  });

  it('용어 페이지: 관련 용어는 이름만, 다른 표기(이스케이프), 정리, 출처 파일', () => {
    const s = glossary();
    assert.equal(
      renderTerm(s.glossary.terms.get('value')!, s.glossary, page),
      [
        '**가치** · Customer Value', '', '*사용자 용어 (User terms)*', '', '고객이 얻는 편익에서 가격을 뺀 것.', '', '편익 \\> 가격이면 산다.', '',
        '관련 용어: 편익 · 가격', '', '헷갈리기 쉬운 용어: 가격', '', '다른 표기: 밸류, 가치\\*', '', '#### 정리', '', '**가치의 공식**', '', '가치 = 편익 - 가격', '', '*출처: tiny.json*',
      ].join('\n'),
    );
  });

  it('아무것도 없는 용어: 영어 이름, 설명, 관련 용어, 다른 표기, 정리 줄이 없다', () => {
    const s = glossary();
    const benefit = s.glossary.terms.get('benefit')!;
    assert.equal(renderTerm(benefit, s.glossary, hover), '**편익**\n\n*사용자 용어 (User terms)*\n\n고객이 얻는 것.');
    assert.equal(renderTerm(benefit, s.glossary, page), '**편익**\n\n*사용자 용어 (User terms)*\n\n고객이 얻는 것.\n\n*출처: tiny.json*');
    assert.equal(renderTerm({ ...benefit, chapter: 'gone' }, s.glossary, hover), '**편익**\n\n고객이 얻는 것.', 'a chapter the glossary lacks has no path line');
  });

  it('용어 페이지의 관련 용어 링크(pageLink), 용어집에 없는 관련 용어는 건너뛴다', () => {
    const s = glossary();
    const value = s.glossary.terms.get('value')!;
    const text = renderTerm({ ...value, related: ['benefit', 'gone', 'price'] }, s.glossary, { ...page, pageLink: (id, headword) => `${id}.md#${headword}` });
    assert.ok(text.includes('\n\n관련 용어: [편익](benefit.md#편익) · [가격](price.md#가격)\n\n'), text);
    assert.ok(renderTerm({ ...value, related: ['gone'] }, s.glossary, hover).includes('\n\n관련 용어: \n\n'));
  });

  it('용어 페이지의 "노트에서" 목록: 제목과 개수, 괄호와 빈칸을 인코딩한 링크; 빈 목록이면 없다', () => {
    const s = glossary();
    const benefit = s.glossary.terms.get('benefit')!;
    const mentions = [{ label: '1장 *요약*', href: 'notes/1장 (요약).md' }, { label: '2장', href: 'notes/2.md' }];
    assert.equal(
      renderTerm(benefit, s.glossary, { ...page, mentions }),
      '**편익**\n\n*사용자 용어 (User terms)*\n\n고객이 얻는 것.\n\n#### In your notes (2)\n\n- [1장 \\*요약\\*](notes/1장%20%28요약%29.md)\n- [2장](notes/2.md)\n\n*출처: tiny.json*',
    );
    assert.ok(renderTerm(benefit, s.glossary, { ...page, labels: { ...labels, mentions: '내 노트에서' }, mentions }).includes('\n\n#### 내 노트에서 (2)\n\n- '));
    assert.equal(renderTerm(benefit, s.glossary, { ...page, mentions: [] }), renderTerm(benefit, s.glossary, page));
  });

  it('노트 주소의 짝 없는 닫는 괄호도 인코딩한다: 링크가 거기서 끊기지 않는다', () => {
    const s = glossary();
    const text = renderTerm(s.glossary.terms.get('benefit')!, s.glossary, { ...page, mentions: [{ label: '1)장', href: 'notes/1)장\t요약.md' }] });
    assert.ok(text.includes('\n- [1\\)장](notes/1%29장%09요약.md)\n'), text);
    assert.match(new MarkdownIt().render(text), /<li><a href="notes\/1%29%EC%9E%A5%09%EC%9A%94%EC%95%BD\.md">1\)장<\/a><\/li>/);
  });

  it('escapeMarkdown: 두 자리 번호와 괄호 번호도 글자로, 숫자 뒤가 점이 아니면 그대로', () => {
    assert.equal(escapeMarkdown('12. 항목'), '12\\. 항목');
    assert.equal(escapeMarkdown('1. 첫째'), '1\\. 첫째');
    assert.equal(escapeMarkdown('3) 셋째'), '3\\) 셋째');
    assert.equal(escapeMarkdown('2024년 자료'), '2024년 자료');
  });
});

describe('미리 보기 플러그인의 세부 (termPlugin: tokens, links, senses)', () => {
  const snapshot = (): GlossarySnapshot =>
    tiny([
      { id: 'loyalty', term: '로열티', english: 'Loyalty' },
      { id: 'benefit', term: '편익' },
      { id: 'channel', term: '채널', sense: { cues: ['마케팅'] } },
    ]);
  const rendered = (title: string, text: string): string => `<span class="crm-notes-term" title="${title}">${text}</span>`;

  it('용어 앞뒤의 글은 그대로 남고, 영어 이름이 없으면 괄호도 없다', () => {
    const s = snapshot();
    const md = new MarkdownIt().use(termPlugin, () => s);
    assert.equal(md.render('오늘 배운 편익과 로열티 정리'), `<p>오늘 배운 ${rendered('편익: 정의.', '편익')}과 ${rendered('로열티 (Loyalty): 정의.', '로열티')} 정리</p>\n`);
  });

  it('토큰: 용어는 span 태그의 crm_notes_term, 링크 글자 속이면 meta.link, 앞뒤 글은 태그 없는 text', () => {
    const s = snapshot();
    const md = new MarkdownIt().use(termPlugin, () => s);
    const children = (text: string) => md.parse(text, {})[1]?.children?.map((t) => [t.type, t.tag, t.content, t.meta?.link]);
    assert.deepEqual(children('앞 [로열티 편익](https://x.y) 로열티 뒤'), [
      ['text', '', '앞 ', undefined],
      ['link_open', 'a', '', undefined],
      ['crm_notes_term', 'span', '로열티', true],
      ['text', '', ' ', undefined],
      ['crm_notes_term', 'span', '편익', true],
      ['link_close', 'a', '', undefined],
      ['text', '', ' ', undefined],
      ['crm_notes_term', 'span', '로열티', false],
      ['text', '', ' 뒤', undefined],
    ]);
    assert.deepEqual(children('[x](https://x.y) [y](https://y.z) 로열티'), [
      ['link_open', 'a', '', undefined],
      ['text', '', 'x', undefined],
      ['link_close', 'a', '', undefined],
      ['text', '', ' ', undefined],
      ['link_open', 'a', '', undefined],
      ['text', '', 'y', undefined],
      ['link_close', 'a', '', undefined],
      ['text', '', ' ', undefined],
      ['crm_notes_term', 'span', '로열티', false],
    ]);
  });

  it('용어가 없는 글 토큰은 건드리지 않는다: 플러그인이 없을 때와 같은 토큰', () => {
    const s = snapshot();
    const text = '[링크 글](https://x.y) 그리고 *강조한 글*\n\n- 목록';
    assert.deepEqual(new MarkdownIt().use(termPlugin, () => s).parse(text, {}), new MarkdownIt().parse(text, {}));
  });

  it('규칙 이름 crm_notes_terms로 끌 수 있다', () => {
    const s = snapshot();
    const md = new MarkdownIt().use(termPlugin, () => s);
    md.disable('crm_notes_terms');
    assert.equal(md.render('로열티'), '<p>로열티</p>\n');
  });

  it('뜻을 가려야 하는 말(sense)은 단서가 있는 절에서만 표시한다', () => {
    const s = snapshot();
    const md = new MarkdownIt().use(termPlugin, () => s);
    assert.equal(md.render('# 잡담\n\n유튜브 채널 구독'), '<h1>잡담</h1>\n<p>유튜브 채널 구독</p>\n');
    assert.match(md.render('# 마케팅\n\n채널 전략'), /<span class="crm-notes-term" title="채널: 정의.">채널<\/span> 전략/);
  });

  it('글자 그대로의 백틱 사이도 본문이다: 글 토큰은 마크다운으로 다시 읽지 않는다', () => {
    const s = snapshot();
    const md = new MarkdownIt().use(termPlugin, () => s);
    assert.equal(md.render('\\`로열티\\`'), `<p>\`${rendered('로열티 (Loyalty): 정의.', '로열티')}\`</p>\n`);
  });

  it('meta가 없는 용어 토큰도 빈 title로 그린다', () => {
    const s = snapshot();
    const md = new MarkdownIt().use(termPlugin, () => s);
    const tokens = md.parse('로열티', {});
    const term = tokens[1]?.children?.[0];
    assert.equal(term?.type, 'crm_notes_term');
    (term as { meta: unknown }).meta = null;
    assert.equal(md.renderer.render(tokens, md.options, {}), '<p><span class="crm-notes-term" title="">로열티</span></p>\n');
  });
});

describe('짝 거두기의 세부 (findHarvests: the Korean half, ids, definitions)', () => {
  const harvest = (text: string) => {
    const { glossary, index } = bundledSnapshot();
    return findHarvests(new Note(text, index), glossary, index);
  };

  it('괄호 앞이 두 낱말인 아는 용어도, 네 낱말 중 끝 두 낱말인 아는 용어도 찾는다', () => {
    const alias = { kind: 'alias', id: 'database-marketing', alias: 'DB Marketing' };
    assert.deepEqual(harvest('데이터베이스 마케팅(DB Marketing)'), [{ line: 0, start: 0, end: 24, korean: '데이터베이스 마케팅', english: 'DB Marketing', proposal: alias }]);
    assert.deepEqual(harvest('오늘 배운 데이터베이스 마케팅(DB Marketing)'), [{ line: 0, start: 6, end: 30, korean: '데이터베이스 마케팅', english: 'DB Marketing', proposal: alias }]);
  });

  it('용어의 영어 이름을 빈칸만 달리 쓴 짝은 별칭으로 제안하지 않는다', () => {
    assert.deepEqual(harvest('프레데릭 라이히헬드(Frederick F.Reichheld)'), []);
  });

  it('새 용어의 id가 -2까지 있으면 -3', () => {
    const s = tiny([{ id: 'good-customer', term: '우량고객' }, { id: 'good-customer-2', term: '충성고객' }]);
    const [found] = findHarvests(new Note('좋은손님(Good Customer)', s.index), s.glossary, s.index);
    assert.equal(found?.proposal.kind === 'term' ? found.proposal.entry.id : '', 'good-customer-3');
  });

  it('idFromEnglish: 영어와 숫자가 아닌 글자가 이어져도 하이픈 하나', () => {
    assert.equal(idFromEnglish('R & D'), 'r-d');
    assert.equal(idFromEnglish('Growth  Hacking'), 'growth-hacking');
  });

  it('정의: 줄 끝의 빈칸은 빼고, 줄 가운데의 하이픈은 두고, 두 자리 번호와 빈칸 없는 번호는 뺀다', () => {
    const definition = (text: string): string[] => harvest(text).map((h) => (h.proposal.kind === 'term' ? h.proposal.entry.definition : ''));
    assert.deepEqual(definition('새말(New Word) 정리   \n다음 줄'), ['새말(New Word) 정리']);
    assert.deepEqual(definition('그로스해킹(Growth Hacking)은 A-B 테스트로'), ['그로스해킹(Growth Hacking)은 A-B 테스트로']);
    assert.deepEqual(definition('12. 새말(New Word) 정리'), ['새말(New Word) 정리']);
    assert.deepEqual(definition('1.새말(New Word) 정리'), ['새말(New Word) 정리']);
  });
});

describe('설정 읽기의 세부 (settingsFrom: raw values)', () => {
  const read = (values: Record<string, unknown>) => settingsFrom((key) => values[key]);

  it('용어집 파일 목록: 문자열이 아닌 것과 빈 문자열(빈칸만 있는 것도)은 빼고, 나머지는 쓴 그대로', () => {
    assert.deepEqual(read({ 'glossary.files': ['a.json', 3, '   ', '', null, ' b.json ', { path: 'c.json' }] }).glossaryFiles, ['a.json', ' b.json ']);
    assert.deepEqual(read({ 'glossary.files': [] }).glossaryFiles, []);
  });

  it('시험 날짜: 있는 날은 그대로(앞뒤 빈칸은 뺀다), 없는 날과 꼴이 틀린 값은 없음', () => {
    const exam = (value: unknown): string | undefined => read({ 'practice.examDate': value }).practiceExamDate;
    assert.deepEqual(
      ['2026-06-15', ' 2026-06-15 ', '2024-02-29', '2025-02-29', '2025-02-30', '2026-13-01', '2026-6-15', '26-06-15', '2026-06-155', '2026-06-15T00:00', 'x2026-06-15', '', 20260615].map(exam),
      ['2026-06-15', '2026-06-15', '2024-02-29', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    );
  });
});

describe('메시지와 로캘의 세부 (message, jsonReason, localeFrom)', () => {
  it('값이 없는 자리표시자는 {0} 그대로 남는다', () => {
    assert.equal(message('ko', 'file.notFound'), '파일을 찾을 수 없습니다: {0}');
    assert.equal(message('en', 'file.unreadable', 'a.md'), 'Cannot read file: a.md ({1})');
    assert.equal(message('en', 'cli.valid', 'g.json', 0, 12), 'g.json: valid (0 terms, 12 chapters).');
  });

  it('모르는 JSON 오류 이름은 이름 그대로', () => {
    assert.equal(jsonReason('ko', 'SomethingNew'), 'SomethingNew');
    assert.equal(jsonReason('en', 'CommaExpected'), 'comma expected');
  });

  it('로캘: 없음·빈 값·C·POSIX·C.UTF-8은 한국어, ko로 시작하면 한국어, 나머지는 영어', () => {
    const tags = [undefined, '', 'C', 'POSIX', 'C.UTF-8', 'ko', 'ko-KR', 'ko_KR.UTF-8', 'KO', 'en-US', 'en_US.UTF-8', 'es_EC.UTF-8', 'tokyo', 'Cz'];
    assert.deepEqual(tags.map(localeFrom), ['ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'ko', 'en', 'en', 'en', 'en', 'en']);
  });
});

describe('비슷한 용어 제안의 세부 (suggestTerms: scores)', () => {
  it('두 글자 용어도 검색어 안에 있으면 가깝다', () => {
    const s = tiny([{ id: 'customer', term: '고객' }, { id: 'relationship', term: '관계' }, { id: 'crm', term: '고객관계관리' }]);
    assert.deepEqual(suggestTerms(s.index, '고객관계관리론'), ['crm', 'customer', 'relationship']);
  });

  it('포함 관계는 자모 하나 차이보다 가깝다 (길이 차이 × 0.1)', () => {
    const s = tiny([{ id: 'typo', term: '로얄티' }, { id: 'customer-loyalty', term: '고객로열티' }]);
    assert.deepEqual(suggestTerms(s.index, '로열티'), ['customer-loyalty', 'typo']);
  });

  it('한 용어의 여러 표기 중 가장 가까운 표기로 순위를 매긴다', () => {
    const s = tiny([{ id: 'points', term: '로열티포인트', aliases: ['로열티', '로열티프로그램'] }, { id: 'customer-loyalty', term: '고객로열티' }]);
    assert.deepEqual(suggestTerms(s.index, '로열티'), ['points', 'customer-loyalty']);
  });
});

describe('용어 검색의 세부 (TermSearch: 초성 order)', () => {
  it('초성이 가운데 있는 표기도 짧은 것부터', () => {
    const search = new TermSearch([
      { id: 'vip-care', spelling: '우량고객관리', kind: 'headword' },
      { id: 'new-customer', spelling: '신규고객', kind: 'headword' },
      { id: 'customer', spelling: '고객', kind: 'headword' },
    ]);
    assert.deepEqual(search.search('ㄱㄱ').map((h) => [h.id, h.highlights]), [['customer', [[0, 2]]], ['new-customer', [[1, 3]]], ['vip-care', [[2, 4]]]]);
  });
});

/** An in-memory store that records what was read. */
function recordingStore(files: Record<string, string | Uint8Array>, stats: Record<string, { size: number; isFile: boolean }> = {}): NoteStore & { reads: string[] } {
  const reads: string[] = [];
  const bytes = (value: string | Uint8Array): Uint8Array => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  return {
    reads,
    list: async () => Object.keys(files),
    stat: async (file) => stats[file] ?? (files[file] === undefined ? undefined : { size: bytes(files[file] as string | Uint8Array).length, isFile: true }),
    read: async (file) => {
      reads.push(file);
      const value = files[file];
      if (value === undefined) {
        throw new Error(`no ${file}`);
      }
      return bytes(value);
    },
  };
}

describe('작업 영역 색인의 세부 (WorkspaceIndex: events, caps, reads)', () => {
  const index = (): ReturnType<typeof indexOf> => indexOf('로열티', '고객만족');

  it('지우기와 이름 바꾸기도 바뀐 파일을 알린다', () => {
    const ws = new WorkspaceIndex(index());
    ws.update('/a.md', '로열티');
    const events: string[][] = [];
    ws.onDidChange((files) => events.push([...files]));
    ws.rename('/a.md', '/b.md');
    ws.remove('/b.md');
    assert.deepEqual(events, [['/a.md', '/b.md'], ['/b.md']]);
  });

  it('전체 크기 상한과 꼭 같으면 아직 넘지 않았다', async () => {
    const ws = new WorkspaceIndex(index(), { maxBytes: 100, maxTotalBytes: 18 });
    const report = await ws.indexAll(recordingStore({ '/1.md': '로열티', '/2.md': '로열티' }));
    assert.deepEqual(report, { notes: 2, bytes: 18, skipped: [], capped: false });
  });

  it('차례 없이 더한 노트도 용어 → 노트 표는 파일 순서', () => {
    const ws = new WorkspaceIndex(index());
    ws.update('/c.md', '로열티');
    ws.update('/a.md', '로열티');
    ws.update('/b.md', '로열티');
    assert.deepEqual(ws.mentions('로열티').map((m) => m.file), ['/a.md', '/b.md', '/c.md']);
  });

  it('아는 용어라도 이제 어느 노트에도 없으면 노트 0개', async () => {
    const ws = new WorkspaceIndex(index());
    ws.update('/a.md', '로열티');
    await ws.indexAll(recordingStore({ '/b.md': '고객만족' }));
    assert.deepEqual([ws.noteCount('로열티'), ws.mentions('로열티'), ws.noteCount('고객만족')], [0, [], 1]);
  });

  it('readNote: stat이 크다고 하면 읽지 않고, 잘못된 UTF-8 바이트는 U+FFFD로 읽는다', async () => {
    const store = recordingStore({ '/big.md': '로열티', '/bad.md': new Uint8Array([0xeb, 0xa1, 0x9c, 0xff, 0x41]) }, { '/big.md': { size: 1 << 30, isFile: true } });
    assert.deepEqual(await readNote(store, '/big.md', { maxBytes: 1000 }), { reason: 'tooLarge' });
    assert.deepEqual(store.reads, []);
    assert.deepEqual(await readNote(store, '/bad.md', { maxBytes: 1000 }), { text: '로\ufffdA', bytes: 5 });
  });
});
