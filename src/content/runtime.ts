// The content script's only door to the extension: typed messages to the
// worker, and detection of an orphaned script after an extension update.
//
// No webextension-polyfill and no validator here (size: ../shared TESTING.md).
// Firefox exposes promise-returning `browser.*`; Chromium 156 exposes it too,
// and `chrome.*` returns promises in MV3.
import type { MessageType, Reply, RequestOf, ResponseOf } from '../shared/messages';

interface Port {
  onDisconnect: { addListener(cb: () => void): void };
  disconnect(): void;
}
type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => boolean | undefined;
interface RuntimeApi {
  id?: string;
  onMessage: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
  sendMessage(message: unknown): Promise<unknown>;
  connect(info: { name: string }): Port;
}

function runtime(): RuntimeApi | undefined {
  const g = globalThis as unknown as { browser?: { runtime?: RuntimeApi }; chrome?: { runtime?: RuntimeApi } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** False once the extension was updated, reloaded or removed (SECURITY.md §8). */
export function extensionAlive(): boolean {
  try {
    return Boolean(runtime()?.id);
  } catch {
    return false;
  }
}

export class OrphanedError extends Error {}

/**
 * Runs a chrome.* cleanup call that throws "Extension context invalidated"
 * once we are orphaned (seen in Chromium 156 for port.disconnect during
 * teardown, test/browser/content-behaviour.test.ts). Teardown must not throw.
 */
function quietly(cleanup: () => void): void {
  try {
    cleanup();
  } catch {
    // the context is gone; there is nothing left to clean up
  }
}

/**
 * Sends one message and returns its data. Throws OrphanedError when the
 * extension context is gone ("Extension context invalidated"), and Error with
 * the worker's message when the worker refused it.
 */
export async function ask<T extends MessageType>(type: T, payload: RequestOf<T>): Promise<ResponseOf<T>> {
  const api = runtime();
  if (!api || !extensionAlive()) throw new OrphanedError('extension context gone');
  let reply: Reply<T> | undefined;
  try {
    reply = (await api.sendMessage({ type, payload })) as Reply<T> | undefined;
  } catch (error) {
    if (!extensionAlive()) throw new OrphanedError('extension context gone');
    throw error;
  }
  if (!reply || typeof reply !== 'object') throw new Error('no reply');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/**
 * Calls `onOrphaned` once the extension that injected us is gone.
 *
 * A port disconnects both when the extension is updated or reloaded and when
 * the worker merely stops after ~30 s idle (SECURITY.md §7, §8). On disconnect
 * we wait a tick and check runtime.id to tell them apart. We do not reconnect
 * after a worker stop (that would wake the worker every 30 s for every open
 * tab); a cheap runtime.id check on a slow timer covers later updates instead.
 */
export function watchForOrphaning(onOrphaned: () => void, signal: AbortSignal, pollMs = 5000): void {
  let fired = false;
  const orphaned = (): void => {
    if (fired || signal.aborted) return;
    fired = true;
    onOrphaned();
  };
  const timer = setInterval(() => {
    if (!extensionAlive()) orphaned();
  }, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  const api = runtime();
  if (!api || !extensionAlive()) {
    orphaned();
    return;
  }
  try {
    const port = api.connect({ name: 'reopen-content' });
    signal.addEventListener('abort', () => quietly(() => port.disconnect()), { once: true });
    port.onDisconnect.addListener(() => setTimeout(() => (extensionAlive() ? undefined : orphaned()), 0));
  } catch {
    orphaned();
  }
}

/**
 * Answers messages from our own extension (popup or worker, via
 * tabs.sendMessage) — never from pages, which cannot reach this API, nor from
 * other extensions. `handle` returns the reply or undefined to stay silent.
 */
export function onExtensionMessage(handle: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void {
  const api = runtime();
  if (!api) return;
  const listener: Listener = (message, sender, sendResponse) => {
    if (sender.id !== api.id || sender.tab) return undefined;
    const reply = handle(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  api.onMessage.addListener(listener);
  signal.addEventListener('abort', () => quietly(() => api.onMessage.removeListener(listener)), { once: true });
}
