// Deleting a case, and undoing it for a short while (README.md#the-case-file).
// The snapshot keeps the notes as stored, sealed or not, with the id of the
// key that sealed them. If the lock was set, changed or removed since the
// delete, undo re-seals or opens the notes so they match the lock as it is now,
// or refuses with a message saying why; it never puts plain notes into a
// locked case file nor sealed notes whose key is gone.
import type { Note } from '../shared/case';
import { CaseSchema, IdSchema, ReminderSchema } from '../shared/case';
import { ExhibitSchema } from '../shared/exhibit';
import { StoredNoteChecker, keyOf, validate } from './checked';
import { ImageRecordSchema } from './images';
import { commitAtomically } from './commit';
import { decryptNote, encryptNote } from './crypto';
import { StorageError } from './errors';
import { expectLock, getKeyRecord } from './lock';
import type { ReopenDb, StoreName } from './schema';
import type { StoredNote } from './records';
import { isEncryptedNote } from './records';

/**
 * What `deleteCase` removed, as stored (encrypted notes stay encrypted), so
 * the UI can offer "undo" for a short while with `restoreDeleted`.
 */
export interface DeletedSnapshot {
  case: unknown;
  notes: unknown[];
  exhibits: unknown[];
  reminders: unknown[];
  /** The screenshots' images (Blobs), kept in memory for the undo. */
  images: unknown[];
  /** The lock's key id when the case was deleted; undefined when no lock was set. */
  lockKeyId?: string | undefined;
}

/** Undo needs the unlocked key: the case file was locked after the delete. Unlock, then undo again. */
export const UNDO_NEEDS_UNLOCK = {
  zh: '删除之后案件记录加了锁。请先解锁，再撤销删除。',
  en: 'The case file was locked after this case was deleted. Unlock it, then undo.',
};

/** Undo can no longer work: the key that sealed the deleted notes is gone. The undo window ends. */
export const UNDO_KEY_GONE = {
  zh: '删除之后口令锁被移除或更换了，已删除案件的加密记录再也无法打开，所以不能撤销删除。',
  en: 'The lock was removed or replaced after this case was deleted, so its sealed notes can no longer be opened and the delete cannot be undone.',
};

/** Deletes a case with its notes, exhibits, images and reminders in one transaction; returns them for undo. */
export const deleteCase = async (db: ReopenDb, id: string): Promise<DeletedSnapshot | undefined> => {
  validate(IdSchema, id, 'case id');
  let snapshot: DeletedSnapshot | undefined;
  const stores: StoreName[] = ['cases', 'notes', 'exhibits', 'reminders', 'images', 'meta'];
  // The reads happen inside the write transaction (IDB requests only), so
  // the snapshot is exactly what was deleted, under the lock of that moment.
  await commitAtomically(
    db,
    stores,
    [],
    async (tx) => {
      const theCase: unknown = await tx.objectStore('cases').get(id);
      if (theCase === undefined) return;
      const notes = await tx.objectStore('notes').index('byCase').getAll(id);
      const exhibits = await tx.objectStore('exhibits').index('byCase').getAll(id);
      const reminders = await tx.objectStore('reminders').index('byCase').getAll(id);
      const images = await tx.objectStore('images').index('byCase').getAll(id);
      const lock: unknown = await tx.objectStore('meta').get('lock');
      const drop = (store: 'notes' | 'exhibits', key: string) =>
        tx
          .objectStore(store)
          .delete(key)
          .catch(() => undefined);
      for (const n of notes) drop('notes', keyOf(n, 'id'));
      for (const o of exhibits) drop('exhibits', keyOf(o, 'id'));
      for (const r of reminders) {
        tx.objectStore('reminders')
          .delete([keyOf(r, 'caseId'), keyOf(r, 'deadlineId')])
          .catch(() => undefined);
      }
      for (const i of images) {
        tx.objectStore('images')
          .delete([keyOf(i, 'exhibitId'), keyOf(i, 'copy')])
          .catch(() => undefined);
      }
      tx.objectStore('cases')
        .delete(id)
        .catch(() => undefined);
      const lockKeyId = lock && typeof lock === 'object' && 'keyId' in lock ? String(lock.keyId) : undefined;
      snapshot = { case: theCase, notes, exhibits, reminders, images, lockKeyId };
    },
    [id],
  );
  return snapshot;
};

export interface RestoreOptions {
  /** The unlocked key of the case file now (needed when it is locked now and the notes must be sealed). */
  key?: CryptoKey | null;
  /** The unlocked key as it was at the delete (needed when the notes were sealed under a lock that is gone now). */
  keyAtDelete?: CryptoKey | null;
}

/**
 * Puts back what `deleteCase` returned, all or nothing, with its notes stored
 * to match the lock as it is now. Throws StorageError 'locked' (UNDO_NEEDS_UNLOCK:
 * unlock and retry) or 'invalid' (UNDO_KEY_GONE: the undo window is over);
 * nothing is written then.
 */
export const restoreDeleted = async (db: ReopenDb, snapshot: DeletedSnapshot, options: RestoreOptions = {}): Promise<void> => {
  const theCase = validate(CaseSchema, snapshot.case, 'case');
  const stored = snapshot.notes.map((n, i) => validate(StoredNoteChecker, n, `notes[${i}]`));
  const exhibits = snapshot.exhibits.map((o, i) => validate(ExhibitSchema, o, `exhibits[${i}]`));
  const reminders = snapshot.reminders.map((r, i) => validate(ReminderSchema, r, `reminders[${i}]`));
  const images = snapshot.images.map((r, i) => validate(ImageRecordSchema, r, `images[${i}]`));
  const lock = await getKeyRecord(db);
  const sameKey = lock?.keyId === snapshot.lockKeyId;
  let notes: StoredNote[] = stored;
  if (!sameKey && stored.length) {
    // Open what the old key sealed (a passphrase change keeps the key id, so this is a removed or replaced lock).
    const opened: Note[] = [];
    for (const n of stored) {
      if (!isEncryptedNote(n)) opened.push(n);
      else if (!options.keyAtDelete) throw new StorageError('invalid', UNDO_KEY_GONE, { replace: true });
      else {
        try {
          opened.push(await decryptNote(n, options.keyAtDelete));
        } catch (error) {
          throw new StorageError('invalid', UNDO_KEY_GONE, { replace: true, cause: error });
        }
      }
    }
    // Seal them under the lock of now, if there is one.
    if (lock) {
      const key = options.key;
      if (!key) throw new StorageError('locked', UNDO_NEEDS_UNLOCK, { replace: true });
      notes = await Promise.all(opened.map((n) => encryptNote(n, key)));
    } else notes = opened;
  }
  await commitAtomically(
    db,
    ['cases', 'notes', 'exhibits', 'reminders', 'images', 'meta'],
    [
      { store: 'cases', put: theCase },
      ...notes.map((put) => ({ store: 'notes' as const, put })),
      ...exhibits.map((put) => ({ store: 'exhibits' as const, put })),
      ...reminders.map((put) => ({ store: 'reminders' as const, put })),
      ...images.map((put) => ({ store: 'images' as const, put })),
    ],
    // The lock may not change between this preparation and the write.
    expectLock(lock, () => new StorageError('aborted')),
    [theCase.id],
  );
};
