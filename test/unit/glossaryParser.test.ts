// The extension's glossary parser runs in a worker thread with a time budget. It needs no VS Code
// (its vscode import is types only), so it is checked here against the built worker.
import * as assert from 'node:assert/strict';
import path from 'node:path';
import { GlossaryParser } from '../../src/features/glossaryParser';

const root = path.resolve(__dirname, '..', '..', '..');
const encoder = new TextEncoder();

describe('용어집 파서 작업 스레드 (glossary parsing off the main thread)', () => {
  it('작업 스레드에서 파싱한 결과는 같은 항목과 진단', async () => {
    const parser = new GlossaryParser(root);
    try {
      const parsed = await parser.parse(encoder.encode('{ "formatVersion": 1, "terms": [ { "id": "study-group", "term": "스터디모임", "definition": "함께 공부하는 모임." }, { "id": "Bad Id" } ] }'), 'user.json', 'user');
      assert.equal(parsed.ok, true);
      assert.deepEqual(parsed.terms.map((t) => t.id), ['study-group']);
      assert.deepEqual(parsed.diagnostics.map((d) => [d.code, d.layer]), [['entry.badId', 'user']]);
      assert.equal(parsed.terms[0]?.fieldSpans.get('term')?.line, 0, 'spans survive the thread boundary');
    } finally {
      parser.dispose();
    }
  });

  it('시간 한도를 넘기면 그 파일은 이유와 함께 거절되고, 다음 파일은 다시 파싱된다', async () => {
    const parser = new GlossaryParser(root, 1);
    try {
      const terms = Array.from({ length: 20_000 }, (_v, i) => `{ "id": "t${i}", "term": "용어${i}", "definition": "정의 ${i}", "aliases": ["별칭${i}가", "별칭${i}나"] }`).join(',');
      const slow = await parser.parse(encoder.encode(`{ "formatVersion": 1, "terms": [${terms}] }`), 'big.json', 'workspace');
      assert.equal(slow.ok, false);
      assert.deepEqual(slow.diagnostics.map((d) => d.code), ['file.timeout']);
    } finally {
      parser.dispose();
    }
    const again = new GlossaryParser(root);
    try {
      assert.equal((await again.parse(encoder.encode('{ "formatVersion": 1, "terms": [] }'), 'ok.json', 'user')).ok, true);
    } finally {
      again.dispose();
    }
  });
});
