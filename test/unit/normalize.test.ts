import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeForMatching } from '../../src/core/text/normalize';
import { LineIndex } from '../../src/core/text/lines';
import { decodeText } from '../../src/core/text/decode';
import { indexOf } from './helpers';

/** Strings built from the characters that normalisation changes, mixed with plain Korean. */
const messyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('로열티', '고객', '만족', ' ', '\n', '\r\n', '는', '을', 'CRM', '🙂', 'é'),
      fc.constantFrom('\u200b', '\ufeff', '\u00a0', '\u3000', 'Ｃ', 'Ｒ', 'Ｍ', '２', '：', 'e\u0301'),
      fc.constantFrom(...'로열티고객만족'.normalize('NFD').split('')),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

/** What matching makes of the characters in `messyText` that are not kept as they are. */
const FOLDED: Readonly<Record<string, string>> = { '\uff23': 'C', '\uff32': 'R', '\uff2d': 'M', '\uff12': '2', '\uff1a': ':', '\u00a0': ' ', '\u3000': ' ' };

describe('정규화와 원문 위치 (normalisation keeps original offsets)', () => {
  it('NFD 자모는 음절로 합치고 원래 범위를 기억한다', () => {
    const nfd = '만족'.normalize('NFD');
    const n = normalizeForMatching(nfd);
    assert.equal(n.text, '만족');
    assert.equal(n.originalStart(0), 0);
    assert.equal(n.originalEnd(1), 6, '만족 in NFD is six jamo: ㅁㅏㄴ ㅈㅗㄱ');
  });

  it('전각 ASCII는 ASCII로, NBSP·U+3000은 공백으로, 폭 없는 글자·BOM·소프트 하이픈은 빠지고, 글자마다 원문 범위가 남는다', () => {
    const cases: Array<[string, string, Array<[number, number]>]> = [
      ['\uff23\uff32\uff2d\u00a0고객', 'CRM 고객', [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5], [5, 6]]],
      ['고\u200b객\u3000만족', '고객 만족', [[0, 1], [2, 3], [3, 4], [4, 5], [5, 6]]],
      ['2\uff1a8법칙\ufeff', '2:8법칙', [[0, 1], [1, 2], [2, 3], [3, 4], [4, 5]]],
      ['e\u0301가', '\u00e9가', [[0, 2], [2, 3]]],
      ['\u1106\u1161\u11ab\u110c\u1169\u11a8도', '만족도', [[0, 3], [3, 6], [6, 7]]],
      ['소\u00ad프트', '소프트', [[0, 1], [2, 3], [3, 4]]],
    ];
    for (const [input, text, ranges] of cases) {
      const n = normalizeForMatching(input);
      assert.equal(n.text, text, JSON.stringify(input));
      assert.deepEqual([...n.text].map((_, i) => [n.originalStart(i), n.originalEnd(i)]), ranges, JSON.stringify(input));
    }
  });

  it('속성: 정규화된 글자마다 원문 범위가 겹치지 않고 차례대로이며 원문 안에 있다', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const n = normalizeForMatching(text);
        let previous = { start: 0, end: 0 };
        for (let i = 0; i < n.text.length; i++) {
          const current = { start: n.originalStart(i), end: n.originalEnd(i) };
          assert.ok(current.start >= 0 && current.start < current.end && current.end <= text.length, `char ${i} in range`);
          const sameRun = current.start === previous.start && current.end === previous.end;
          assert.ok(sameRun || current.start >= previous.end, `char ${i} after char ${i - 1}`);
          previous = current;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('속성: 정규화된 글자의 원문 조각을 NFC로 바꾸면 같은 글자가 된다 (공백·전각·폭없음 제외)', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        const n = normalizeForMatching(text);
        for (let i = 0; i < n.text.length; i++) {
          const piece = text.slice(n.originalStart(i), n.originalEnd(i)).normalize('NFC');
          const ch = n.text[i] as string;
          const folded = [...piece].map((c) => FOLDED[c] ?? c).join('');
          assert.ok(folded.includes(ch) || ch.length === 0, `${JSON.stringify(piece)} → ${JSON.stringify(ch)}`);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('속성: 찾은 용어의 원문 범위를 정규화하면 그 용어가 된다', () => {
    const index = indexOf('로열티', '고객', '고객만족', { id: 'crm', term: 'CRM', aliases: [] });
    fc.assert(
      fc.property(messyText, (text) => {
        for (const match of index.scan(text, { markdown: false })) {
          const slice = normalizeForMatching(text.slice(match.start, match.end)).text.replace(/ /g, '');
          const expected = match.id === 'crm' ? 'CRM' : match.id;
          assert.equal(slice, expected, JSON.stringify(text));
          assert.ok(!/[\udc00-\udfff]/.test(text[match.start] ?? ''), 'never starts inside a surrogate pair');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('줄·열 변환은 UTF-16 기준이고 CRLF의 CR은 그 줄에 속한다', () => {
    const lines = new LineIndex('a\r\n🙂로열티\n');
    assert.deepEqual(lines.position(3), { line: 1, column: 0 });
    assert.deepEqual(lines.position(5), { line: 1, column: 2 });
    assert.deepEqual(lines.position(2), { line: 0, column: 2 });
  });
});

describe('파일 바이트 읽기 (decodeText)', () => {
  const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
  it('UTF-8 BOM은 버린다', () => {
    const decoded = decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('고객')]), { strict: true, maxBytes: 100 });
    assert.deepEqual(decoded, { ok: true, text: '고객' });
  });
  it('UTF-16, 바이너리, 너무 큰 파일, 잘못된 UTF-8은 이유와 함께 거절', () => {
    assert.equal((decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xac]), { strict: true, maxBytes: 100 }) as { code: string }).code, 'file.utf16');
    assert.equal((decodeText(new Uint8Array([0x41, 0x00, 0x42]), { strict: false, maxBytes: 100 }) as { code: string }).code, 'file.binary');
    assert.equal((decodeText(utf8('x'.repeat(101)), { strict: false, maxBytes: 100 }) as { code: string }).code, 'file.tooLarge');
    const bad = decodeText(new Uint8Array([0x41, 0xc3, 0x28]), { strict: true, maxBytes: 100 });
    assert.deepEqual(bad, { ok: false, code: 'file.invalidUtf8', args: [1] });
  });
  it('노트는 느슨하게: 잘못된 UTF-8은 U+FFFD로', () => {
    const decoded = decodeText(new Uint8Array([0x41, 0xc3, 0x28]), { strict: false, maxBytes: 100 });
    assert.deepEqual(decoded, { ok: true, text: 'A\ufffd(' });
  });
});
