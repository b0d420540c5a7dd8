// Raw access for backup, lock and diagnostics: what is stored, as stored.
import type { Checked } from './checked';
import { StoredNoteChecker, checkAll } from './checked';
import type { ReopenDb, StoreName } from './schema';
import { STORE_NAMES } from './schema';
import type { StoredNote } from './records';

/** Every store's raw records in key order, unchecked. For backups, tests and "database unchanged" proofs. */
export const dumpStores = async (db: ReopenDb): Promise<Record<StoreName, unknown[]>> => {
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const all = await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).getAll()));
  await tx.done;
  return Object.fromEntries(STORE_NAMES.map((name, i) => [name, all[i] ?? []])) as Record<StoreName, unknown[]>;
};

/** Every stored note, checked but not decrypted (used by lock and backup). */
export const listStoredNotes = async (db: ReopenDb): Promise<Checked<StoredNote>> =>
  checkAll(StoredNoteChecker, 'notes', await db.getAll('notes'));
