import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { buildSnapshot } from '../../src/core/service';
import { parseGlossary } from '../../src/core/glossary/parse';
import { escapeMarkdown, renderTerm } from '../../src/core/render';
import { parseBundledGlossary } from '../../src/bundledGlossary';
import { bundledSnapshot } from './helpers';

const labels = { related: '관련 용어', confusable: '헷갈리기 쉬운 용어', aliases: '다른 표기', facts: '정리', source: '출처' };
const md = new MarkdownIt({ html: true, linkify: false });
const hoverOptions = { labels, command: 'crmNotes.showTerm', full: false };
const pageOptions = { ...hoverOptions, full: true };

describe('용어 호버의 마크다운 (rendering a term)', () => {
  it('CR만 있는 줄바꿈도 공백이 된다: 정의 속 \\r# 제목은 제목이 아니다', () => {
    const html = new MarkdownIt().render(escapeMarkdown('정의\r# 제목\r\n- 목록\n1. 번호'));
    assert.doesNotMatch(html, /<h1>|<li>/);
    assert.equal(escapeMarkdown('가\r나\r\n다\n라'), '가 나 다 라');
  });
  it('표제어, 영어 이름, 장 경로, 정의, 설명, 관련 용어 링크', () => {
    const { glossary } = bundledSnapshot();
    const loyalty = glossary.terms.get('loyalty');
    assert.ok(loyalty);
    const text = renderTerm(loyalty, glossary, hoverOptions);
    assert.ok(text.startsWith('**로열티** · Customer Loyalty'));
    assert.ok(text.includes('*고객관계관리 › 고객로열티 전략 › 고객만족과 로열티의 관계*'));
    assert.ok(text.includes(`[고객만족](command:crmNotes.showTerm?${encodeURIComponent('["customer-satisfaction"]')})`));
  });

  it('용어집의 악의적인 글은 글자로만 보인다: 링크, HTML, 강조, 수식', () => {
    const hostile = '[클릭](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> <script>alert(1)</script> **굵게** $x$ &lt;';
    const user = parseGlossary(
      JSON.stringify({ formatVersion: 1, terms: [{ id: 'evil', term: '나쁜 <b>용어</b>', english: '[x](javascript:alert(1))', definition: hostile, explanation: '# 제목\n- 목록', chapter: 'ch01.s1' }] }),
      'evil.json',
      'user',
    );
    const { glossary } = buildSnapshot([...parseBundledGlossary(), user]);
    const evil = glossary.terms.get('evil');
    assert.ok(evil);
    const html = md.render(renderTerm(evil, glossary, pageOptions));
    assert.ok(!/<a\s/i.test(html), html);
    assert.ok(!/<img|<script|<b>|<h1|<li/i.test(html), html);
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'the tag is visible text');
    assert.ok(html.includes('**굵게**'), 'emphasis markers are visible text');
    assert.ok(html.includes('command:workbench.action.terminal.new'), 'the would-be link is visible text');
  });

  it('장 제목과 정리(열거·순서·공식·수치)의 글도 글자로만 보인다: 링크도 태그도 되지 않는다', () => {
    const link = '[열기](command:workbench.action.terminal.new)';
    const img = '<img src=x onerror=alert(1)>';
    const user = parseGlossary(
      JSON.stringify({
        formatVersion: 1,
        chapters: [{ id: 'evil', title: `${link} ${img}`, parent: 'ch01' }],
        terms: [{
          id: 'evil-term', term: '악용어', definition: '정의.', chapter: 'evil',
          facts: [
            { kind: 'enumeration', title: `목록 ${link}`, source: `출처 ${img}`, exhaustive: false, items: [{ label: `**굵게** ${link}`, detail: `${img} 설명` }, '_기울임_ <b>b</b>'] },
            { kind: 'sequence', title: `순서 ${img}`, steps: [link, '# 제목'] },
            { kind: 'formula', title: `공식 ${link}`, left: `$x$ ${img}`, right: `A - ${link}`, operands: ['A'] },
            { kind: 'figure', statement: `${link} 5배 ${img}`, value: '5배' },
          ],
        }],
      }),
      'evil.json',
      'user',
    );
    const { glossary } = buildSnapshot([...parseBundledGlossary(), user]);
    assert.deepEqual(glossary.diagnostics, []);
    const evil = glossary.terms.get('evil-term');
    assert.ok(evil);
    const escapedLink = '\\[열기\\](command:workbench.action.terminal.new)';
    const escapedImg = '\\<img src=x onerror=alert(1)\\>';
    const hover = renderTerm(evil, glossary, hoverOptions);
    assert.equal(hover.split('\n')[2], `*고객관계관리 › CRM의 이해 › ${escapedLink} ${escapedImg}*`);
    const page = renderTerm(evil, glossary, pageOptions);
    const facts = page.split('\n');
    const from = facts.indexOf('#### 정리');
    assert.deepEqual(facts.slice(from, facts.length - 2), [
      '#### 정리',
      '',
      `**목록 ${escapedLink}** (2) · *일부·예시 (not exhaustive) · 출처 (source): 출처 ${escapedImg}*`,
      '',
      `- \\*\\*굵게\\*\\* ${escapedLink}: ${escapedImg} 설명`,
      '- \\_기울임\\_ \\<b\\>b\\</b\\>',
      '',
      `**순서 ${escapedImg}**`,
      '',
      `${escapedLink} → \\# 제목`,
      '',
      `**공식 ${escapedLink}**`,
      '',
      `\\$x\\$ ${escapedImg} = A - ${escapedLink}`,
      '',
      `- ${escapedLink} 5배 ${escapedImg}`,
    ]);
    for (const html of [md.render(hover), md.render(page)]) {
      assert.ok(!/<a\s|<img|<b>|<h1/i.test(html), html);
    }
  });

  it('escapeMarkdown은 줄 처음의 목록, 제목, 번호도 글자로 만든다', () => {
    assert.equal(md.renderInline(escapeMarkdown('1. 첫째')), '1. 첫째');
    assert.equal(md.render(escapeMarkdown('# 제목')).trim(), '<p># 제목</p>');
    assert.equal(md.render(escapeMarkdown('- 목록')).trim(), '<p>- 목록</p>');
  });

  it('뜻이 둘인 표기(ambiguous)의 호버는 모든 뜻을 하나씩 보여 준다', () => {
    const { glossary, index } = bundledSnapshot();
    const declared = new Map<string, Set<string>>();
    for (const term of glossary.terms.values()) {
      for (const spelling of term.ambiguous) {
        declared.set(spelling, (declared.get(spelling) ?? new Set()).add(term.id));
      }
    }
    assert.ok(declared.size >= 5, `${declared.size} shared spellings`);
    for (const [spelling, ids] of declared) {
      // What the hover does: the match and its alternatives, each rendered in turn.
      const match = index.findTermAt(`${spelling} 뜻`, 0);
      assert.ok(match, spelling);
      const shown = [match.id, ...match.alternatives];
      assert.deepEqual([...shown].sort(), [...ids].sort(), spelling);
      const hover = shown.map((id) => renderTerm(glossary.terms.get(id)!, glossary, hoverOptions)).join('\n\n---\n\n');
      for (const id of ids) {
        assert.ok(hover.includes(escapeMarkdown(glossary.terms.get(id)!.definition)), `${spelling}: ${id}`);
      }
    }
  });

  it('한 저자의 목록·예시 목록은 용어 페이지에 "일부"와 출처가 붙는다', () => {
    const { glossary } = bundledSnapshot();
    const page = renderTerm(glossary.terms.get('relationship-marketing')!, glossary, pageOptions);
    assert.ok(page.includes(`**관계마케팅의 결속 수준** · *일부·예시 (not exhaustive) · 출처 (source): Berry \\& Parasuraman (1991)*`), page);
    const own = renderTerm(glossary.terms.get('bad-customer')!, glossary, { ...pageOptions, labels: { ...labels, notExhaustive: '일부', factSource: '출처' } });
    assert.ok(own.includes('**불량고객의 유형** (6) · *출처: 강의 노트*'), own);
    const complete = renderTerm(glossary.terms.get('marketing-mix')!, glossary, pageOptions);
    assert.ok(!complete.includes('일부·예시'), 'a complete list is not marked');
  });

  it('용어 페이지(full)에는 다른 표기와 정리(열거·순서·공식·수치)가 있다', () => {
    const { glossary } = bundledSnapshot();
    const bad = glossary.terms.get('bad-customer');
    assert.ok(bad);
    const page = renderTerm(bad, glossary, pageOptions);
    assert.ok(page.includes('#### 정리'));
    for (const type of ['도둑형', '규칙위반형', '호전형', '내분형', '파괴형', '신용불량형']) {
      assert.ok(page.includes(`- ${type}`), type);
    }
    const value = glossary.terms.get('value');
    assert.ok(value && renderTerm(value, glossary, pageOptions).includes('가치 = 편익 - 가격'));
  });
});
