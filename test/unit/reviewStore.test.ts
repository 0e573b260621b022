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
  it('멀쩡한 파일에 채점을 더하면 알림도 사본도 없다: 지운 항목이 있을 때만 원본을 남긴다', async () => {
    const good = { due: '2025-03-10T00:00:00.000Z', stability: 3, difficulty: 5, reps: 2, lapses: 0, state: 'review', lastReview: '2025-03-01T00:00:00.000Z', scheduledDays: 3, learningSteps: 0 };
    const files = new MemoryFiles(JSON.stringify({ format: 'crm-notes-reviews', version: 1, cards: { good }, log: [] }));
    const store = new ReviewStore(files, scheduler);
    await store.load(NOW);
    await store.grade(request('new'));
    await store.grade(request('good'));
    assert.deepEqual(store.notices(), []);
    assert.equal(files.aside.size, 0);
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

describe('복습 기록 저장소: 오류와 알림의 내용 (errors and notices)', () => {
  it('쓰기 실패 오류: 코드, 원래 오류 글, 원인, 영어 메시지와 한국어 알림', async () => {
    const files = new MemoryFiles();
    files.failWrites = 1;
    const error = await rejection(new ReviewStore(files, scheduler).grade(request('a')));
    assert.ok(error instanceof ReviewStoreError);
    assert.equal(error.name, 'ReviewStoreError');
    assert.equal(error.code, 'reviews.writeFailed');
    assert.deepEqual(error.args, ['ENOSPC: no space left on device']);
    assert.equal(error.message, 'Could not save the review history: ENOSPC: no space left on device');
    assert.ok(error.cause instanceof Error && error.cause.message === 'ENOSPC: no space left on device');
    assert.equal(formatNotice(error, 'ko'), '복습 기록을 저장하지 못했습니다: ENOSPC: no space left on device');
  });
  it('읽기 실패와 옮기기 실패 오류에도 원래 오류 글이 들어 있다', async () => {
    const unreadable = new MemoryFiles();
    unreadable.failReads = 1;
    const read = await rejection(new ReviewStore(unreadable, scheduler).load(NOW));
    assert.ok(read instanceof ReviewStoreError);
    assert.deepEqual([read.code, ...read.args], ['reviews.readFailed', 'EACCES: permission denied']);
    assert.ok(read.cause instanceof Error);
    const stuck = new MemoryFiles('not json');
    stuck.failMoves = 1;
    const move = await rejection(new ReviewStore(stuck, scheduler).load(NOW));
    assert.ok(move instanceof ReviewStoreError);
    assert.deepEqual([move.code, ...move.args], ['reviews.moveAsideFailed', 'EPERM: operation not permitted']);
    assert.equal(formatNotice(move, 'en'), 'Could not move the damaged review file aside, so nothing was saved: EPERM: operation not permitted');
  });
  it('잘못된 요청의 오류: 모르는 카드 id는 앞 80자, 평가와 시각은 RangeError 문구', async () => {
    const store = new ReviewStore(new MemoryFiles(), scheduler);
    const long = await rejection(store.grade(request('가'.repeat(300))));
    assert.ok(long instanceof ReviewStoreError);
    assert.deepEqual([long.code, ...long.args], ['reviews.unknownCard', '가'.repeat(80)]);
    const control = await rejection(store.grade(request('a\nb')));
    assert.ok(control instanceof ReviewStoreError && control.code === 'reviews.unknownCard');
    const rating = await rejection(store.grade({ ...request('a'), rating: 0 as 3 }));
    assert.ok(rating instanceof RangeError && rating.message === 'rating must be 1, 2, 3 or 4 (got 0)');
    const time = await rejection(store.grade({ ...request('a'), now: '2025-03-03' as unknown as Date }));
    assert.ok(time instanceof RangeError && time.message === 'now must be a valid Date');
  });
  it('손상 알림은 사유를 덧붙여 사용자 언어로 (영어)', async () => {
    const files = new MemoryFiles('');
    const seen: StoreNotice[] = [];
    const store = new ReviewStore(files, scheduler, { onNotice: (n) => seen.push(n) });
    await store.load(new Date('2025-03-03T09:08:07.654Z'));
    assert.deepEqual(seen, [{ code: 'reviews.movedAside', args: ['reviews.json.corrupt-20250303T090807Z'], reason: { code: 'reviews.empty', args: [] } }]);
    assert.equal(formatNotice(seen[0] as StoreNotice, 'en'), 'The review file is damaged; it was moved to reviews.json.corrupt-20250303T090807Z and review history starts empty (The review file is empty.).');
    assert.deepEqual(store.notices(), seen);
    assert.equal(formatNotice({ code: 'reviews.dropped', args: [3] }, 'ko'), '복습 기록 파일에서 잘못된 항목 3건을 건너뛰었습니다.');
  });
  it('시각이 잘못된 load로 손상 파일을 옮겨도 이름은 1970년 시각으로 만든다', async () => {
    const files = new MemoryFiles('{');
    await new ReviewStore(files, scheduler).load(new Date(Number.NaN));
    assert.deepEqual([...files.aside.keys()], ['reviews.json.corrupt-19700101T000000Z']);
  });
  it('더 새 버전 알림은 한 번만, 버전 번호와 함께; load는 거부되지 않는다', async () => {
    const newer = JSON.stringify({ format: 'crm-notes-reviews', version: 3, cards: {} });
    const files = new MemoryFiles(newer);
    const store = new ReviewStore(files, scheduler);
    assert.equal(store.readOnly, false);
    await store.load(NOW);
    await store.load(NOW);
    assert.deepEqual(store.notices(), [{ code: 'reviews.newer', args: [3] }]);
    const error = await rejection(store.grade(request('a')));
    assert.ok(error instanceof ReviewStoreError);
    assert.deepEqual(error.args, [3]);
    assert.equal(error.message, 'The review history is read-only, so this grade was not saved (file version 3).');
    assert.equal(files.reads, 3, 'a read-only store does not re-read before a write it will not make');
  });
  it('같은 파일의 잘못된 항목은 한 번만 알린다', async () => {
    const good = { due: '2025-03-10T00:00:00.000Z', stability: 3, difficulty: 5, reps: 2, lapses: 0, state: 'review', lastReview: '2025-03-01T00:00:00.000Z', scheduledDays: 3, learningSteps: 0 };
    const files = new MemoryFiles(JSON.stringify({ format: 'crm-notes-reviews', version: 1, cards: { good, bad: { ...good, reps: -1 }, worse: 3 }, log: [] }));
    const store = new ReviewStore(files, scheduler);
    await store.load(NOW);
    await store.load(NOW);
    assert.deepEqual(store.notices(), [{ code: 'reviews.dropped', args: [2] }]);
    assert.equal(files.writes, 0, 'loading never writes');
  });
});

describe('복습 기록 저장소: 저장 과정 (the save cycle)', () => {
  it('같은 틱에 준 채점은 한 번에 쓴다: 읽기, 쓰기 직전 확인, 쓴 뒤 확인', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    const results = await Promise.all([store.grade(request('a', 3)), store.grade(request('b', 1)), store.grade(request('a', 4, 1))]);
    assert.equal(files.writes, 1);
    assert.equal(files.reads, 3);
    assert.deepEqual(results.map((r) => [r.log.card, r.log.rating, r.from, r.state.reps]), [['a', 3, 'new', 1], ['b', 1, 'new', 1], ['a', 4, 'learning', 2]]);
    assert.deepEqual(store.data.log.map((e) => e.card), ['a', 'b', 'a']);
  });
  it('load는 쓰지 않는다: 파일이 바깥에서 비워져도 load 뒤에는 그대로, sync가 되돌린다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('a'));
    const empty = serializeReviews({ cards: new Map(), log: [] });
    files.text = empty;
    await store.load(NOW);
    assert.equal(files.text, empty);
    assert.ok(store.state('a'), 'what this window knows is kept');
    await store.sync(NOW);
    assert.ok(files.data().cards.has('a'));
  });
  it('다른 창이 계속 저장해도 쓰기 전에 두 번까지만 다시 읽고 쓴다 (그때까지 본 것은 모두 담는다)', async () => {
    const files = new MemoryFiles();
    const other = new ReviewStore(new MemoryFiles(), scheduler);
    const snapshots: string[] = [];
    for (let i = 1; i <= 3; i++) {
      await other.grade(request(`other${i}`, 3, i));
      snapshots.push(serializeReviews(other.data));
    }
    let writtenAfterReads = -1;
    files.afterRead = (n) => {
      if (n <= 3) {
        files.text = snapshots[n - 1];
      }
    };
    const write = files.writeAtomic.bind(files);
    files.writeAtomic = async (text) => {
      writtenAfterReads = files.reads;
      await write(text);
    };
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('ours', 3, 10));
    assert.equal(writtenAfterReads, 3, 'a read and two checks, then the write');
    assert.equal(files.writes, 1);
    assert.deepEqual([...parseOk(serializeReviews(store.data)).cards.keys()].sort(), ['other1', 'other2', 'ours']);
  });
  /** Files that another window's save (its card `theirs`) overwrites right after our writes that `when` picks. */
  async function overwrittenAfter(when: (writes: number) => boolean): Promise<MemoryFiles> {
    const files = new MemoryFiles();
    const other = new ReviewStore(new MemoryFiles(), scheduler);
    await other.grade(request('theirs', 4));
    const theirs = serializeReviews(other.data);
    const write = files.writeAtomic.bind(files);
    files.writeAtomic = async (text) => {
      await write(text);
      if (when(files.writes)) {
        files.text = theirs;
      }
    };
    return files;
  }
  it('우리가 쓴 직후 다른 창의 저장이 덮으면 합쳐서 다시 쓴다', async () => {
    const files = await overwrittenAfter((writes) => writes === 1);
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('ours', 3, 1));
    assert.equal(files.writes, 2);
    assert.deepEqual([...files.data().cards.keys()].sort(), ['ours', 'theirs']);
    assert.deepEqual([...store.data.cards.keys()].sort(), ['ours', 'theirs']);
  });
  it('다른 창이 매번 덮어도 세 번 쓰고 멈춘다 (채점은 확인된다)', async () => {
    const files = await overwrittenAfter(() => true);
    const store = new ReviewStore(files, scheduler);
    const result = await store.grade(request('ours', 3, 1));
    assert.equal(result.log.card, 'ours');
    assert.equal(files.writes, 3);
  });
  it('쓴 뒤 다시 읽기가 실패해도 쓰기는 끝났으니 채점은 확인된다', async () => {
    const files = new MemoryFiles();
    const write = files.writeAtomic.bind(files);
    files.writeAtomic = async (text) => {
      await write(text);
      files.failReads = 1;
    };
    const store = new ReviewStore(files, scheduler);
    const result = await store.grade(request('a'));
    assert.equal(result.log.card, 'a');
    assert.equal(files.writes, 1);
    assert.ok(files.data().cards.has('a'));
  });
  it('쓴 직후 파일이 더 새 버전으로 바뀌면: 이번 채점은 확인되고, 그 뒤로는 읽기 전용', async () => {
    const files = new MemoryFiles();
    const newer = JSON.stringify({ format: 'crm-notes-reviews', version: 2, cards: {} });
    const write = files.writeAtomic.bind(files);
    files.writeAtomic = async (text) => {
      await write(text);
      files.text = newer;
    };
    const store = new ReviewStore(files, scheduler);
    await store.grade(request('a'));
    assert.ok(store.readOnly);
    assert.deepEqual(store.notices(), [{ code: 'reviews.newer', args: [2] }]);
    assert.equal(files.writes, 1);
    assert.ok(store.state('a'));
    await rejection(store.grade(request('b')));
    assert.equal(files.text, newer);
  });
  it('쓰기가 실패해도 디스크에서 읽은 다른 창의 채점은 기억해 두고 다음 저장에 담는다', async () => {
    const other = new ReviewStore(new MemoryFiles(), scheduler);
    await other.grade(request('theirs', 4));
    const files = new MemoryFiles(serializeReviews(other.data));
    const store = new ReviewStore(files, scheduler);
    files.failWrites = 1;
    await rejection(store.grade(request('lost')));
    assert.ok(store.state('theirs'));
    assert.equal(store.state('lost'), undefined);
    files.text = undefined;
    await store.sync(NOW);
    assert.deepEqual([...files.data().cards.keys()], ['theirs']);
  });
  it('새 설정(useScheduler)은 그 뒤의 채점부터: 최대 간격 1일이면 쉬움도 하루 뒤', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    const before = await store.grade(request('a', 4));
    assert.equal(before.state.due, '2025-03-11T00:00:00.000Z');
    store.useScheduler(new Scheduler({ utcOffsetMinutes: 540, maximumIntervalDays: 1 }));
    const after = await store.grade(request('b', 4));
    assert.equal(after.state.due, '2025-03-04T00:00:00.000Z');
  });
});

describe('복습 기록 저장소: 카드의 출처와 걸린 시간 (anchor, file, chapter, elapsed)', () => {
  it('다음 채점에 출처가 없으면 전의 것을 쓰고, 새로 주면 바꾼다; 장도 저장한다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    await store.grade({ ...request('a'), anchor: '로열티란 …', file: 'notes/1장.md', chapter: 'ch01' });
    const kept = await store.grade(request('a', 3, 10));
    assert.deepEqual([kept.state.anchor, kept.state.file, kept.state.chapter], ['로열티란 …', 'notes/1장.md', 'ch01']);
    const moved = await store.grade({ ...request('a', 3, 20), file: 'notes/2장.md', chapter: 'ch02', anchor: 'x'.repeat(4096) });
    assert.deepEqual([moved.state.file, moved.state.chapter, moved.state.anchor], ['notes/2장.md', 'ch02', 'x'.repeat(4096)]);
    const tooLong = await store.grade({ ...request('a', 3, 30), file: 'y'.repeat(4097), chapter: 'z'.repeat(4097) });
    assert.deepEqual([tooLong.state.file, tooLong.state.chapter], ['notes/2장.md', 'ch02'], 'a field too long keeps the old one');
    assert.equal(files.data().cards.get('a')?.chapter, 'ch02');
  });
  it('출처가 없는 카드에는 그 필드가 아예 없다', async () => {
    const store = new ReviewStore(new MemoryFiles(), scheduler);
    const result = await store.grade(request('a'));
    assert.deepEqual(Object.keys(result.state).filter((k) => ['anchor', 'file', 'chapter'].includes(k)), []);
    assert.equal(Object.hasOwn(result.log, 'elapsed'), false);
  });
  it('걸린 시간: 0은 0, 음수·NaN·무한은 기록하지 않는다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    const results = await Promise.all([0, -5, Number.NaN, Number.POSITIVE_INFINITY, 3_600_000].map((elapsedMs, i) => store.grade({ ...request(`c${i}`), elapsedMs })));
    assert.deepEqual(results.map((r) => r.log.elapsed), [0, undefined, undefined, undefined, 3_600_000]);
    assert.deepEqual(files.data().log.map((e) => [e.card, e.elapsed]), [['c0', 0], ['c1', undefined], ['c2', undefined], ['c3', undefined], ['c4', 3_600_000]]);
  });
});

function parseOk(text: string): ReviewData {
  const parsed = parseReviews(text);
  assert.equal(parsed.kind, 'ok');
  return (parsed as Extract<typeof parsed, { kind: 'ok' }>).data;
}

describe('복습 기록 저장소: 읽기 횟수와 오류 글 (reads and error text)', () => {
  it('load는 파일을 한 번만 읽는다 (쓰지 않으니 다시 확인할 것이 없다)', async () => {
    const files = new MemoryFiles(serializeReviews({ cards: new Map(), log: [] }));
    await new ReviewStore(files, scheduler).load(NOW);
    assert.equal(files.reads, 1);
    assert.equal(files.writes, 0);
  });
  it('Error가 아닌 것으로 실패해도 그 글을 오류에 담는다', async () => {
    const files = new MemoryFiles();
    files.read = () => Promise.reject('EIO');
    const error = await rejection(new ReviewStore(files, scheduler).load(NOW));
    assert.ok(error instanceof ReviewStoreError);
    assert.deepEqual(error.args, ['EIO']);
    assert.equal(error.cause, 'EIO');
    assert.equal(formatNotice(error, 'ko'), '복습 기록 파일을 읽지 못해서 이 채점은 저장되지 않았습니다: EIO');
  });
});

describe('복습 기록 저장소: 저장 중에 온 채점 (grades while a save runs)', () => {
  it('저장이 진행 중일 때 준 같은 카드의 채점은 그 저장이 끝난 뒤 그 위에 쌓인다', async () => {
    const files = new MemoryFiles();
    const store = new ReviewStore(files, scheduler);
    const first = store.grade(request('x', 3, 0));
    await tick();
    const second = store.grade(request('x', 3, 10));
    const results = await Promise.all([first, second]);
    assert.deepEqual(results.map((r) => [r.state.reps, r.from]), [[1, 'new'], [2, 'learning']]);
    assert.equal(files.writes, 2);
    assert.equal(files.data().cards.get('x')?.reps, 2);
    const third = await store.grade(request('x', 3, 20));
    assert.equal(third.state.reps, 3, 'the store keeps working after the queue ran dry');
  });
});
