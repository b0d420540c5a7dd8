// The recognition worker: a dedicated module worker started from the
// extension's own URL by an extension page (./client.ts), never by the service
// worker or a content script. It loads the engine on the first image, reads
// images one at a time, and is terminated by its page when done.
import type { FromWorker, ToWorker } from './protocol';
import { loadEngine, type Engine } from './engine';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
};

let engine: Promise<Engine> | null = null;
let queue: Promise<void> = Promise.resolve();

const reason = (error: unknown): string => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

async function handle(message: ToWorker): Promise<void> {
  const { id, image } = message;
  let ready: Engine;
  try {
    if (!engine) {
      scope.postMessage({ type: 'progress', id, stage: 'loading' });
      engine = loadEngine();
    }
    ready = await engine;
  } catch (error) {
    image.close();
    scope.postMessage({ type: 'failed', id, code: 'engine-unavailable', detail: reason(error) });
    return;
  }
  try {
    scope.postMessage({ type: 'progress', id, stage: 'recognising' });
    scope.postMessage({ type: 'done', id, result: await ready.read(image) });
  } catch (error) {
    scope.postMessage({ type: 'failed', id, code: 'engine-failed', detail: reason(error) });
  }
}

scope.onmessage = (event) => {
  const message = event.data;
  if (message?.type !== 'recognise' || typeof message.id !== 'number' || !(message.image instanceof ImageBitmap)) return;
  // One image at a time: the engine holds hundreds of MB while it reads.
  queue = queue.then(() => handle(message));
};
