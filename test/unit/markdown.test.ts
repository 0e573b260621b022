import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { blockRegions, maskMarkdown } from '../../src/core/text/markdown';
import { found, indexOf } from './helpers';

describe('노트에서 용어로 보지 않는 곳 (markdown exclusions)', () => {
  const index = indexOf('로열티', '고객');

  it('fenced 코드 블록(``` ~~~), 들여쓴 fence도', () => {
    const text = '로열티\n```\n로열티\n```\n  ~~~md\n고객\n  ~~~\n고객';
    assert.deepEqual(found(index, text), [['로열티', '로열티'], ['고객', '고객']]);
  });
  it('닫히지 않은 fence는 문서 끝까지', () => {
    assert.deepEqual(found(index, '고객\n```\n로열티'), [['고객', '고객']]);
  });
  it('front matter는 맨 위에 있을 때만', () => {
    assert.deepEqual(found(index, '---\ntitle: 로열티\n---\n고객'), [['고객', '고객']]);
    assert.deepEqual(found(index, '고객\n---\n로열티\n---'), [['고객', '고객'], ['로열티', '로열티']]);
  });
  it('인라인 코드, 링크 주소, 참조 정의, HTML 태그와 주석, 자동 링크, 맨 URL', () => {
    const text = [
      '`로열티` ``고객 `로열티` ``',
      '[고객](https://example.com/로열티 "로열티")',
      '![로열티](img/고객.png)',
      '[ref]: https://example.com/로열티',
      '<span title="로열티">고객</span> <!-- 로열티 -->',
      '<https://example.com/고객> https://example.com/로열티',
    ].join('\n');
    assert.deepEqual(found(index, text), [['고객', '고객'], ['로열티', '로열티'], ['고객', '고객']]);
  });
  it('마스킹은 길이와 줄바꿈을 그대로 둔다', () => {
    const text = '---\na: 1\n---\n`x`\r\n```\ny\n```\n';
    const masked = maskMarkdown(text);
    assert.equal(masked.length, text.length);
    assert.deepEqual([...masked].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0), [...text].map((c, i) => (c === '\n' || c === '\r' ? i : -1)).filter((i) => i >= 0));
  });
  it('적대적인 마크다운도 빨리 끝난다 (백틱 수천 개, 닫히지 않은 괄호)', () => {
    const hostile = `${'`'.repeat(5000)}로열티${'](('.repeat(5000)}\n${'<a'.repeat(5000)}`;
    const started = process.hrtime.bigint();
    maskMarkdown(hostile);
    assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2000);
  });

  it('속성: markdown-it이 코드로 보는 글자에서는 용어를 찾지 않는다', () => {
    const md = new MarkdownIt();
    const piece = fc.constantFrom('로열티', '고객', ' ', '\n', '`', '```\n', '\n```\n', '~~~\n', '[', '](', ')', '- ', '# ', '<b>', '</b>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const tokens = md.parse(text, {});
        const codeLines = new Set<number>();
        for (const token of tokens) {
          if (token.type === 'fence' && token.map !== null) {
            for (let line = token.map[0] + 1; line < token.map[1] - 1; line++) {
              codeLines.add(line);
            }
          }
        }
        const lineOf = (offset: number): number => text.slice(0, offset).split('\n').length - 1;
        for (const match of index.scan(text)) {
          assert.ok(!codeLines.has(lineOf(match.start)), `match inside a fence: ${JSON.stringify(text)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('blockRegions는 코드와 front matter만 돌려준다', () => {
    const text = '---\nx\n---\n본문\n```\n코드\n```\n';
    const regions = blockRegions(text);
    assert.deepEqual(regions.map((r) => text.slice(r.start, r.end)), ['---\nx\n---', '```\n코드\n```']);
  });
});
