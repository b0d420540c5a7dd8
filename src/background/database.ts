// The worker's connection to the case file. Opened on demand and kept while
// the worker lives: the worker may have been stopped since the last message
// (docs/trust-model.md#worker-lifetime), and another context upgrading the
// database closes it (onVersionChange), so nothing may hold it across either.
import { openReopenDb, type ReopenDb } from '../storage/index';

let connection: Promise<ReopenDb> | null = null;

export function db(): Promise<ReopenDb> {
  connection ??= openReopenDb({ onVersionChange: () => (connection = null) }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}
