// The one write path (docs/trust-model.md#transactions, docs/trust-model.md#worker-lifetime).
// Every record is validated and (when locked) encrypted BEFORE a transaction
// opens; then one readwrite transaction with durability 'strict' issues all
// requests, awaits nothing but IndexedDB, and the save resolves only after
// `tx.done`. Each committed write is then announced with the case ids it
// touched, so every view can refresh instead of writing back its own copy
// (docs/architecture.md#one-writer).
import type { ReopenDb, StoreName, WriteTx } from './schema';
import { toStorageError } from './errors';

export type WriteOp =
  | { store: 'cases' | 'notes' | 'exhibits' | 'settings' | 'meta'; put: unknown }
  | { store: 'reminders'; put: unknown }
  | { store: 'images'; put: unknown }
  | { store: 'cases' | 'notes' | 'exhibits' | 'settings' | 'meta'; delete: string }
  | { store: 'reminders'; delete: [string, string] }
  | { store: 'images'; delete: [string, string] };

let beforeCommitHook: (() => Promise<void>) | undefined;

/**
 * Test seam: runs after every record has been prepared and before the write
 * transaction opens. Tests inject a slow await here to prove a save is never
 * split (docs/trust-model.md#transactions). Not for production use.
 */
export const setBeforeCommitHookForTests = (hook: (() => Promise<void>) | undefined): void => {
  beforeCommitHook = hook;
};

/** Issues one prepared request; its own promise is silenced because tx.done reports the outcome. */
export const issue = (tx: WriteTx, op: WriteOp): void => {
  if ('put' in op) {
    tx.objectStore(op.store)
      .put(op.put)
      .catch(() => undefined);
  } else if (op.store === 'reminders') {
    tx.objectStore('reminders')
      .delete(op.delete)
      .catch(() => undefined);
  } else if (op.store === 'images') {
    tx.objectStore('images')
      .delete(op.delete)
      .catch(() => undefined);
  } else {
    tx.objectStore(op.store)
      .delete(op.delete)
      .catch(() => undefined);
  }
};

/**
 * Applies prepared operations in ONE readwrite transaction with durability
 * 'strict' and resolves after it completes. `guard` runs first inside the
 * transaction and may only await IndexedDB requests (it may issue more); throwing
 * aborts everything. A request that throws synchronously (e.g. an injected
 * QuotaExceededError) aborts the transaction too, so earlier requests in it
 * never commit. `caseIds` are the cases the write touched, for the announcement.
 */
export const commitAtomically = async (
  db: ReopenDb,
  stores: StoreName[],
  ops: readonly WriteOp[],
  guard?: (tx: WriteTx) => Promise<void>,
  caseIds: readonly string[] = [],
): Promise<void> => {
  if (beforeCommitHook) await beforeCommitHook();
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  } catch (error) {
    throw toStorageError(error);
  }
  const done = tx.done;
  try {
    if (guard) await guard(tx);
    for (const op of ops) issue(tx, op);
  } catch (error) {
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw toStorageError(error);
  }
  try {
    await done;
  } catch (error) {
    throw toStorageError(error ?? tx.error);
  }
  announceChange(stores, caseIds);
};

/**
 * Every committed write is announced on a BroadcastChannel, whichever context
 * wrote (worker, popup via the worker, another options tab). A channel object
 * never hears its own posts, so a page listening with `watchChanges` hears the
 * writes it made itself too.
 */
export const CHANGE_CHANNEL = 'reopen-db-changes';

/** What a change announcement carries. */
export interface Change {
  stores: StoreName[];
  /** The cases whose records changed; empty when the write names no case (settings, lock). */
  caseIds: string[];
}

let changes: BroadcastChannel | null | undefined;
const announceChange = (stores: readonly StoreName[], caseIds: readonly string[]): void => {
  if (changes === undefined) changes = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGE_CHANNEL) : null;
  const change: Change = { stores: [...stores], caseIds: [...new Set(caseIds)] };
  try {
    changes?.postMessage(change);
  } catch {
    // a closed channel: nobody is listening
  }
};

const asChange = (data: unknown): Change => {
  const d = (data ?? {}) as { stores?: unknown; caseIds?: unknown };
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  return { stores: strings(d.stores) as StoreName[], caseIds: strings(d.caseIds) };
};

/** Calls `onChange` after every committed write from any context. Returns the unsubscribe function. */
export function watchChanges(onChange: (change: Change) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => onChange(asChange(event.data));
  return () => channel.close();
}
