// The database's store layout and the types every storage module passes
// around (docs/architecture.md#storage-fence). Its own file so opening
// (open.ts) and the schema steps (migrations.ts) both depend on it rather
// than on each other.
import type { IDBPDatabase, IDBPTransaction, DBSchema, StoreNames } from 'idb';

/**
 * Store layout. Values are `unknown` on purpose: nothing read back is trusted
 * until its schema has checked it (checked.ts).
 */
export interface ReopenSchema extends DBSchema {
  cases: { key: string; value: unknown; indexes: { byUpdated: string } };
  notes: { key: string; value: unknown; indexes: { byCase: string; byAt: string } };
  exhibits: { key: string; value: unknown; indexes: { byCase: string } };
  settings: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  reminders: { key: [string, string]; value: unknown; indexes: { byCase: string } };
  /** Screenshot images, keyed [exhibitId, kind] (images.ts). */
  images: { key: [string, string]; value: unknown; indexes: { byCase: string } };
}

export type StoreName = StoreNames<ReopenSchema>;
/** An open connection; pass it to every function of src/storage. */
export type ReopenDb = IDBPDatabase<ReopenSchema>;
export type UpgradeTx = IDBPTransaction<ReopenSchema, StoreName[], 'versionchange'>;
/** A readwrite transaction over some stores, as passed to commit guards. */
export type WriteTx = IDBPTransaction<ReopenSchema, StoreName[], 'readwrite'>;

/** Every store, in the order dumps and backups list them. */
export const STORE_NAMES: readonly StoreName[] = ['cases', 'notes', 'exhibits', 'settings', 'meta', 'reminders', 'images'];
