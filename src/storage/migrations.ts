// Cumulative schema steps (docs/architecture.md#migrations): a database at any
// older version walks every later step in order. Only IndexedDB requests happen
// here, so the upgrade transaction never auto-commits half-way
// (docs/trust-model.md#transactions).
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { ReopenSchema, UpgradeTx } from './schema';

/**
 * - v1 (first release): stores `cases`, `notes`, `observations`, keyed by `id`.
 *   v1 cases had no `checklist` field.
 * - v2: indexes (notes by case and by time, observations by case, cases by
 *   update time); stores `settings`, `meta` (the passphrase lock's key record)
 *   and `reminders`; v1 cases gain `checklist: {}`.
 * - v3: the `observations` store is renamed `exhibits` (one word for a dated
 *   piece of evidence, README glossary); records and the `byCase` index move
 *   with it (IDBObjectStore.name is writable during an upgrade:
 *   https://w3c.github.io/IndexedDB/#dom-idbobjectstore-name).
 * - v4: exhibits gain `source` ('page' for every earlier one: only the page
 *   tip and the popup made them); store `images` (screenshot images, keyed
 *   [exhibitId, copy], indexed by case).
 *
 * Exported so the migration test can build a genuine v1 database
 * (`applyUpgrade(db, tx, 0, 1)`) and let `openReopenDb` upgrade it.
 */
export const applyUpgrade = (db: IDBPDatabase<ReopenSchema>, tx: UpgradeTx, oldVersion: number, newVersion: number): void => {
  // Steps before v3 name the store by its old name, which the typed schema no longer has.
  const legacy = tx as unknown as IDBPTransaction<unknown, string[], 'versionchange'>;
  if (oldVersion < 1 && newVersion >= 1) {
    db.createObjectStore('cases', { keyPath: 'id' });
    db.createObjectStore('notes', { keyPath: 'id' });
    (db as unknown as IDBPDatabase).createObjectStore('observations', { keyPath: 'id' });
  }
  if (oldVersion < 2 && newVersion >= 2) {
    tx.objectStore('cases').createIndex('byUpdated', 'updatedAt');
    tx.objectStore('notes').createIndex('byCase', 'caseId');
    tx.objectStore('notes').createIndex('byAt', 'at');
    legacy.objectStore('observations').createIndex('byCase', 'caseId');
    db.createObjectStore('settings', { keyPath: 'key' });
    db.createObjectStore('meta', { keyPath: 'id' });
    db.createObjectStore('reminders', { keyPath: ['caseId', 'deadlineId'] }).createIndex('byCase', 'caseId');
    // Data step: give v1 cases the checklist they did not have. A cursor keeps
    // the upgrade transaction alive with IDB requests only.
    const addChecklist = async () => {
      let cursor = await tx.objectStore('cases').openCursor();
      while (cursor) {
        const value: unknown = cursor.value;
        if (value && typeof value === 'object' && !('checklist' in value)) {
          await cursor.update({ ...value, checklist: {} });
        }
        cursor = await cursor.continue();
      }
    };
    // A failure aborts the upgrade transaction; openReopenDb then rejects.
    addChecklist().catch(() => undefined);
  }
  if (oldVersion < 3 && newVersion >= 3) {
    legacy.objectStore('observations').name = 'exhibits';
  }
  if (oldVersion < 4 && newVersion >= 4) {
    db.createObjectStore('images', { keyPath: ['exhibitId', 'copy'] }).createIndex('byCase', 'caseId');
    const addSource = async () => {
      let cursor = await tx.objectStore('exhibits').openCursor();
      while (cursor) {
        const value: unknown = cursor.value;
        if (value && typeof value === 'object' && !('source' in value)) await cursor.update({ ...value, source: 'page' });
        cursor = await cursor.continue();
      }
    };
    addSource().catch(() => undefined);
  }
};
