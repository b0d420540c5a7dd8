// The content script's only door to the extension: typed messages to the
// worker, and detection of an orphaned script after an extension update.
//
// No webextension-polyfill and no validator here (size: docs/testing.md#sizes).
// Firefox exposes promise-returning `browser.*`; Chromium 156 exposes it too,
// and `chrome.*` returns promises in MV3.
import type { MessageType, Reply, RequestOf, ResponseOf } from '../shared/messages';

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => boolean | undefined;
interface RuntimeApi {
  id?: string;
  onMessage: { addListener(cb: Listener): void; removeListener(cb: Listener): void };
  sendMessage(message: unknown): Promise<unknown>;
}

// Looked up once: the first touch of `browser`/`chrome` in this world builds
// the native API bindings (about a millisecond in the bench's profiles), and
// every later lookup would walk the same getters again. The object stays
// valid after the extension goes away; only its `id` disappears.
let api: RuntimeApi | null | undefined;
function runtime(): RuntimeApi | undefined {
  if (api === undefined) {
    const g = globalThis as unknown as { browser?: { runtime?: RuntimeApi }; chrome?: { runtime?: RuntimeApi } };
    try {
      api = g.browser?.runtime ?? g.chrome?.runtime ?? null;
    } catch {
      api = null;
    }
  }
  return api ?? undefined;
}

/** False once the extension was updated, reloaded or removed (docs/trust-model.md#orphaned-scripts). */
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
 * teardown, test/browser/content-behaviour.test.ts; removeListener is the same
 * kind of call). Teardown must not throw.
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
  const rt = runtime();
  if (!rt || !extensionAlive()) throw new OrphanedError('extension context gone');
  let reply: Reply<T> | undefined;
  try {
    reply = (await rt.sendMessage({ type, payload })) as Reply<T> | undefined;
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
 * A cheap runtime.id poll, not a port (docs/trust-model.md#orphaned-scripts suggests one): opening a
 * port is an IPC round trip that wakes the worker on every page load, and a
 * port disconnects anyway when the worker merely stops after ~30 s idle, so
 * the id check was always the real test. Between polls, every message we send
 * notices a dead context at once (ask() throws OrphanedError), and the caller
 * checks extensionAlive() on each page change it already handles.
 */
export function watchForOrphaning(onOrphaned: () => void, signal: AbortSignal, pollMs = 2000): void {
  if (!extensionAlive()) return onOrphaned();
  const timer = setInterval(() => {
    if (signal.aborted) return clearInterval(timer);
    if (!extensionAlive()) {
      clearInterval(timer);
      onOrphaned();
    }
  }, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

/**
 * Answers messages from our own extension (popup or worker, via
 * tabs.sendMessage) — never from pages, which cannot reach this API, nor from
 * other extensions. `handle` returns the reply or undefined to stay silent.
 */
export function onExtensionMessage(handle: (message: unknown) => Promise<unknown> | undefined, signal: AbortSignal): void {
  const rt = runtime();
  if (!rt) return;
  const listener: Listener = (message, sender, sendResponse) => {
    if (sender.id !== rt.id || sender.tab) return undefined;
    const reply = handle(message);
    if (!reply) return undefined;
    reply.then(sendResponse, () => sendResponse(undefined));
    return true;
  };
  rt.onMessage.addListener(listener);
  signal.addEventListener('abort', () => quietly(() => rt.onMessage.removeListener(listener)), { once: true });
}
