import * as assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { termPlugin } from '../../src/core/preview';
import { bundledSnapshot } from './helpers';

describe('미리 보기의 용어 표시 (markdown-it plugin for the built-in preview)', () => {
  const md = new MarkdownIt({ html: true }).use(termPlugin, bundledSnapshot);
  const loyalty = bundledSnapshot().glossary.terms.get('loyalty');

  it('본문의 용어는 정의를 title로 가진 span이 되고, 조사는 밖에 남는다', () => {
    const html = md.render('로열티는 중요하다');
    assert.equal(html, `<p><span class="crm-notes-term" title="로열티 (${loyalty?.english}): ${md.utils.escapeHtml(loyalty?.definition ?? '')}">로열티</span>는 중요하다</p>\n`);
  });
  it('코드, 인라인 코드, HTML, 링크 주소, 이미지 속에는 없다', () => {
    const html = md.render('```\n로열티\n```\n\n`로열티` <b title="로열티">x</b> [링크](https://x.y/로열티) ![로열티](a.png)');
    assert.doesNotMatch(html, /crm-notes-term/);
  });
  it('링크 글자와 제목, 목록, 표의 용어는 표시한다', () => {
    const html = md.render('# 고객만족\n\n- 우량고객\n\n| 특징 |\n|---|\n| 고객이탈 |\n\n[로열티](https://x.y)');
    assert.equal((html.match(/crm-notes-term/g) ?? []).length, 4);
  });
  it('정의 속 HTML과 따옴표는 이스케이프한다', () => {
    const hostile = new MarkdownIt().use(termPlugin, () => {
      const snapshot = bundledSnapshot();
      const terms = new Map(snapshot.glossary.terms);
      const base = terms.get('loyalty');
      assert.ok(base);
      terms.set('loyalty', { ...base, definition: '"><img src=x onerror=alert(1)> & <b>' });
      return { ...snapshot, glossary: Object.assign(Object.create(Object.getPrototypeOf(snapshot.glossary) as object), snapshot.glossary, { terms }) };
    });
    const html = hostile.render('로열티');
    assert.doesNotMatch(html, /<img|<b>/);
    assert.match(html, /&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt; &amp; &lt;b&gt;/);
  });
});
