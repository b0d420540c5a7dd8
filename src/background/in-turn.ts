// One queue per key (a tab) for the worker's state about it in storage.session:
// a read-check-write there is not atomic, so work on one tab runs in turn.
const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after everything queued before under `key`; a failure does not stop the queue. */
export function inTurn<T>(key: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(key) ?? Promise.resolve()).then(work, work);
  const settled = next.then(
    () => undefined,
    () => undefined,
  );
  queues.set(key, settled);
  // The map holds a key only while its queue has work.
  void settled.then(() => queues.get(key) === settled && queues.delete(key));
  return next;
}
