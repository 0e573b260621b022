import fc from 'fast-check';
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractHeadings, headingsOfFullParse } from '../../src/core/notes/headings';
import { Note } from '../../src/core/notes/note';
import { type NoteStore, WorkspaceIndex, readNote } from '../../src/core/notes/workspace';
import { LineIndex } from '../../src/core/text/lines';
import { bundledSnapshot, indexOf } from './helpers';

const root = path.resolve(__dirname, '..', '..', '..');
const encoder = new TextEncoder();

/** An in-memory store: what the workspace index sees of a folder. */
function memoryStore(files: Record<string, string | Uint8Array | 'fifo'>): NoteStore & { files: typeof files } {
  return {
    files,
    list: async () => Object.keys(files),
    stat: async (file) => {
      const value = files[file];
      if (value === undefined) {
        return undefined;
      }
      if (value === 'fifo') {
        return { size: 0, isFile: false };
      }
      return { size: typeof value === 'string' ? encoder.encode(value).length : value.length, isFile: true };
    },
    read: async (file) => {
      const value = files[file];
      if (value === undefined || value === 'fifo') {
        throw new Error(`read of ${file}: a FIFO or a missing file must never be read`);
      }
      return typeof value === 'string' ? encoder.encode(value) : value;
    },
  };
}

describe('노트 파이프라인 (Note: text → regions → occurrences)', () => {
  const index = indexOf('로열티', '고객만족', '우량고객');

  it('출현마다 줄, UTF-16 열, 원문 글자 (이모지와 보조 평면 글자 뒤에서도)', () => {
    const note = new Note('# 제목\n🙂 𝐀 로열티는 `고객만족` 밖의 우량고객을', index);
    assert.deepEqual(
      note.occurrences.map((o) => [o.id, o.line, o.start, o.end, o.text]),
      [
        ['로열티', 1, 6, 9, '로열티'],
        ['우량고객', 1, 21, 25, '우량고객'],
      ],
    );
  });
  it('NFD 노트의 범위는 NFD 글자 그대로', () => {
    const text = '고객만족은 중요하다'.normalize('NFD');
    const [o] = new Note(text, index).occurrences;
    assert.equal(o?.id, '고객만족');
    assert.equal(o?.text, '\u1100\u1169\u1100\u1162\u11a8\u1106\u1161\u11ab\u110c\u1169\u11a8');
    assert.deepEqual([o?.start, o?.end], [0, 11], '고객만족 in NFD is eleven jamo');
  });
  it('호버 자리의 용어는 전체 스캔과 같다, 코드 블록 안에서는 없다', () => {
    const note = new Note('로열티는\n```\n로열티\n```\n우량고객을', index);
    assert.equal(note.termAtPosition(0, 1)?.id, '로열티');
    assert.equal(note.termAtPosition(2, 1), undefined);
    assert.deepEqual([note.termAtPosition(4, 2)?.line, note.termAtPosition(4, 2)?.start], [4, 0]);
  });
  it('너무 큰 노트는 UTF-8 바이트로 센다 (한글 한 자는 3바이트)', () => {
    const text = '가'.repeat(400); // 400 UTF-16 units, 1,200 bytes
    assert.equal(new Note(text, index, { maxBytes: 1000 }).refused, 'tooLarge');
    assert.equal(new Note(text, index, { maxBytes: 1200 }).refused, undefined);
    assert.deepEqual(new Note(text, index, { maxBytes: 1000 }).occurrences, []);
  });
  it('NUL이 있으면 바이너리로 보고 읽지 않는다', () => {
    assert.equal(new Note('로열티\u0000', index).refused, 'binary');
  });
  it('긴 줄에 띄어쓰기가 없어도 호버는 스캔이 찾는 모든 자리를 찾는다', () => {
    const text = '로열티,고객만족,'.repeat(400);
    const note = new Note(text, index);
    const positions = note.occurrences;
    assert.equal(positions.length, 800);
    const missed = positions.filter((o) => note.termAt(o.offset + 1)?.offset !== o.offset);
    assert.deepEqual(missed.map((o) => o.offset), []);
  });
});

describe('노트의 경계 (Note: limits, refusals, lines, note text, sections)', () => {
  const index = indexOf('로열티', '고객만족', '우량고객');
  const visited = (note: Note): unknown[][] => {
    const out: unknown[][] = [];
    note.forEachOccurrence((...fields) => out.push(fields));
    return out;
  };

  it('크기 한도는 바이트로, 한도와 같으면 읽는다 (ASCII 1,000자, 한글 333자 + a)', () => {
    const limits = { maxBytes: 1000 };
    const texts = ['a'.repeat(1001), 'a'.repeat(1000), `${'가'.repeat(333)}a`, `${'가'.repeat(333)}ab`];
    assert.deepEqual(texts.map((t) => new Note(t, index, limits).refused), ['tooLarge', undefined, undefined, 'tooLarge']);
  });

  it('NUL은 처음 8 KB 안에서만 바이너리로 본다', () => {
    assert.equal(new Note(`${'a'.repeat(8191)}\u0000`, index).refused, 'binary');
    assert.equal(new Note(`${'a'.repeat(8192)}\u0000`, index).refused, undefined);
  });

  it('읽지 않는 노트에는 블록도 제목도 출현도 호버도 없다', () => {
    const note = new Note('# 로열티\n```\nx\n```\n로열티\u0000', index);
    assert.equal(note.refused, 'binary');
    assert.deepEqual([note.blocks, note.headings, visited(note), note.isNoteText(0), note.termAt(2)], [[], [], [], false, undefined]);
  });

  it('빈 줄과 CRLF를 건너 줄을 센다; 출현을 한 번 모은 뒤에도 forEachOccurrence는 같은 값', () => {
    const note = new Note('로열티\r\n\r\n\r\n 고객만족은\n우량고객', index);
    const expected = [
      ['로열티', 0, 0, 3, 0, 3, [], 'headword'],
      ['고객만족', 3, 1, 5, 10, 14, [], 'headword'],
      ['우량고객', 4, 0, 4, 16, 20, [], 'headword'],
    ];
    assert.deepEqual(visited(note), expected);
    assert.deepEqual(note.occurrences.map((o) => [o.id, o.line, o.start, o.end, o.offset, o.endOffset, o.alternatives, o.via]), expected);
    assert.deepEqual(note.occurrences.map((o) => o.text), ['로열티', '고객만족', '우량고객']);
    assert.deepEqual(visited(note), expected);
  });

  it('isNoteText와 termAt: 인라인 코드, 울타리 코드 블록, 범위 밖은 노트 글이 아니다', () => {
    const note = new Note('로열티 `로열티`\n```\n로열티\n```\n끝', index);
    const offsets = [-1, 0, 3, 4, 5, 12, 14, 19, 20, 22, 23];
    assert.deepEqual(offsets.map((o) => note.isNoteText(o)), [false, true, true, false, false, false, false, false, false, true, false]);
    assert.deepEqual([note.termAt(15), note.termAt(5), note.termAt(1)?.offset], [undefined, undefined, 0]);
  });

  it('sectionContext: 제목부터 다음 제목 앞까지 접은 글, 위 제목 경로(맨 위 제목은 빼고) 앞에', () => {
    const note = new Note('서문\n# 과목\n## 장 가\n### 절 나\n본문 다\n## 장 라\n본문 마\n#### 깊은 곳\n끝', index);
    assert.deepEqual([0, 1, 2, 3, 4, 5, 6, 7, 8].map((line) => note.sectionContext(line)), [
      '서문',
      '#과목',
      '##장가',
      '장가###절나본문다',
      '장가###절나본문다',
      '##장라본문마',
      '##장라본문마',
      '장라####깊은곳끝',
      '장라####깊은곳끝',
    ]);
  });
});

describe('줄 번호 (LineIndex)', () => {
  it('LF, CRLF, CR만 있는 파일 모두 VS Code처럼 줄을 센다', () => {
    assert.equal(new LineIndex('a\nb\nc').lineCount, 3);
    assert.equal(new LineIndex('a\r\nb\r\nc').lineCount, 3);
    assert.equal(new LineIndex('a\rb\rc').lineCount, 3);
    assert.deepEqual(new LineIndex('가\r나다\r라').position(5), { line: 2, column: 0 });
    assert.deepEqual(new LineIndex('가\r\n나').position(1), { line: 0, column: 1 });
  });
});

describe('노트의 제목 (headings from markdown-it tokens)', () => {
  it('한국어 제목: 대괄호, 줄표, 번호, 제N장, Ch.2, 강조', () => {
    const text = ['# [고객관계관리] 고객로열티 전략 - 고객만족', '', '## 1. 고객과의 관계 맺기', '### 제3장 **고객 가치**', '#### Ch.2 `CRM` 개요', '본문'].join('\n');
    assert.deepEqual(extractHeadings(text), [
      { title: '[고객관계관리] 고객로열티 전략 - 고객만족', level: 1, line: 0 },
      { title: '1. 고객과의 관계 맺기', level: 2, line: 2 },
      { title: '제3장 고객 가치', level: 3, line: 3 },
      { title: 'Ch.2 CRM 개요', level: 4, line: 4 },
    ]);
  });
  it('setext 제목은 제목이고, 코드 블록과 front matter 속 #은 제목이 아니다', () => {
    const text = ['---', 'title: 로열티', '---', '고객 유지', '=====', '', '```', '# 코드 속 주석', '```', '', '    # 들여쓴 코드', '', '- 항목', '---', '관계 단계', '-----'].join('\n');
    assert.deepEqual(extractHeadings(text), [
      { title: '고객 유지', level: 1, line: 3 },
      { title: '관계 단계', level: 2, line: 14 },
    ]);
  });
  it('뼈대만 읽은 제목이 노트 전체를 읽은 제목과 같다 (말뭉치 전부)', () => {
    const dirs = [path.join(root, 'test', 'fixtures', 'engine', 'corpus'), path.join(root, 'media', 'samples')];
    let count = 0;
    for (const dir of dirs) {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        const expected = headingsOfFullParse(text);
        assert.deepEqual(extractHeadings(text), expected, file);
        count += expected.length;
      }
    }
    assert.ok(count > 500, `only ${count} headings in the corpus`);
  });
  it('울타리 코드와 # 제목만 있는 노트(빠른 길)도 markdown-it 전체 읽기와 같다', () => {
    const cases = [
      '```js\n# 코드 속 주석\n```\n# 고객로열티',
      '~~~\n```\n# 아님\n~~~\n## 고객만족',
      '````\n```\n# 아님\n````\n## 고객가치',
      '``` `인라인` ```\n# 제목이다',
      '```\n# 닫히지 않은 코드',
      '```\n# 아님\n``` 정보\n# 여전히 코드\n```\n# 밖',
      '# 제목 ###\n##붙여 쓴 것은 제목 아님\n#\n# C#\n   ### 셋 #  \n    # 들여쓴 코드\n####### 일곱 개',
      '---\n\n# 구분선 뒤\n\n***\n## 별 구분선 뒤',
      '# **굵은** [링크](http://x) `코드` 제목 #\n\n  ~~~\n  # 들여쓴 울타리 속\n  ~~~\n#\t탭 제목',
    ];
    for (const text of cases) {
      assert.deepEqual(extractHeadings(text), headingsOfFullParse(text), text);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom('# 고객', '## 로열티 ##', '```', '~~~', '````', '``` py', '본문 줄', '', '   # 셋', '    # 넷', '---', '- 항목', '> # 인용'), { maxLength: 30 }), (lines) => {
        const text = lines.join('\n');
        assert.deepEqual(extractHeadings(text), headingsOfFullParse(text), JSON.stringify(text));
      }),
      { numRuns: 500, seed: 16 },
    );
  });
});

describe('작업 영역 색인 (WorkspaceIndex over a NoteStore)', () => {
  const { index } = bundledSnapshot();

  it('노트마다 출현, 제목, 해시; 용어가 나오는 노트와 자리', async () => {
    const store = memoryStore({
      '/ws/a.md': '# 로열티\n로열티는 고객만족에서 나온다.',
      '/ws/b.md': '## 이탈\n고객이탈을 막는 로열티가 중요하다',
    });
    const ws = new WorkspaceIndex(index);
    const report = await ws.indexAll(store);
    assert.equal(report.notes, 2);
    assert.deepEqual(ws.headings('/ws/a.md'), [{ title: '로열티', level: 1, line: 0 }]);
    const loyalty = ws.mentions('loyalty');
    assert.deepEqual(loyalty.map((m) => [m.file, m.line, m.start, m.end]), [
      ['/ws/a.md', 0, 2, 5],
      ['/ws/a.md', 1, 0, 3],
      ['/ws/b.md', 1, 9, 12],
    ]);
    assert.equal(ws.noteCount('loyalty'), 2);
    assert.equal(ws.termsIn('/ws/a.md').get('loyalty'), 2);
  });
  it('바뀐 노트 하나만 다시 읽고, 같은 글이면 아무것도 하지 않는다', async () => {
    const ws = new WorkspaceIndex(index);
    await ws.indexAll(memoryStore({ '/ws/a.md': '로열티', '/ws/b.md': '고객만족' }));
    const changed: string[][] = [];
    ws.onDidChange((files) => changed.push([...files]));
    assert.equal(ws.update('/ws/a.md', '로열티'), false);
    assert.equal(ws.update('/ws/a.md', '로열티와 고객만족'), true);
    assert.deepEqual(changed, [['/ws/a.md']]);
    assert.equal(ws.noteCount('customer-satisfaction'), 2);
  });
  it('추가, 삭제, 이름 바꾸기', async () => {
    const store = memoryStore({ '/ws/a.md': '로열티' });
    const ws = new WorkspaceIndex(index);
    await ws.indexAll(store);
    store.files['/ws/new.md'] = '로열티 두 번째';
    assert.equal(await ws.refresh(store, '/ws/new.md'), true);
    assert.equal(ws.noteCount('loyalty'), 2);
    assert.equal(ws.rename('/ws/new.md', '/ws/moved.md'), true);
    assert.deepEqual(ws.mentions('loyalty').map((m) => m.file), ['/ws/a.md', '/ws/moved.md']);
    assert.equal(ws.remove('/ws/a.md'), true);
    assert.deepEqual(ws.files(), ['/ws/moved.md']);
    assert.deepEqual(ws.mentions('loyalty').map((m) => m.file), ['/ws/moved.md'], 'the term → notes table follows the removal');
    ws.update('/ws/moved.md', '고객만족만 남았다');
    assert.equal(ws.noteCount('loyalty'), 0);
    assert.equal(ws.noteCount('customer-satisfaction'), 1);
    delete store.files['/ws/moved.md'];
    assert.equal(await ws.refresh(store, '/ws/moved.md'), true, 'a deleted note is removed on refresh');
    assert.equal(ws.has('/ws/moved.md'), false);
  });
  it('늦게 끝난 읽기가 그 사이의 삭제를 되돌리지 않는다', async () => {
    const store = memoryStore({ '/ws/a.md': '로열티' });
    const ws = new WorkspaceIndex(index);
    await ws.indexAll(store);
    let release: () => void = () => undefined;
    const slow: NoteStore = { ...store, read: async (file) => (await new Promise<void>((r) => (release = r)), store.read(file)) };
    const reading = ws.refresh(slow, '/ws/a.md');
    await new Promise((r) => setImmediate(r));
    ws.remove('/ws/a.md');
    release();
    assert.equal(await reading, false);
    assert.equal(ws.has('/ws/a.md'), false);
  });
  it('FIFO는 읽지 않고, 큰 노트와 바이너리는 이유와 함께 건너뛰며 나머지는 계속한다', async () => {
    const store = memoryStore({
      '/ws/pipe.md': 'fifo',
      '/ws/big.md': '가'.repeat(2000),
      '/ws/bin.md': new Uint8Array([0x41, 0x00, 0x42]),
      '/ws/ok.md': '로열티',
    });
    const ws = new WorkspaceIndex(index, { maxBytes: 1000, maxTotalBytes: 1 << 20 });
    const report = await ws.indexAll(store);
    assert.deepEqual(report.skipped, [
      { file: '/ws/big.md', reason: 'tooLarge' },
      { file: '/ws/bin.md', reason: 'binary' },
      { file: '/ws/pipe.md', reason: 'notAFile' },
    ]);
    assert.deepEqual(ws.files(), ['/ws/ok.md']);
  });
  it('전체 크기 상한을 넘으면 거기서 멈추고 그렇다고 알린다', async () => {
    const store = memoryStore({ '/ws/1.md': '로열티'.repeat(100), '/ws/2.md': '로열티'.repeat(100), '/ws/3.md': '로열티' });
    const ws = new WorkspaceIndex(index, { maxBytes: 10_000, maxTotalBytes: 1000 });
    const report = await ws.indexAll(store);
    assert.equal(report.capped, true);
    assert.deepEqual(ws.files(), ['/ws/1.md']);
    assert.deepEqual(report.skipped.map((s) => s.reason), ['workspaceCap', 'workspaceCap']);
  });
});

describe('작업 영역 색인의 세부 (WorkspaceIndex: term table upkeep, queries, reads)', () => {
  const index = indexOf('로열티', '고객만족', '우량고객');
  const files = (ws: WorkspaceIndex, id: string): string[] => ws.mentions(id).map((m) => m.file);

  it('용어 → 노트 표를 만든 뒤에도 추가·변경·삭제·이름 바꾸기가 정렬과 중복 없음을 지킨다', async () => {
    const ws = new WorkspaceIndex(index);
    await ws.indexAll(memoryStore({ '/d.md': '로열티', '/b.md': '로열티와 로열티' }));
    assert.deepEqual(files(ws, '로열티'), ['/b.md', '/b.md', '/d.md']);
    ws.update('/c.md', '로열티');
    ws.update('/a.md', '로열티');
    assert.deepEqual(files(ws, '로열티'), ['/a.md', '/b.md', '/b.md', '/c.md', '/d.md']);
    assert.equal(ws.update('/c.md', '고객만족'), true);
    assert.deepEqual([files(ws, '로열티'), files(ws, '고객만족')], [['/a.md', '/b.md', '/b.md', '/d.md'], ['/c.md']]);
    assert.equal(ws.rename('/d.md', '/a0.md'), true);
    assert.deepEqual(files(ws, '로열티'), ['/a.md', '/a0.md', '/b.md', '/b.md']);
    assert.equal(ws.rename('/a.md', '/b.md'), true);
    assert.deepEqual(files(ws, '로열티'), ['/a0.md', '/b.md']);
    assert.deepEqual([ws.noteCount('로열티'), ws.noteCount('고객만족'), ws.files()], [2, 1, ['/a0.md', '/b.md', '/c.md']]);
    assert.equal(ws.rename('/none.md', '/x.md'), false);
    assert.equal(ws.remove('/none.md'), false);
  });

  it('노트별 용어 수, 전체 언급 수, 모르는 노트와 용어는 빈 답', async () => {
    const ws = new WorkspaceIndex(index);
    await ws.indexAll(memoryStore({ '/a.md': '로열티 고객만족 로열티', '/b.md': '우량고객\n로열티' }));
    assert.deepEqual([...ws.termsIn('/a.md')], [['로열티', 2], ['고객만족', 1]]);
    assert.deepEqual([...ws.mentionCounts()].sort(), [['고객만족', 1], ['로열티', 3], ['우량고객', 1]]);
    assert.deepEqual(ws.mentions('로열티').map((m) => [m.id, m.file, m.line, m.start, m.end]), [
      ['로열티', '/a.md', 0, 0, 3],
      ['로열티', '/a.md', 0, 9, 12],
      ['로열티', '/b.md', 1, 0, 3],
    ]);
    assert.deepEqual([[...ws.termsIn('/x.md')], ws.mentions('없음'), ws.noteCount('없음'), ws.headings('/x.md'), ws.hashOf('/x.md')], [[], [], 0, [], undefined]);
  });

  it('해시, front matter의 chapter:, 크기; 같은 글은 같은 해시', async () => {
    const ws = new WorkspaceIndex(index);
    await ws.indexAll(memoryStore({ '/a.md': '---\nchapter: ch04\n---\n# 로열티', '/b.md': '로열티', '/c.md': '로열티' }));
    assert.deepEqual([ws.frontMatterChapter('/a.md'), ws.frontMatterChapter('/b.md'), ws.size], ['ch04', undefined, 3]);
    assert.equal(ws.hashOf('/b.md'), ws.hashOf('/c.md'));
    assert.notEqual(ws.hashOf('/a.md'), ws.hashOf('/b.md'));
    assert.deepEqual(ws.headings('/a.md'), [{ title: '로열티', level: 1, line: 3 }]);
  });

  it('indexAll: 진행을 파일마다 알리고, 바뀐 파일 목록으로 한 번 알리고, 바이트를 더한다; 해지한 청취자는 듣지 않는다', async () => {
    const ws = new WorkspaceIndex(index);
    const events: string[][] = [];
    const listener = ws.onDidChange((changed) => events.push([...changed]));
    const progress: Array<[number, number]> = [];
    const report = await ws.indexAll(memoryStore({ '/b.md': '로열티', '/a.md': '가나' }), undefined, (done, total) => progress.push([done, total]));
    assert.deepEqual(progress, [[0, 2], [1, 2]]);
    assert.deepEqual(events, [['/a.md', '/b.md']]);
    assert.deepEqual(report, { notes: 2, bytes: 15, skipped: [], capped: false });
    listener.dispose();
    ws.update('/a.md', '다른 글');
    assert.deepEqual(events, [['/a.md', '/b.md']]);
  });

  it('새 indexAll이 시작되면 먼저 시작한 것은 멈추고, 새것의 결과가 남는다', async () => {
    const ws = new WorkspaceIndex(index);
    let release: () => void = () => undefined;
    const first = memoryStore({ '/old.md': '로열티' });
    const slow: NoteStore = { ...first, read: async (file) => (await new Promise<void>((r) => (release = r)), first.read(file)) };
    const stale = ws.indexAll(slow);
    await new Promise((r) => setImmediate(r));
    await ws.indexAll(memoryStore({ '/new.md': '고객만족' }));
    release();
    assert.deepEqual((await stale).notes, 1);
    assert.deepEqual(ws.files(), ['/new.md']);
  });

  it('update: 바이너리가 된 노트는 빠지고, 없던 노트라면 바뀐 것이 없다', () => {
    const ws = new WorkspaceIndex(index);
    assert.equal(ws.update('/a.md', '로열티'), true);
    assert.equal(ws.update('/a.md', '로열티\u0000'), true);
    assert.equal(ws.has('/a.md'), false);
    assert.equal(ws.update('/b.md', '\u0000'), false);
  });

  it('readNote: stat과 read의 실패, 파일 아님, 크기(같으면 읽는다), UTF-16, BOM', async () => {
    const limits = { maxBytes: 4 };
    const fail = async (): Promise<never> => {
      throw new Error('EACCES');
    };
    const store = memoryStore({ '/ok.md': 'abcd', '/big.md': 'abcde', '/pipe.md': 'fifo', '/utf16.md': new Uint8Array([0xff, 0xfe, 0x41, 0x00]), '/bom.md': new Uint8Array([0xef, 0xbb, 0xbf, 0x41]) });
    const results = await Promise.all(['/ok.md', '/big.md', '/pipe.md', '/utf16.md', '/bom.md', '/missing.md'].map((f) => readNote(store, f, limits)));
    assert.deepEqual(results, [{ text: 'abcd', bytes: 4 }, { reason: 'tooLarge' }, { reason: 'notAFile' }, { reason: 'binary' }, { text: 'A', bytes: 4 }, { reason: 'unreadable' }]);
    assert.deepEqual(await readNote({ ...store, stat: fail }, '/ok.md', limits), { reason: 'unreadable' });
    assert.deepEqual(await readNote({ ...store, read: fail }, '/ok.md', limits), { reason: 'unreadable' });
    // A file that grew between stat and read is still refused by its bytes.
    assert.deepEqual(await readNote({ ...store, stat: async () => ({ size: 1, isFile: true }) }, '/big.md', limits), { reason: 'tooLarge' });
  });
});

describe('적대적인 노트도 선형 시간에 (hostile notes, in a child process with a hard timeout)', () => {
  /** Runs `code` (with `scan` = the bundled matcher's scan) in a fresh Node; fails on timeout or crash. */
  function runBounded(code: string, timeoutMs = 10_000): string {
    const helpers = path.join(root, 'out', 'test', 'unit', 'notes.test.js');
    const script = `for (const k of ['describe','it','before','after','beforeEach','afterEach']) globalThis[k] = () => undefined; const m = require(${JSON.stringify(helpers)}); const out = m.__child((scan) => { ${code} }); process.stdout.write(String(out));`;
    const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 24 });
    assert.equal(result.error, undefined, `timed out or failed: ${String(result.error)}`);
    assert.equal(result.status, 0, result.stderr.slice(0, 500));
    return result.stdout;
  }
  it('길이가 모두 다른 백틱 1,400개가 한 줄에 (2 MB)', () => {
    const out = runBounded("let s=''; for (let i=1;i<=1400;i++) s += '`'.repeat(i) + ' 로열티 '; return scan(s).length;");
    assert.ok(Number(out) > 0);
  });
  it('띄어쓰기 없이 붙은 용어 2,900개 한 줄 (합성어 재귀 없이)', () => {
    assert.equal(runBounded("return scan('로열티고객만족'.repeat(3000)).length;"), '6000');
  });
  it('인라인 코드 15만 개', () => {
    assert.equal(runBounded("return scan('`x` 로열티 '.repeat(150000)).length;"), '150000');
  });
  it('닫히지 않은 HTML 태그 시작 10만 개', () => {
    assert.equal(runBounded("return scan('<a 로열티\\n'.repeat(100000)).length;"), '100000');
  });
});

/** Entry point for the child processes above: the bundled index's scan. */
export function __child(fn: (scan: (text: string) => unknown[]) => unknown): unknown {
  const { index } = bundledSnapshot();
  return fn((text) => index.scan(text));
}
