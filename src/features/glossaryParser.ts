import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { loadGlossaryBytes, refusedGlossary } from '../core/glossary/load';
import type { ParsedGlossary } from '../core/glossary/parse';
import type { LayerName } from '../core/glossary/types';

/** How long one glossary file may take to parse before it is given up. */
export const PARSE_BUDGET_MS = 3000;

interface Pending {
  readonly resolve: (parsed: ParsedGlossary) => void;
  readonly timer: ReturnType<typeof setTimeout>;
}

/**
 * Parses glossary files in a worker thread (`dist/glossaryWorker.js`) with a time budget: the
 * extension host never stalls on a hostile file, and a parse past the budget comes back as a
 * refused file with a reason (the worker is terminated and started again for the next file).
 * Where no worker can start, it parses in-process.
 */
export class GlossaryParser implements vscode.Disposable {
  private worker: Worker | undefined;
  private workerFailed = false;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly extensionPath: string,
    private readonly budgetMs: number = PARSE_BUDGET_MS,
  ) {}

  parse(bytes: Uint8Array, file: string, layer: LayerName): Promise<ParsedGlossary> {
    const worker = this.start();
    if (worker === undefined) {
      return Promise.resolve(loadGlossaryBytes(bytes, file, layer));
    }
    const id = this.nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        this.stop();
        resolve(refusedGlossary(file, layer, 'file.timeout', [this.budgetMs / 1000]));
      }, this.budgetMs);
      this.pending.set(id, { resolve, timer });
      worker.postMessage({ id, bytes, file, layer });
    });
  }

  private start(): Worker | undefined {
    if (this.worker !== undefined || this.workerFailed) {
      return this.worker;
    }
    try {
      const worker = new Worker(path.join(this.extensionPath, 'dist', 'glossaryWorker.js'));
      worker.on('message', (reply: { id: number; parsed: ParsedGlossary }) => {
        const waiting = this.pending.get(reply.id);
        if (waiting !== undefined) {
          clearTimeout(waiting.timer);
          this.pending.delete(reply.id);
          waiting.resolve(reply.parsed);
        }
      });
      worker.on('error', () => this.stop());
      worker.unref();
      this.worker = worker;
    } catch {
      this.workerFailed = true;
    }
    return this.worker;
  }

  private stop(): void {
    void this.worker?.terminate();
    this.worker = undefined;
  }

  dispose(): void {
    for (const { timer } of this.pending.values()) {
      clearTimeout(timer);
    }
    this.pending.clear();
    this.stop();
  }
}
