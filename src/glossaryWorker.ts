// The extension's glossary parser, in a worker thread: a user or workspace glossary (which a
// folder the user merely opened can bring) is parsed off the extension host's main thread, and
// a parse that runs past its time budget is stopped by terminating this worker.
import { parentPort } from 'node:worker_threads';
import { loadGlossaryBytes } from './core/glossary/load';
import type { LayerName } from './core/glossary/types';

interface Request {
  readonly id: number;
  readonly bytes: Uint8Array;
  readonly file: string;
  readonly layer: LayerName;
}

parentPort?.on('message', (request: Request) => {
  parentPort?.postMessage({ id: request.id, parsed: loadGlossaryBytes(request.bytes, request.file, request.layer) });
});
