import * as assert from 'node:assert/strict';
import { type ReviewData, parseReviews, serializeReviews } from '../../src/core/review/file';
import { Scheduler } from '../../src/core/review/schedule';
import { type GradeRequest, type ReviewFiles, ReviewStore, ReviewStoreError, type StoreNotice, formatNotice } from '../../src/core/review/store';

const NOW = new Date('2025-03-03T00:00:00.000Z');
const scheduler = new Scheduler({ utcOffsetMinutes: 540 });

/** A stand-in for a tick of real I/O, so operations of two stores interleave as they would. */
const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The review file in memory, with hooks for the faults a disk has. */
class MemoryFiles implements ReviewFiles {
  text: string | undefined;
  readonly aside = new Map<string, string | undefined>();
  reads = 0;
  writes = 0;
  failWrites = 0;
  failReads = 0;
  failMoves = 0;
  /** Runs after each read has taken its copy: another window writing "between our read and write". */
  afterRead: ((n: number) => void) | undefined;

  constructor(text?: string) {
    this.text = text;
  }

  async read(): Promise<string | undefined> {
    await tick();
    if (this.failReads > 0) {
      this.failReads--;
      throw new Error('EACCES: permission denied');
    }
    const text = this.text;
    this.reads++;
    this.afterRead?.(this.reads);
    return text;
  }

  async writeAtomic(text: string): Promise<void> {
    await tick();
    if (this.failWrites > 0) {
      this.failWrites--;
      throw new Error('ENOSPC: no space left on device');
    }
    this.text = text;
    this.writes++;
  }

  async moveAside(suffix: string): Promise<string> {
    await tick();
    if (this.failMoves > 0) {
      this.failMoves--;
      throw new Error('EPERM: operation not permitted');
    }
    let name = `reviews.json.${suffix}`;
    for (let n = 2; this.aside.has(name); n++) {
      name = `reviews.json.${suffix}-${n}`;
    }
    this.aside.set(name, this.text);
    this.text = undefined;
    return name;
  }

  /** What is on disk now. */
  data(): ReviewData {
    const parsed = parseReviews(this.text ?? '');
    assert.equal(parsed.kind, 'ok', String(this.text));
    return (parsed as Extract<typeof parsed, { kind: 'ok' }>).data;
  }
}

function request(cardId: string, rating: GradeRequest['rating'] = 3, minutes = 0): GradeRequest {
  return { cardId, rating, now: new Date(NOW.getTime() + minutes * 60_000) };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  assert.fail('expected a rejection');
}

describe('복습 기록 저장소 (ReviewStore)', () => {
  it('파일이 없으면 빈 기록으로 시작하고, 첫 채점에 파일을 만든다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    await store.load(NOW);
    assert.equal(store.data.cards.size, 0);
    const result = await store.grade({ ...request('a'), anchor: '로열티란 …', file: 'notes/1장.md' });
    assert.equal(result.from, 'new');
    assert.equal(files.data().cards.get('a')?.file, 'notes/1장.md');
    assert.deepEqual(files.data().log, [{ card: 'a', rating: 3, at: NOW.toISOString() }]);
  });
  it('grade는 그 채점이 담긴 쓰기가 끝난 뒤에야 끝난다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    const done = store.grade(request('a')).then(() => files.data().cards.has('a'));
    assert.equal(files.text, undefined);
    assert.equal(await done, true);
  });
  it('동시에 20번 채점해도 모두 저장되고, 같은 카드의 채점은 부른 순서대로 쌓인다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    const grades = Array.from({ length: 20 }, (_, i) => store.grade(request(i % 2 === 0 ? 'same' : `card${i}`, 3, i)));
    const results = await Promise.all(grades);
    const disk = files.data();
    assert.equal(disk.log.length, 20);
    assert.equal(disk.cards.get('same')?.reps, 10);
    assert.deepEqual(results.filter((_, i) => i % 2 === 0).map((r) => r.state.reps), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    assert.ok(files.writes < 20, `grades given together share writes (${files.writes})`);
  });
  it('다른 창이 우리의 읽기와 쓰기 사이에 저장해도 그 창의 채점을 잃지 않는다', async () => {
    const files = new MemoryFiles();
    const other = new ReviewStore(new MemoryFiles(), scheduler);
    await other.grade(request('theirs', 4));
    const theirs = serializeReviews(other.data);
    files.afterRead = (n) => {
      if (n === 1) {
        files.text = theirs;
      }
    };
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('ours', 3, 1));
    const disk = files.data();
    assert.deepEqual([...disk.cards.keys()].sort(), ['ours', 'theirs']);
    assert.equal(disk.log.length, 2);
  });
  it('두 창이 같은 파일에 번갈아 채점해도 확인된 채점은 모두 남는다', async () => {
    const files = new MemoryFiles();
    const a = new ReviewStore(files, scheduler);
    const b = new ReviewStore(files, scheduler);
    const all: Promise<unknown>[] = [];
    for (let i = 0; i < 10; i++) {
      all.push(a.grade(request(`a${i}`, 3, i)));
      await tick();
      all.push(b.grade(request(`b${i}`, 2, i)));
      await tick();
    }
    await Promise.all(all);
    // A save can land in the instant between the other's last read and its write; the grades it
    // held live on in that window and come back with its next save.
    await a.sync(NOW);
    await b.sync(NOW);
    await a.sync(NOW);
    const disk = files.data();
    assert.equal(disk.log.length, 20);
    assert.equal(disk.cards.size, 20);
  });
  it('세 창이 무작위로 엇갈려 저장해도, 파일이 바뀐 뒤 창마다 sync 한 번이면 확인된 채점이 모두 파일에 있다', async () => {
    let seed = 7;
    const random = (): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const jitter = async (): Promise<void> => {
      for (let n = Math.floor(random() * 4); n > 0; n--) {
        await tick();
      }
    };
    class JitteryFiles extends MemoryFiles {
      override async read(): Promise<string | undefined> {
        await jitter();
        return super.read();
      }
      override async writeAtomic(text: string): Promise<void> {
        await jitter();
        return super.writeAtomic(text);
      }
    }
    for (let run = 0; run < 60; run++) {
      const files = new JitteryFiles();
      const windows = [0, 1, 2].map(() => new ReviewStore(files, scheduler));
      const acknowledged: string[] = [];
      const all: Promise<unknown>[] = [];
      for (let i = 0; i < 12; i++) {
        all.push((windows[i % 3] as ReviewStore).grade(request(`c${i}`, 3, i)).then(() => acknowledged.push(`c${i}`)));
        await jitter();
      }
      await Promise.all(all);
      for (const window of windows) {
        await window.sync(NOW);
      }
      assert.deepEqual([...files.data().cards.keys()].sort(), [...acknowledged].sort(), `run ${run}`);
    }
  });
  it('같은 카드를 두 창에서 채점하면 마지막 복습이 늦은 쪽 상태가 남고 로그는 둘 다 남는다', async () => {
    const files = new MemoryFiles();
    const a = new ReviewStore(files, scheduler);
    const b = new ReviewStore(files, scheduler);
    await a.grade(request('x', 3, 0));
    await b.grade(request('x', 1, 5));
    await a.sync(NOW);
    const disk = files.data();
    assert.equal(disk.cards.get('x')?.lastReview, new Date(NOW.getTime() + 5 * 60_000).toISOString());
    assert.equal(disk.cards.get('x')?.reps, 2, 'b graded on top of what a had saved');
    assert.deepEqual(disk.log.map((e) => e.rating), [3, 1]);
  });
  it('쓰기가 실패하면 그 채점은 거부되고, 다음 채점은 되며, 이미 확인된 채점은 남는다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('kept', 3, 0));
    files.failWrites = 1;
    const error = await rejection(store.grade(request('lost', 3, 1)));
    assert.ok(error instanceof ReviewStoreError && error.code === 'reviews.writeFailed', String(error));
    assert.match(formatNotice(error, 'ko'), /저장하지 못했습니다: ENOSPC/);
    assert.equal(store.state('lost'), undefined, 'a grade that was not saved is not in memory either');
    await store.grade(request('next', 3, 2));
    assert.deepEqual([...files.data().cards.keys()].sort(), ['kept', 'next']);
  });
  it('읽기에 실패하면 합칠 수 없으니 쓰지 않고 거부한다', async () => {
    const files = new MemoryFiles(serializeReviews({ cards: new Map(), log: [] }));
    const store = new ReviewStore(files, scheduler);
    files.failReads = 1;
    const error = await rejection(store.grade(request('a')));
    assert.ok(error instanceof ReviewStoreError && error.code === 'reviews.readFailed');
    assert.equal(files.writes, 0);
    await store.grade(request('a'));
    assert.equal(files.writes, 1);
  });
  it('손상된 파일은 옆으로 옮기고(덮어쓰지 않고) 빈 기록으로 시작하며 알린다', async () => {
    const broken = '{ "format": "crm-notes-reviews", "version": 1, "cards": { "a": ';
    const files = new MemoryFiles(broken);
    const notices: StoreNotice[] = [];
    const store = new ReviewStore(files, scheduler, { onNotice: (n) => notices.push(n) });
    await store.load(NOW);
    assert.equal(store.data.cards.size, 0);
    assert.deepEqual([...files.aside.entries()], [['reviews.json.corrupt-20250303T000000Z', broken]]);
    assert.equal(notices[0]?.code, 'reviews.movedAside');
    assert.equal(notices[0]?.reason?.code, 'reviews.notJson');
    assert.match(formatNotice(notices[0] as StoreNotice, 'ko'), /손상되어 옮겨 두고.*reviews\.json\.corrupt-20250303T000000Z.*JSON/);
    await store.grade(request('a'));
    assert.equal(files.aside.get('reviews.json.corrupt-20250303T000000Z'), broken, 'the quarantined copy is untouched');
    assert.ok(files.data().cards.has('a'));
  });
  it('손상된 파일을 옮기지 못하면 덮어쓰지 않는다', async () => {
    const files = new MemoryFiles('not json');
    files.failMoves = 1;
    const store = new ReviewStore(files, scheduler);
    const error = await rejection(store.grade(request('a')));
    assert.ok(error instanceof ReviewStoreError && error.code === 'reviews.moveAsideFailed');
    assert.equal(files.text, 'not json');
    assert.equal(files.writes, 0);
  });
  it('더 새 버전의 파일은 읽기 전용: 채점은 알리며 거부되고 아무것도 쓰지 않는다', async () => {
    const newer = JSON.stringify({ format: 'crm-notes-reviews', version: 2, cards: { future: 'shape' } });
    const files = new MemoryFiles(newer);
    const store = new ReviewStore(files, scheduler);
    await store.load(NOW);
    assert.ok(store.readOnly);
    assert.equal(store.notices()[0]?.code, 'reviews.newer');
    const error = await rejection(store.grade(request('a')));
    assert.ok(error instanceof ReviewStoreError && error.code === 'reviews.readOnly');
    assert.match(formatNotice(error, 'ko'), /읽기 전용/);
    await rejection(store.sync(NOW));
    assert.equal(files.text, newer);
    assert.equal(files.writes, 0);
    assert.equal(files.aside.size, 0);
  });
  it('잘못된 항목이 있는 파일은 알리고, 그 항목을 지우는 첫 저장 전에 원본을 남긴다', async () => {
    const good = { due: '2025-03-10T00:00:00.000Z', stability: 3, difficulty: 5, reps: 2, lapses: 0, state: 'review', lastReview: '2025-03-01T00:00:00.000Z', scheduledDays: 3, learningSteps: 0 };
    const original = JSON.stringify({ format: 'crm-notes-reviews', version: 1, cards: { good, bad: { ...good, due: 'soon' } }, log: [] });
    const files = new MemoryFiles(original);
    const store = new ReviewStore(files, scheduler);
    await store.load(NOW);
    assert.deepEqual(store.notices().map((n) => [n.code, ...n.args]), [['reviews.dropped', 1]]);
    assert.ok(store.state('good'));
    await store.grade(request('new'));
    assert.deepEqual([...files.aside.values()], [original]);
    assert.deepEqual(store.notices()[1], { code: 'reviews.keptCopy', args: ['reviews.json.bak-20250303T000000Z'] });
    assert.deepEqual([...files.data().cards.keys()].sort(), ['good', 'new']);
  });
  it('sync는 파일에 없는 것이 있을 때만 쓴다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('a'));
    const writes = files.writes;
    await store.sync(NOW);
    assert.equal(files.writes, writes);
    files.text = serializeReviews({ cards: new Map(), log: [] });
    await store.sync(NOW);
    assert.ok(files.data().cards.has('a'));
  });
  it('잘못된 요청(빈 id, 평가 5, 잘못된 시각)은 큐에 넣지 않고 거부한다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    assert.ok((await rejection(store.grade(request('')))) instanceof ReviewStoreError);
    assert.ok((await rejection(store.grade({ ...request('a'), rating: 5 as 3 }))) instanceof RangeError);
    assert.ok((await rejection(store.grade({ ...request('a'), now: new Date(Number.NaN) }))) instanceof RangeError);
    assert.equal(files.reads, 0);
  });
  it('답한 시간(elapsedMs)은 정수 밀리초로, 1시간에서 자른다; 너무 긴 anchor는 저장하지 않는다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    await store.grade({ ...request('a'), elapsedMs: 1234.6, anchor: 'x'.repeat(10_000) });
    await store.grade({ ...request('b'), elapsedMs: 5 * 3600_000 });
    const disk = files.data();
    assert.deepEqual(disk.log.map((e) => e.elapsed), [1235, 3600_000]);
    assert.equal(disk.cards.get('a')?.anchor, undefined);
  });
});
