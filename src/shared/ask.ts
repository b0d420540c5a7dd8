// Typed requests from an extension page (popup, options) to the worker: the
// page side of the contract in messages.ts. The worker validates everything.
import { browser } from './browser';
import type { MessageType, Reply, RequestOf } from './messages';

export async function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<Reply<T>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<T> | undefined;
    return reply ?? { ok: false, error: 'no reply' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
