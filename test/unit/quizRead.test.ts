import * as assert from 'node:assert/strict';
import { HOLE, STRONG_CLOSE, STRONG_OPEN, plain, readBlocks } from '../../src/core/quiz/read';

describe('퀴즈가 읽는 노트 (readBlocks)', () => {
  it('머리말은 건너뛰되 줄 번호는 그대로, 제목의 굵은 표시는 빼고 본문의 코드·HTML은 HOLE', () => {
    const text = [
      '---', 'title: 제목', '---',
      '# 제목 **굵게**', '',
      '본문 `코드` 과<br>줄\\', '다음 ![그림](a.png) <span>x</span>', '',
      '> 인용 문단', '',
      '- [x] 할 일', '  이어짐', '', '  둘째 문단', '  - 하위',
      '1. 번호', '',
      '| 가 | 나 |', '|---|---|', '| **다** | 라<br>마 |', '',
      '#', '', '***', '',
      '    들여 쓴 코드', '', '```', '펜스 코드', '```', '<div>', 'HTML 블록', '</div>',
    ].join('\n');
    assert.deepEqual(readBlocks(text), [
      { kind: 'heading', line: 3, level: 1, text: '제목 굵게' },
      { kind: 'paragraph', line: 5, lines: [{ text: `본문 ${HOLE} 과 줄`, line: 5 }, { text: `다음 그림 ${HOLE}x${HOLE}`, line: 6 }] },
      { kind: 'paragraph', line: 8, lines: [{ text: '인용 문단', line: 8 }] },
      {
        kind: 'list', line: 10, ordered: false,
        items: [{
          line: 10,
          lines: [{ text: '할 일', line: 10 }, { text: '이어짐', line: 11 }, { text: '둘째 문단', line: 13 }],
          children: [{ kind: 'list', line: 14, ordered: false, items: [{ line: 14, lines: [{ text: '하위', line: 14 }], children: [] }] }],
        }],
      },
      { kind: 'list', line: 15, ordered: true, items: [{ line: 15, lines: [{ text: '번호', line: 15 }], children: [] }] },
      { kind: 'table', line: 17, header: ['가', '나'], rows: [{ line: 19, cells: [`${STRONG_OPEN}다${STRONG_CLOSE}`, '라 마'] }] },
    ]);
  });
  it('제목 줄 수준, 머리글만 있는 표, 빈 항목, 할 일 상자만 있는 항목', () => {
    assert.deepEqual(readBlocks('### 셋째 수준\n\n| 가 | 나 |\n|---|---|\n'), [
      { kind: 'heading', line: 0, level: 3, text: '셋째 수준' },
      { kind: 'table', line: 2, header: ['가', '나'], rows: [] },
    ]);
    assert.deepEqual(readBlocks('- \n- [ ] \n- [X] 끝낸 일'), [
      { kind: 'list', line: 0, ordered: false, items: [{ line: 0, lines: [], children: [] }, { line: 1, lines: [{ text: '[ ]', line: 1 }], children: [] }, { line: 2, lines: [{ text: '끝낸 일', line: 2 }], children: [] }] },
    ]);
  });
  it('항목 안의 첫 문단 뒤에 온 블록은 자식, 그 뒤의 문단도 자식', () => {
    const [list] = readBlocks('- 첫 문단\n  - 하위\n\n  뒤 문단\n');
    assert.equal(list?.kind, 'list');
    const item = list?.kind === 'list' ? list.items[0] : undefined;
    assert.deepEqual(item?.lines, [{ text: '첫 문단', line: 0 }]);
    assert.deepEqual(item?.children.map((b) => b.kind), ['list', 'paragraph']);
  });
  it('CRLF 노트와 머리말이 없는 노트', () => {
    assert.deepEqual(readBlocks('## 제목\r\n본문\r\n'), [
      { kind: 'heading', line: 0, level: 2, text: '제목' },
      { kind: 'paragraph', line: 1, lines: [{ text: '본문', line: 1 }] },
    ]);
    assert.deepEqual(readBlocks(''), []);
  });
  it('plain: 굵은 글씨 표시만 뺀다', () => {
    assert.equal(plain(`${STRONG_OPEN}로열티${STRONG_CLOSE}: ${HOLE}`), `로열티: ${HOLE}`);
  });
});
