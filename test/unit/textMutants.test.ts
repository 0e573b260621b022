// Text details that the mutation run over src/core/text found untested (docs/mutation.md): what
// reaches a terminal (escapes, column widths), how file bytes become text or a reason to refuse
// them, the exact regions markdown skipping gives, and the exact normalised text and offset map.
// Every fixture is written here, so each test shows the rule it pins.
import * as assert from 'node:assert/strict';
import { message } from '../../src/core/messages';
import { TermIndex } from '../../src/core/matcher';
import { type Decoded, decodeText } from '../../src/core/text/decode';
import { utf8Length } from '../../src/core/text/hash';
import { type Region, blockRegions, frontMatterEnd, inRegions, inlineRegions, maskMarkdown, maskRegions, noteRegions } from '../../src/core/text/markdown';
import { type NormalizedText, normalizeForMatching, normalizeWord } from '../../src/core/text/normalize';
import { displayWidth, padDisplay, visible, visibleJson } from '../../src/core/text/terminal';

/** File bytes from numbers (bytes) and strings (UTF-8). */
const bytesOf = (...parts: Array<number | string>): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'number' ? [p] : [...new TextEncoder().encode(p)])));
const note = (...parts: Array<number | string>): Decoded => decodeText(bytesOf(...parts), { strict: false, maxBytes: 1000 });
const glossaryFile = (...parts: Array<number | string>): Decoded => decodeText(bytesOf(...parts), { strict: true, maxBytes: 1000 });
/** What the CLI and the extension say about a refused file, in Korean. */
const said = (decoded: Decoded): string => (decoded.ok ? `ok: ${decoded.text}` : message('ko', decoded.code, ...decoded.args));

/** The text of each region, for assertions that read like the note. */
const pieces = (text: string, regions: readonly Region[]): string[] => regions.map((r) => text.slice(r.start, r.end));
const at = (start: number, end: number): Region => ({ start, end });

/** `[start, end)` in the original of each normalised UTF-16 unit. */
const ranges = (n: NormalizedText): Array<[number, number]> => [...Array(n.text.length).keys()].map((i) => [n.originalStart(i), n.originalEnd(i)]);
const NFD_MANJOK = '\u1106\u1161\u11ab\u110c\u1169\u11a8'; // 만족 as macOS writes it

describe('터미널로 나가는 글자 (terminal: escapes, widths, padding)', () => {
  it('visible: ESC·BEL·줄바꿈·DEL·C1·bidi는 \\u{…}로 보이고 탭과 한글은 그대로', () => {
    assert.equal(visible('로열티\u001b]0;hacked\u0007'), '로열티\\u{1b}]0;hacked\\u{7}');
    assert.equal(visible('고객\t만족\n\r\u0000\u0008\u000b\u001f\u007f\u0085\u009f'), '고객\t만족\\u{a}\\u{d}\\u{0}\\u{8}\\u{b}\\u{1f}\\u{7f}\\u{85}\\u{9f}');
    assert.equal(visible('\u202e객고\u202c \u2066고객\u2069 \u202a'), '\\u{202e}객고\\u{202c} \\u{2066}고객\\u{2069} \\u{202a}');
    assert.equal(visible('고객 만족 CRM ~ \u00a0\u2065\u206a'), '고객 만족 CRM ~ \u00a0\u2065\u206a');
  });

  it('visibleJson: JSON이 이미 막은 C0는 두고 DEL·C1·bidi만 \\uXXXX 네 자리로', () => {
    const plain = JSON.stringify({ term: '로열티', file: '노트/1장.md' });
    assert.equal(visibleJson(plain), plain);
    assert.equal(visibleJson(JSON.stringify('고객\u0085\u202e만족\u007f')), '"고객\\u0085\\u202e만족\\u007f"');
    assert.equal(visibleJson('\u2069'), '\\u2069', 'a string that is nothing but one override');
    assert.equal(visibleJson('\u009b2J'), '\\u009b2J', 'C1 CSI, which would clear the screen');
  });

  it('displayWidth: 한글·한자·전각·이모지는 두 칸, 범위 바로 밖은 한 칸 (코드 포인트 단위)', () => {
    const cases: Array<[number, number]> = [
      [0x41, 1], [0x10ff, 1], [0x1100, 2], [0x115f, 2], [0x1160, 1],
      [0x2e7f, 1], [0x2e80, 2], [0xa4cf, 2], [0xa4d0, 1],
      [0xabff, 1], [0xac00, 2], [0xd7a3, 2], [0xd7a4, 1],
      [0xf8ff, 1], [0xf900, 2], [0xfaff, 2], [0xfb00, 1],
      [0xfe2f, 1], [0xfe30, 2], [0xfe4f, 2], [0xfe50, 1],
      [0xfeff, 1], [0xff00, 2], [0xff60, 2], [0xff61, 1],
      [0xffdf, 1], [0xffe0, 2], [0xffe6, 2], [0xffe7, 1],
      [0x1f2ff, 1], [0x1f300, 2], [0x1f642, 2],
    ];
    assert.deepEqual(cases.map(([code]) => [code, displayWidth(String.fromCodePoint(code))]), cases);
    assert.equal(displayWidth('고객 CRM 🙂'), 2 + 2 + 1 + 3 + 1 + 2);
    assert.equal(displayWidth(''), 0);
  });

  it('padDisplay: 화면 칸으로 채우고, 이미 넓은 글은 자르지도 채우지도 않는다', () => {
    assert.equal(padDisplay('고객', 6), '고객  ');
    assert.equal(padDisplay('CRM', 5), 'CRM  ');
    assert.equal(padDisplay('로열티 프로그램', 4), '로열티 프로그램');
    assert.equal(padDisplay('고객', 4), '고객');
  });
});

describe('파일 바이트를 글로 (decodeText: UTF-16, BOM, binary, invalid UTF-8)', () => {
  it('UTF-16 BOM은 두 바이트만 있어도, LE든 BE든 알아본다', () => {
    assert.deepEqual(note(0xff, 0xfe), { ok: false, code: 'file.utf16', args: [] });
    assert.deepEqual(note(0xfe, 0xff, 0x00, 0x41), { ok: false, code: 'file.utf16', args: [] });
    assert.equal(said(note(0xff, 0xfe, 0x00, 0xac)), 'UTF-16으로 저장된 파일입니다. UTF-8로 저장하세요.');
  });

  it('BOM의 한쪽 바이트만 맞으면 UTF-16이 아니라 깨진 UTF-8 노트', () => {
    assert.deepEqual(note(0xff, 'A'), { ok: true, text: '\ufffdA' });
    assert.deepEqual(note('A', 0xff), { ok: true, text: 'A\ufffd' });
    assert.deepEqual(note(0xfe, 'A'), { ok: true, text: '\ufffdA' });
    assert.deepEqual(note('A', 0xfe), { ok: true, text: 'A\ufffd' });
  });

  it('NUL 바이트는 앞 8,192바이트 안에서만 바이너리의 증거', () => {
    const late = new Uint8Array(9000).fill(0x61);
    late[8192] = 0;
    const decoded = decodeText(late, { strict: true, maxBytes: 10_000 });
    assert.ok(decoded.ok);
    assert.equal(decoded.text.length, 9000);
    assert.equal(decoded.text.indexOf('\u0000'), 8192);
    const early = new Uint8Array(9000).fill(0x61);
    early[8191] = 0;
    assert.deepEqual(decodeText(early, { strict: false, maxBytes: 10_000 }), { ok: false, code: 'file.binary', args: [] });
    assert.equal(said(note('고객', 0x00, '로열티')), '텍스트가 아닌(바이너리) 파일입니다.');
  });

  it('UTF-8 BOM은 세 바이트가 다 맞을 때만, 하나만 버린다', () => {
    assert.deepEqual(note(0xef, 0xbb, 0xbf), { ok: true, text: '' });
    assert.deepEqual(note('AB', 0xbf), { ok: true, text: 'AB\ufffd' });
    assert.deepEqual(note('A', 0xbb, 0xbf), { ok: true, text: 'A\ufffd\ufffd' });
    assert.deepEqual(note(0xef, 'A', 0xbf), { ok: true, text: '\ufffdA\ufffd' });
    assert.deepEqual(note(0xef, 0xbb, 'A'), { ok: true, text: '\ufffdA' });
    assert.deepEqual(note(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, '고객'), { ok: true, text: '\ufeff고객' }, 'a second BOM is text');
  });

  it('엄격(용어집): 잘못된 바이트의 위치는 파일 기준, BOM이 있어도', () => {
    assert.deepEqual(glossaryFile(0x80, '고객'), { ok: false, code: 'file.invalidUtf8', args: [0] });
    assert.deepEqual(glossaryFile(0xef, 0xbb, 0xbf, 'A', 0xc3, 0x28), { ok: false, code: 'file.invalidUtf8', args: [4] });
    assert.equal(said(glossaryFile(0xef, 0xbb, 0xbf, 'A', 0xc3, 0x28)), 'UTF-8로 읽을 수 없는 바이트가 있습니다 (위치 4).');
    assert.deepEqual(glossaryFile('A', 0x80), { ok: false, code: 'file.invalidUtf8', args: [1] });
  });

  it('엄격: 2·3·4바이트 글자는 첫 바이트 범위의 양 끝과 코드 포인트의 양 끝까지 받아들인다', () => {
    const valid = ['\u0080', '©', 'é', '\u07ca', '\u07ff', '\u0800', 'ก', '고객', '\ud7a3', '\ue000', '＃～￦', '\uffff', '🙂', '\u{10000}', '\u{10fffd}', '\u{10ffff}'];
    for (const text of valid) {
      assert.deepEqual(glossaryFile('[', text, ']'), { ok: true, text: `[${text}]` }, JSON.stringify(text));
    }
  });

  it('엄격: 이어지는 바이트를 첫 바이트로, 범위 밖 첫 바이트, 과잉 길이, 서로게이트, U+10FFFF 너머는 거절', () => {
    const refused: Array<[string, number[]]> = [
      ['continuation as a 2-byte lead', [0x82, 0x80]],
      ['continuation as a 3-byte lead', [0x81, 0x80, 0x80]],
      ['continuation as a 4-byte lead', [0x81, 0x90, 0x80, 0x80]],
      ['0xc1 lead', [0xc1, 0xbf]],
      ['0xf5 lead', [0xf5, 0x80, 0x80, 0x80]],
      ['0xf8 lead', [0xf8, 0x90, 0x80, 0x80]],
      ['overlong 3 bytes', [0xe0, 0x80, 0x80]],
      ['overlong 4 bytes', [0xf0, 0x80, 0x80, 0x80]],
      ['U+D800', [0xed, 0xa0, 0x80]],
      ['U+DFFF', [0xed, 0xbf, 0xbf]],
      ['U+110000', [0xf4, 0x90, 0x80, 0x80]],
      ['truncated at the end', [0xea, 0xb3]],
      ['ASCII where a continuation byte belongs', [0xea, 0x41, 0x80]],
    ];
    for (const [why, bad] of refused) {
      assert.deepEqual(glossaryFile('고', ...bad, '객'), { ok: false, code: 'file.invalidUtf8', args: [3] }, why);
    }
    assert.deepEqual(glossaryFile('고객', 0xea, 0xb3), { ok: false, code: 'file.invalidUtf8', args: [6] }, 'truncated at the very end');
  });
});

describe('UTF-8 바이트 수 (utf8Length)', () => {
  it('1·2·3·4바이트의 경계, 서로게이트 쌍과 짝 없는 서로게이트 (TextEncoder와 같다)', () => {
    const cases: Array<[string, number]> = [
      ['\u007f', 1], ['\u0080', 2], ['é', 2], ['\u07ff', 2], ['\u0800', 3], ['고객', 6],
      ['🙂', 4], ['a🙂b', 6], ['\u{10000}', 4], ['\u{10ffff}', 4],
      ['가\udc00', 6], ['\udc00\udc00', 6], ['\ue000\udc00', 6], ['\ud800가', 6], ['\ud800a', 4], ['\ud800', 3], ['🙂\ud800', 7],
    ];
    assert.deepEqual(cases.map(([text]) => [text, utf8Length(text)]), cases);
    for (const [text, length] of cases) {
      assert.equal(new TextEncoder().encode(text).length, length, JSON.stringify(text));
    }
  });
});

describe('마크다운에서 용어로 보지 않는 곳의 정확한 범위 (markdown regions, exact)', () => {
  it('front matter가 없으면 블록은 코드 fence뿐 (빈 영역 없이)', () => {
    const text = '고객\n```\n로열티\n```\n만족';
    assert.deepEqual(blockRegions(text), [at(3, 14)]);
    assert.deepEqual(blockRegions('고객 로열티'), []);
  });

  it('HTML 주석: 닫히면 --> 까지, 안 닫히면 노트 끝까지', () => {
    const text = '고객 <!-- 로열티 --> 만족\n<!-- 메모';
    assert.deepEqual(blockRegions(text), [at(3, 15), at(19, 26)]);
    assert.deepEqual(pieces(text, blockRegions(text)), ['<!-- 로열티 -->', '<!-- 메모']);
    const earlier = '고객 -->\n<!-- 메모 -->\n로열티';
    assert.deepEqual(pieces(earlier, blockRegions(earlier)), ['<!-- 메모 -->']);
  });

  it('<!-->와 <!--->는 그 자리에서 끝나는 빈 주석 (뒤의 노트를 가리지 않는다)', () => {
    const text = '<!--> 고객\n<!---> 로열티';
    assert.deepEqual(blockRegions(text), [at(0, 5), at(9, 15)]);
    assert.equal(maskMarkdown(text), '      고객\n       로열티');
  });

  it('백틱이 든 ``` 줄은 fence가 아니라 인라인 코드, ~~~ fence의 정보 문자열에는 백틱이 있어도 된다', () => {
    const inline = '```고객``` 로열티\n만족';
    assert.deepEqual(blockRegions(inline), []);
    assert.deepEqual(noteRegions(inline), [at(0, 8)]);
    const tilde = '~~~ `md`\n로열티\n~~~\n고객';
    assert.deepEqual(blockRegions(tilde), [at(0, 16)]);
    assert.equal(maskMarkdown(tilde), '        \n   \n   \n고객');
  });

  it('front matter: 여는 줄 뒤 공백, BOM, 노트 전체인 짧은 front matter', () => {
    assert.equal(frontMatterEnd('--- \n제목: 로열티\n---\n고객'), 16);
    assert.equal(frontMatterEnd('\ufeff---\n제목: 로열티\n---\n고객'), 16);
    assert.deepEqual(blockRegions('\ufeff---\n제목: 로열티\n---\n고객'), [at(0, 16)]);
    assert.equal(frontMatterEnd('---\n고객\n---'), 10);
    assert.equal(frontMatterEnd('---\n제목: 고객\n...\n로열티'), 14);
  });

  it('front matter는 줄 전체가 --- 나 ... 인 줄에서 닫힌다 (줄 끝의 ---, ----로 시작하는 줄은 아님)', () => {
    const trailing = '---\n설명: 고객 ---\n---\n로열티';
    assert.equal(frontMatterEnd(trailing), 18);
    const longer = '---\n제목: 로열티\n---- 아님\n---\n고객';
    assert.equal(frontMatterEnd(longer), 23);
    assert.equal(maskMarkdown(longer).slice(23), '\n고객');
  });

  it('인라인 코드: 같은 길이의 백틱이 닫고, 줄마다 따로, 안 닫히면 없고, 줄을 넘지 않는다', () => {
    const spans = '`고객` ``로열티 ` 만족`` 끝';
    assert.deepEqual(pieces(spans, noteRegions(spans)), ['`고객`', '``로열티 ` 만족``']);
    assert.deepEqual(noteRegions(spans), [at(0, 4), at(5, 17)]);
    assert.deepEqual(noteRegions('`고객`\n`로열티`'), [at(0, 4), at(5, 10)]);
    assert.deepEqual(noteRegions('고객 `로열티'), []);
    assert.deepEqual(noteRegions('고객 `로열티` ``만족`'), [at(3, 8)]);
    assert.deepEqual(noteRegions('`고객\n로열티`'), []);
  });

  it('링크 주소: 괄호 짝과 백슬래시 이스케이프까지, 그 안의 URL을 다시 세지 않는다', () => {
    const link = '[고객](https://a.kr) 로열티';
    assert.deepEqual(noteRegions(link), [at(5, 18)]);
    const nested = '[고객](https://ko.wikipedia.org/wiki/CRM_(경영)) 로열티';
    assert.deepEqual(pieces(nested, noteRegions(nested)), ['https://ko.wikipedia.org/wiki/CRM_(경영))']);
    const escaped = '[고객](노트\\)1) 로열티';
    assert.deepEqual(pieces(escaped, noteRegions(escaped)), ['노트\\)1)']);
    const unclosed = '![로열티](img/고객.png 만족';
    assert.deepEqual(pieces(unclosed, noteRegions(unclosed)), ['img/고객.png 만족']);
  });

  it('HTML 태그는 같은 줄의 > 까지, 줄 안에서 안 닫히면 태그가 아니다', () => {
    const tags = '<span title="로열티">고객</span>';
    assert.deepEqual(pieces(tags, noteRegions(tags)), ['<span title="로열티">', '</span>']);
    assert.deepEqual(noteRegions('<b 고객\n로열티>'), []);
    assert.deepEqual(noteRegions('고객 <b 로열티'), []);
  });

  it('참조 정의: 레이블은 노트 글, ]: 뒤부터 줄 끝까지는 아니다 (들여써도, 주소가 :로 시작해도)', () => {
    const indented = '  [고객]: https://a.kr/로열티 "제목"';
    assert.deepEqual(noteRegions(indented), [at(7, 29)]);
    const colon = '[참고]: :고객 로열티';
    assert.deepEqual(noteRegions(colon), [at(5, 13)]);
    const url = 'https://a.kr 고객';
    assert.deepEqual(noteRegions(url), [at(0, 12)]);
  });

  it('창(window)으로 자른 inlineRegions는 창 밖의 글자로 영역을 닫거나 늘이지 않는다', () => {
    assert.deepEqual(inlineRegions('`고객` 로열티', 0, 3), []);
    assert.deepEqual(inlineRegions('`고객``', 0, 4), [at(0, 4)]);
    assert.deepEqual(inlineRegions('```고객', 0, 1), []);
    assert.deepEqual(inlineRegions('고객 https://a.kr', 0, 3), []);
    assert.deepEqual(inlineRegions('[고객](a.kr) 로열티', 0, 9), [at(5, 9)]);
    assert.deepEqual(inlineRegions('[고객](a.kr) 로열티', 0), [at(5, 10)]);
  });

  it('inRegions는 반열린 구간, maskRegions는 창 밖 영역을 건너뛴다', () => {
    const regions = [at(3, 5), at(8, 9)];
    assert.deepEqual([2, 3, 4, 5, 7, 8, 9].map((offset) => inRegions(regions, offset)), [false, true, true, false, false, true, false]);
    assert.equal(maskRegions('고객 로열티', [], 0, 2), '고객');
    assert.equal(maskRegions('고객 로열티', [], 3), '로열티');
    const text = '`고객` 로열티 `만족`';
    assert.equal(maskRegions(text, [at(0, 4), at(9, 13)], 5, 13), '로열티     ');
    assert.equal(maskRegions(text, [at(0, 4), at(9, 13)], 0, 7), '     로열');
  });

  it('한국어 노트 한 편: 용어로 보지 않는 곳이 정확히 가려진다', () => {
    const text = [
      '---',
      '제목: 고객 관리',
      '---',
      '# 1장 고객 `CRM`',
      '<!-- 메모: 로열티 -->',
      '- [고객 생애 가치](https://a.kr/로열티_(정의)) 참고',
      '~~~',
      '로열티',
      '~~~',
      '[정의]: https://b.kr/고객',
      '끝 <b>고객</b>',
    ].join('\n');
    assert.deepEqual(pieces(text, noteRegions(text)), [
      '---\n제목: 고객 관리\n---',
      '`CRM`',
      '<!-- 메모: 로열티 -->',
      'https://a.kr/로열티_(정의))',
      '~~~\n로열티\n~~~',
      ' https://b.kr/고객',
      '<b>',
      '</b>',
    ]);
    const masked = maskMarkdown(text);
    assert.equal(masked.length, text.length);
    assert.deepEqual(masked.split('\n').map((line) => line.replace(/ +/g, ' ').trim()), ['', '', '', '# 1장 고객', '', '- [고객 생애 가치]( 참고', '', '', '', '[정의]:', '끝 고객']);
  });
});

describe('정규화와 원문 위치의 세부 (normalizeForMatching, exact)', () => {
  it('창(from, to)은 창 밖 글자를 읽지 않는다: 자모, 받침, 결합 부호', () => {
    assert.equal(normalizeForMatching('CRM고객', 0, 3).text, 'CRM');
    const cut1 = normalizeForMatching(NFD_MANJOK, 0, 1);
    assert.equal(cut1.text, '\u1106');
    assert.deepEqual(ranges(cut1), [[0, 1]]);
    const cut2 = normalizeForMatching(NFD_MANJOK, 0, 2);
    assert.equal(cut2.text, '마');
    assert.deepEqual(ranges(cut2), [[0, 2]]);
    const open = normalizeForMatching('\u00a0마\u11ab', 0, 2);
    assert.equal(open.text, ' 마');
    assert.deepEqual(ranges(open), [[0, 1], [1, 2]]);
    const mark = normalizeForMatching('\u00a0e\u0301', 0, 2);
    assert.equal(mark.text, ' e');
    assert.deepEqual(ranges(mark), [[0, 1], [1, 2]]);
  });

  it('끝 너머의 위치는 창의 끝 (to)', () => {
    const n = normalizeForMatching('고객\u00a0만족 끝', 2, 5);
    assert.equal(n.text, ' 만족');
    assert.deepEqual(ranges(n), [[2, 3], [3, 4], [4, 5]]);
    assert.equal(n.originalStart(3), 5);
    assert.equal(n.originalEnd(3), 5);
    const plain = normalizeForMatching('고객 만족', 3, 5);
    assert.deepEqual([plain.text, plain.originalStart(0), plain.originalEnd(1)], ['만족', 3, 5]);
  });

  it('NFD 자모: ᄒ(U+1112)과 ᇂ(U+11C2) 끝까지 음절로', () => {
    const member = normalizeForMatching('회원'.normalize('NFD'));
    assert.equal(member.text, '회원');
    assert.deepEqual(ranges(member), [[0, 2], [2, 5]]);
    const good = normalizeForMatching('좋은'.normalize('NFD'));
    assert.equal(good.text, '좋은');
    assert.deepEqual(ranges(good), [[0, 3], [3, 6]]);
  });

  it('완성형 열린 음절 + 받침 자모: ᆨ(U+11A8)부터 ᇂ(U+11C2)까지', () => {
    const n = normalizeForMatching('마\u11ab족');
    assert.equal(n.text, '만족');
    assert.deepEqual(ranges(n), [[0, 2], [2, 3]]);
    assert.equal(normalizeForMatching('가\u11a8').text, '각');
    assert.equal(normalizeForMatching('조\u11c2').text, '좋');
  });

  it('폭 없는 글자(ZWNJ, ZWJ, WJ)는 빠지고 여러 공백 문자는 한 칸 공백', () => {
    const zero = normalizeForMatching('고\u200c객\u200d만\u2060족');
    assert.equal(zero.text, '고객만족');
    assert.deepEqual(ranges(zero), [[0, 1], [2, 3], [4, 5], [6, 7]]);
    const spaces = normalizeForMatching('고객\u202f만족\u205f로열티\u2000CRM\u2009관리\u200a끝');
    assert.equal(spaces.text, '고객 만족 로열티 CRM 관리 끝');
    assert.equal(spaces.text.length, '고객\u202f만족\u205f로열티\u2000CRM\u2009관리\u200a끝'.length);
  });

  it('전각 ASCII는 ！(U+FF01)부터 ～(U+FF5E)까지만, ￦(U+FFE6)은 그대로', () => {
    assert.equal(normalizeForMatching('고객！').text, '고객!');
    assert.equal(normalizeForMatching('3～5장').text, '3~5장');
    assert.equal(normalizeForMatching('가격\u00a0￦1,000').text, '가격 ￦1,000');
  });

  it('결합 부호는 U+0300부터 U+036F까지 앞 글자에 붙는다', () => {
    const grave = normalizeForMatching('e\u0300고객');
    assert.equal(grave.text, 'è고객');
    assert.deepEqual(ranges(grave), [[0, 2], [2, 3], [3, 4]]);
    const last = normalizeForMatching('a\u036f');
    assert.equal(last.text, 'a\u036f');
    assert.deepEqual(ranges(last), [[0, 2], [0, 2]]);
  });

  it('NFC가 길게 만드는 결합 부호 (U+0344 → U+0308 U+0301) 40개도 하나도 잃지 않는다', () => {
    const input = `x${'\u0344'.repeat(40)}`;
    const n = normalizeForMatching(input);
    assert.equal(n.text, input.normalize('NFC'));
    assert.equal(n.text.length, 80);
    assert.ok(ranges(n).every(([start, end]) => start === 0 && end === 41));
  });

  it('8,192자가 넘는 정규화 결과도 조각 사이에 아무것도 끼지 않는다', () => {
    const n = normalizeForMatching('고객\u00a0'.repeat(3000));
    assert.equal(n.text, '고객 '.repeat(3000));
  });

  it('같은 글자는 창의 다른 곳에 손볼 글자가 있든 없든 똑같이 정규화된다 (Å U+212B, 〈 U+2329)', () => {
    for (const ch of ['\u212b', '\u2329', '\u0958']) {
      assert.equal(normalizeForMatching(`${ch}\u00a0`).text, `${normalizeForMatching(ch).text} `, JSON.stringify(ch));
    }
  });

  it('한자 호환 문자(한국어 IME가 음으로 고르는 金 U+F90A 등)는 용어집 키처럼 NFC로', () => {
    const n = normalizeForMatching('\uf90a融 고객');
    assert.equal(n.text, '\u91d1融 고객');
    assert.deepEqual(ranges(n), [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]);
    assert.equal(normalizeForMatching('\uf900').text, '\u8c48');
    const wide = normalizeForMatching('\ufa6c고객');
    assert.equal(wide.text, '\u{242ee}고객');
    assert.deepEqual(ranges(wide), [[0, 1], [0, 1], [1, 2], [2, 3]]);
    const many = normalizeForMatching('\ufa6c'.repeat(40));
    assert.equal(many.text, '\u{242ee}'.repeat(40));
    assert.equal(normalizeForMatching('\uf8ff\ufb00\u00a0').text, '\uf8ff\ufb00 ');
    const index = TermIndex.build([{ id: '금융', term: '\uf90a融', aliases: [] }]);
    for (const text of ['\uf90a融 시장', '\u91d1融 시장']) {
      assert.deepEqual(index.scan(text, { markdown: false }).map((m) => [text.slice(m.start, m.end), m.id]), [[text.slice(0, 2), '금융']], JSON.stringify(text));
    }
  });

  it('normalizeWord: 공백 여러 개와 NBSP는 한 칸, 앞뒤 공백은 없앤다', () => {
    assert.equal(normalizeWord('고객  만족'), '고객 만족');
    assert.equal(normalizeWord(' 고객\u00a0만족\u3000'), '고객 만족');
    assert.equal(normalizeWord('고객\t\n로열티'), '고객 로열티');
  });
});
