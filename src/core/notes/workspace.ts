import type { Location } from '../location';
import type { TermIndex } from '../matcher';
import { decodeText } from '../text/decode';
import { contentHash } from '../text/hash';
import type { Heading } from './headings';
import { DEFAULT_NOTE_LIMITS, Note, type NoteLimits } from './note';
import { frontMatterChapter } from './outline';

/**
 * How the index reaches notes: the extension implements it over `vscode.workspace.fs`, the CLI
 * over `node:fs`, unit tests over a Map. Only regular files are notes; `stat` comes first, so a
 * huge file, a FIFO or a device is refused before anything is read.
 */
export interface NoteStore {
  /** Every note (markdown file) the index should hold, as URIs or paths. */
  list(): Promise<readonly string[]>;
  stat(file: string): Promise<NoteStat | undefined>;
  read(file: string): Promise<Uint8Array>;
}

export interface NoteStat {
  readonly size: number;
  readonly isFile: boolean;
}

export interface WorkspaceLimits extends NoteLimits {
  /** Stop indexing once the notes read add up to this many bytes (the rest are listed as skipped). */
  readonly maxTotalBytes: number;
}

export const DEFAULT_WORKSPACE_LIMITS: WorkspaceLimits = { ...DEFAULT_NOTE_LIMITS, maxTotalBytes: 256 * 1024 * 1024 };

export type SkipReason = 'tooLarge' | 'binary' | 'notAFile' | 'unreadable' | 'workspaceCap';

export interface IndexReport {
  readonly notes: number;
  readonly bytes: number;
  readonly skipped: ReadonlyArray<{ readonly file: string; readonly reason: SkipReason }>;
  /** True when `maxTotalBytes` stopped the index before every note was read. */
  readonly capped: boolean;
}

/** What one note contributes to the index, kept compact: no text, occurrences as numbers. */
interface Entry {
  readonly hash: string;
  readonly bytes: number;
  /** Per occurrence four ints: term number, line, start column, end column. */
  readonly occurrences: Int32Array;
  readonly headings: readonly Heading[];
  /** The front matter's `chapter:` value, which maps the note's headings (see `outline.ts`). */
  readonly chapter: string | undefined;
}

export interface Mention extends Location {
  readonly id: string;
}

/**
 * Every note of a workspace through the core pipeline (`Note`): per note its occurrences, its
 * headings and a content hash; kept current one note at a time (changed, added, deleted,
 * renamed), and asked what the features need — which notes mention a term and where, which terms
 * a note mentions, a note's headings.
 */
export class WorkspaceIndex {
  private readonly entries = new Map<string, Entry>();
  /** Term ids by number, and back; numbers are only meaningful inside this index. */
  private readonly termIds: string[] = [];
  private readonly termNumbers = new Map<string, number>();
  /** For each term number, the notes that mention it (built on first query, dropped on change). */
  private byTerm: Map<number, string[]> | undefined;
  private readonly listeners = new Set<(files: readonly string[]) => void>();
  private generation = 0;
  /** Bumped by every change to a file's entry, so a read that finishes late cannot undo a newer change. */
  private readonly epochs = new Map<string, number>();

  constructor(
    private index: TermIndex,
    private readonly limits: WorkspaceLimits = DEFAULT_WORKSPACE_LIMITS,
  ) {}

  /** Listens for changes; the callback gets the files whose entries changed. */
  onDidChange(listener: (files: readonly string[]) => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every indexed note, sorted. */
  files(): string[] {
    return [...this.entries.keys()].sort();
  }

  /**
   * Reads every note of `store` afresh (at start, and when the glossary changes: a new matcher
   * means new occurrences). Notes are read one at a time; a note that cannot be read is skipped
   * with its reason and never stops the others.
   */
  async indexAll(store: NoteStore, index: TermIndex = this.index, progress?: (done: number, total: number) => void): Promise<IndexReport> {
    const generation = ++this.generation;
    this.index = index;
    const files = [...(await store.list())].sort();
    const fresh = new Map<string, Entry>();
    const skipped: Array<{ file: string; reason: SkipReason }> = [];
    let bytes = 0;
    let capped = false;
    for (let i = 0; i < files.length; i++) {
      const file = files[i] as string;
      progress?.(i, files.length);
      if (capped) {
        skipped.push({ file, reason: 'workspaceCap' });
        continue;
      }
      const read = await readNote(store, file, this.limits);
      if (generation !== this.generation) {
        return { notes: this.entries.size, bytes, skipped, capped }; // a newer indexAll took over
      }
      if ('reason' in read) {
        skipped.push({ file, reason: read.reason });
        continue;
      }
      if (bytes + read.bytes > this.limits.maxTotalBytes) {
        capped = true;
        skipped.push({ file, reason: 'workspaceCap' });
        continue;
      }
      bytes += read.bytes;
      const entry = this.analyze(read.text, read.bytes);
      if (typeof entry === 'string') {
        skipped.push({ file, reason: entry });
        continue;
      }
      fresh.set(file, entry);
    }
    this.entries.clear();
    for (const [file, entry] of fresh) {
      this.entries.set(file, entry);
    }
    this.byTerm = undefined;
    this.fire(files);
    return { notes: this.entries.size, bytes, skipped, capped };
  }

  /**
   * Sets a note's text (an open editor's unsaved text, or a file just read). Returns whether
   * anything changed; an unchanged text (same hash) costs only the hash.
   */
  update(file: string, text: string): boolean {
    this.bump(file);
    const hash = contentHash(text);
    if (this.entries.get(file)?.hash === hash) {
      return false;
    }
    const entry = this.analyze(text, text.length);
    if (typeof entry === 'string') {
      return this.remove(file);
    }
    this.unlink(file);
    this.entries.set(file, entry);
    this.link(file);
    this.fire([file]);
    return true;
  }

  /** Reads one note from the store again (it was created or changed on disk). */
  async refresh(store: NoteStore, file: string): Promise<boolean> {
    const epoch = this.bump(file);
    const read = await readNote(store, file, this.limits);
    if (this.epochs.get(file) !== epoch) {
      return false; // removed, renamed or updated meanwhile: that change is newer than this read
    }
    if ('reason' in read) {
      return this.remove(file);
    }
    return this.update(file, read.text);
  }

  remove(file: string): boolean {
    this.bump(file);
    if (!this.entries.has(file)) {
      return false;
    }
    this.unlink(file);
    this.entries.delete(file);
    this.fire([file]);
    return true;
  }

  rename(from: string, to: string): boolean {
    this.bump(from);
    this.bump(to);
    const entry = this.entries.get(from);
    if (entry === undefined) {
      return false;
    }
    this.unlink(from);
    this.entries.delete(from);
    this.unlink(to);
    this.entries.set(to, entry);
    this.link(to);
    this.fire([from, to]);
    return true;
  }

  private bump(file: string): number {
    const epoch = (this.epochs.get(file) ?? 0) + 1;
    this.epochs.set(file, epoch);
    return epoch;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  /** The content hash of an indexed note. */
  hashOf(file: string): string | undefined {
    return this.entries.get(file)?.hash;
  }

  headings(file: string): readonly Heading[] {
    return this.entries.get(file)?.headings ?? [];
  }

  /** A note's front-matter `chapter:` value, if it has one. */
  frontMatterChapter(file: string): string | undefined {
    return this.entries.get(file)?.chapter;
  }

  /** Term ids a note mentions, with how often. */
  termsIn(file: string): Map<string, number> {
    const out = new Map<string, number>();
    const occurrences = this.entries.get(file)?.occurrences;
    if (occurrences !== undefined) {
      for (let k = 0; k < occurrences.length; k += 4) {
        const id = this.termIds[occurrences[k] as number] as string;
        out.set(id, (out.get(id) ?? 0) + 1);
      }
    }
    return out;
  }

  /** Every mention of a term across the notes, by file then position. */
  mentions(termId: string): Mention[] {
    const number = this.termNumbers.get(termId);
    if (number === undefined) {
      return [];
    }
    const out: Mention[] = [];
    for (const file of this.filesMentioning(number)) {
      const occurrences = (this.entries.get(file) as Entry).occurrences;
      for (let k = 0; k < occurrences.length; k += 4) {
        if (occurrences[k] === number) {
          out.push({ id: termId, file, line: occurrences[k + 1] as number, start: occurrences[k + 2] as number, end: occurrences[k + 3] as number });
        }
      }
    }
    return out;
  }

  /** How many notes mention a term. */
  noteCount(termId: string): number {
    const number = this.termNumbers.get(termId);
    return number === undefined ? 0 : this.filesMentioning(number).length;
  }

  /** Every term id mentioned anywhere, with its number of mentions. */
  mentionCounts(): Map<string, number> {
    const out = new Map<string, number>();
    for (const entry of this.entries.values()) {
      const occurrences = entry.occurrences;
      for (let k = 0; k < occurrences.length; k += 4) {
        const id = this.termIds[occurrences[k] as number] as string;
        out.set(id, (out.get(id) ?? 0) + 1);
      }
    }
    return out;
  }

  /** The distinct term numbers a note mentions. */
  private numbersIn(file: string): Set<number> {
    const out = new Set<number>();
    const occurrences = this.entries.get(file)?.occurrences;
    if (occurrences !== undefined) {
      for (let k = 0; k < occurrences.length; k += 4) {
        out.add(occurrences[k] as number);
      }
    }
    return out;
  }

  /** Takes a note out of the term → notes table (when built), before its entry changes. */
  private unlink(file: string): void {
    if (this.byTerm === undefined) {
      return;
    }
    for (const n of this.numbersIn(file)) {
      const list = this.byTerm.get(n);
      const at = list === undefined ? -1 : list.indexOf(file);
      if (list !== undefined && at >= 0) {
        list.splice(at, 1);
      }
    }
  }

  /** Puts a note into the term → notes table (when built), keeping each list sorted. */
  private link(file: string): void {
    if (this.byTerm === undefined) {
      return;
    }
    for (const n of this.numbersIn(file)) {
      let list = this.byTerm.get(n);
      if (list === undefined) {
        list = [];
        this.byTerm.set(n, list);
      }
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((list[mid] as string) < file) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      if (list[lo] !== file) {
        list.splice(lo, 0, file);
      }
    }
  }

  private filesMentioning(number: number): readonly string[] {
    if (this.byTerm === undefined) {
      const byTerm = new Map<number, string[]>();
      for (const [file, entry] of this.entries) {
        const occurrences = entry.occurrences;
        let last = -1;
        for (let k = 0; k < occurrences.length; k += 4) {
          const n = occurrences[k] as number;
          if (n === last) {
            continue;
          }
          last = n;
          const list = byTerm.get(n);
          if (list === undefined) {
            byTerm.set(n, [file]);
          } else if (list[list.length - 1] !== file) {
            list.push(file);
          }
        }
      }
      for (const list of byTerm.values()) {
        list.sort();
      }
      this.byTerm = byTerm;
    }
    return this.byTerm.get(number) ?? [];
  }

  private analyze(text: string, bytes: number): Entry | 'tooLarge' | 'binary' {
    const note = new Note(text, this.index, this.limits);
    const refused = note.refused;
    if (refused !== undefined) {
      return refused;
    }
    const found = note.occurrences;
    const occurrences = new Int32Array(found.length * 4);
    for (let i = 0; i < found.length; i++) {
      const o = found[i] as (typeof found)[number];
      let number = this.termNumbers.get(o.id);
      if (number === undefined) {
        number = this.termIds.length;
        this.termIds.push(o.id);
        this.termNumbers.set(o.id, number);
      }
      occurrences[i * 4] = number;
      occurrences[i * 4 + 1] = o.line;
      occurrences[i * 4 + 2] = o.start;
      occurrences[i * 4 + 3] = o.end;
    }
    return { hash: contentHash(text), bytes, occurrences, headings: note.headings, chapter: frontMatterChapter(text) };
  }

  private fire(files: readonly string[]): void {
    for (const listener of this.listeners) {
      listener(files);
    }
  }
}

type ReadResult = { readonly text: string; readonly bytes: number } | { readonly reason: SkipReason };

/** stat → size check → read → decode, never throwing: what every host does before `Note`. */
export async function readNote(store: NoteStore, file: string, limits: NoteLimits): Promise<ReadResult> {
  let stat: NoteStat | undefined;
  try {
    stat = await store.stat(file);
  } catch {
    return { reason: 'unreadable' };
  }
  if (stat === undefined) {
    return { reason: 'unreadable' };
  }
  if (!stat.isFile) {
    return { reason: 'notAFile' };
  }
  if (stat.size > limits.maxBytes) {
    return { reason: 'tooLarge' };
  }
  let bytes: Uint8Array;
  try {
    bytes = await store.read(file);
  } catch {
    return { reason: 'unreadable' };
  }
  const decoded = decodeText(bytes, { strict: false, maxBytes: limits.maxBytes });
  if (!decoded.ok) {
    return { reason: decoded.code === 'file.tooLarge' ? 'tooLarge' : 'binary' };
  }
  return { text: decoded.text, bytes: bytes.length };
}
