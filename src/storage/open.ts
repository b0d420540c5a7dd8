// The storage fence: the only module that opens Reopen's IndexedDB (docs/architecture.md#storage-fence
// "src/storage/ the only place that imports idb"). Used by the service worker
// and extension pages only, never by content scripts: a content script's
// IndexedDB belongs to the lender site's origin (docs/trust-model.md#page-origin-storage).
import { wrap } from 'idb';
import { toStorageError } from './errors';
import { applyUpgrade } from './migrations';
import type { ReopenDb, UpgradeTx } from './schema';

/** The database name in the extension origin. */
export const DB_NAME = 'reopen';
/** The current schema version; see `applyUpgrade` (migrations.ts) for what each version adds. */
export const DB_VERSION = 4;

export interface OpenOptions {
  /** Defaults to `globalThis.indexedDB`; tests pass a fresh fake-indexeddb factory. */
  factory?: IDBFactory;
  /** Database name; defaults to DB_NAME (the bench uses its own). */
  name?: string;
  /**
   * A newer version of the extension (in another page or the updated worker)
   * wants to upgrade. This connection has already closed itself so the upgrade
   * can go on; the page should tell the user to reload (StorageError 'blocked').
   */
  onVersionChange?: () => void;
  /**
   * Our upgrade is waiting for an older connection (another open Reopen page)
   * to close. The page can ask the user to close other Reopen tabs.
   */
  onBlocked?: () => void;
}

/**
 * Opens (creating or upgrading) Reopen's database.
 *
 * Mirrors idb's `openDB` (same upgrade/blocked/blocking hooks), built on idb's
 * `wrap`, because `openDB` always uses the global `indexedDB` and tests need a
 * factory per test. Rejects with a StorageError.
 */
export const openReopenDb = async (options: OpenOptions = {}): Promise<ReopenDb> => {
  const factory = options.factory ?? globalThis.indexedDB;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(options.name ?? DB_NAME, DB_VERSION);
  } catch (error) {
    throw toStorageError(error);
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as ReopenDb;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    applyUpgrade(db, tx, event.oldVersion, event.newVersion ?? DB_VERSION);
  });
  request.addEventListener('blocked', () => options.onBlocked?.());
  let db: ReopenDb;
  try {
    db = (await wrap(request)) as unknown as ReopenDb;
  } catch (error) {
    throw toStorageError(error);
  }
  // blocking(): close at once so the newer version can upgrade, then let the
  // page say "reload needed" (README.md#the-case-file: "closes itself and the page says it must reload").
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  return db;
};
