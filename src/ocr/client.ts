// The page side of on-device text recognition, for extension pages only (the
// options page or an extension tab): never the service worker, which has no
// Worker constructor and is stopped when idle, and never a content script,
// whose worker would run in the lender page's origin
// (docs/trust-model.md#page-origin-storage). The engine (≈ 18 MB gzip of wasm
// and models) loads in a dedicated worker on the first image and ends when
// the page closes the engine, so nothing of it stays in memory afterwards.
//
//   const { text, lines, ms } = await recognise(file, { signal, onProgress });
//
// Refusals and an engine that cannot run reject with an OcrError whose
// userMessage (zh and en) the UI shows, next to the pasted-text field; a
// cancelled call rejects with a DOMException named AbortError.
import { decodeScreenshot } from './decode';
import type { FromWorker, OcrResult, OcrStage, ToWorker } from './protocol';
import { OcrError } from './refusals';

export type { OcrLine, OcrResult, OcrStage } from './protocol';
export { OcrError, type OcrErrorCode } from './refusals';

export interface RecogniseOptions {
  signal?: AbortSignal;
  onProgress?: (progress: { stage: OcrStage }) => void;
}

/** One engine for several images: it loads once and ends on close(). */
export interface OcrEngine {
  recognise(image: Blob, options?: RecogniseOptions): Promise<OcrResult>;
  close(): void;
}

interface Pending {
  resolve(result: OcrResult): void;
  reject(error: Error): void;
  onProgress?: RecogniseOptions['onProgress'];
}

const aborted = (): DOMException => new DOMException('Text recognition was cancelled', 'AbortError');

export function openEngine(): OcrEngine {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  // Images go to the worker one at a time, so cancelling one (which ends the
  // worker: WebAssembly cannot be interrupted) leaves the queued ones intact.
  let queue: Promise<unknown> = Promise.resolve();

  const stop = (error: Error): void => {
    worker?.terminate();
    worker = null;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };

  const start = (): Worker => {
    let started: Worker;
    try {
      started = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'reopen-ocr' });
    } catch (error) {
      throw new OcrError('engine-unavailable', `the recognition worker could not start: ${String(error)}`);
    }
    started.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      const call = pending.get(message.id);
      if (!call) return;
      if (message.type === 'progress') call.onProgress?.({ stage: message.stage });
      else {
        pending.delete(message.id);
        if (message.type === 'done') call.resolve(message.result);
        else call.reject(new OcrError(message.code, message.detail));
        // An engine that could not load stays unloadable in that worker: end it,
        // so it holds no memory and a later call starts afresh.
        if (message.type === 'failed' && message.code === 'engine-unavailable' && worker === started) {
          started.terminate();
          worker = null;
        }
      }
    };
    // A module worker that fails to load or throws at the top level reports
    // only an ErrorEvent (Firefox gives it no message).
    started.onerror = (event) => {
      event.preventDefault();
      stop(new OcrError('engine-unavailable', `the recognition worker stopped: ${event.message || 'no reason given'}`));
    };
    return started;
  };

  const run = async (image: Blob, options: RecogniseOptions): Promise<OcrResult> => {
    const { signal, onProgress } = options;
    if (signal?.aborted) throw aborted();
    const bitmap = await decodeScreenshot(image);
    if (signal?.aborted) {
      bitmap.close();
      throw aborted();
    }
    worker ??= start();
    const id = nextId++;
    const target = worker;
    return new Promise<OcrResult>((resolve, reject) => {
      const onAbort = (): void => {
        pending.delete(id);
        // Only this call is in the worker (one at a time): ending it ends nothing else.
        if (worker === target) {
          target.terminate();
          worker = null;
        }
        reject(aborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle =
        <T>(fn: (v: T) => void) =>
        (value: T) => {
          signal?.removeEventListener('abort', onAbort);
          fn(value);
        };
      pending.set(id, { resolve: settle(resolve), reject: settle(reject), ...(onProgress ? { onProgress } : {}) });
      target.postMessage({ type: 'recognise', id, image: bitmap } satisfies ToWorker, [bitmap]);
    });
  };

  return {
    recognise(image, options = {}) {
      const result = queue.then(() => run(image, options));
      queue = result.catch(() => undefined);
      return result;
    },
    close() {
      stop(aborted());
    },
  };
}

/** Reads one image with an engine of its own, ended as soon as the text is back. */
export async function recognise(image: Blob, options: RecogniseOptions = {}): Promise<OcrResult> {
  const engine = openEngine();
  try {
    return await engine.recognise(image, options);
  } finally {
    engine.close();
  }
}
