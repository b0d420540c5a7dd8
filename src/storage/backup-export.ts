// Export of the whole case file from one consistent read.
import { CaseSchema, ReminderSchema, describeIssues } from '../shared/case';
import { ExhibitSchema } from '../shared/exhibit';
import type { Backup } from './backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION } from './backup-format';
import type { CorruptRecord, Schema } from './checked';
import { keyOf, parseStoredNote } from './checked';
import { decryptNote } from './crypto';
import { backupImagesOf } from './backup-images';
import { dumpStores } from './dump';
import { ImageRecordSchema } from './images';
import { toStorageError } from './errors';
import type { ReopenDb, StoreName } from './schema';
import type { StoredNote } from './records';
import { KeyRecordSchema, SettingRecordSchema, isEncryptedNote } from './records';

export interface ExportOptions {
  /**
   * With the unlocked data key, notes are exported decrypted and the backup
   * carries no key. Without it, a locked case file stays encrypted (README.md#the-case-file:
   * "export of a locked case file stays encrypted unless the user chooses otherwise").
   */
  decryptWith?: CryptoKey;
}

/**
 * Builds a backup of everything from one consistent read. Records that fail
 * their schema are left out and listed in `corrupt` so the UI can say so.
 */
export const exportAll = async (db: ReopenDb, options: ExportOptions = {}): Promise<{ backup: Backup; corrupt: CorruptRecord[] }> => {
  const dump = await dumpStores(db);
  const corrupt: CorruptRecord[] = [];
  const pick = <T>(store: StoreName, schema: Schema<T>, keyField = 'id') => {
    const out: T[] = [];
    for (const raw of dump[store]) {
      const r = schema.safeParse(raw);
      if (r.success) out.push(r.data);
      else corrupt.push({ store, key: keyOf(raw, keyField), problem: describeIssues(r.error.issues), raw });
    }
    return out;
  };
  const cases = pick('cases', CaseSchema);
  let notes = pick('notes', { safeParse: parseStoredNote });
  const listed = pick('exhibits', ExhibitSchema);
  const records = pick('images', ImageRecordSchema, 'exhibitId');
  // A screenshot whose stored image no longer matches its hash would make the
  // whole file unreadable on import: it is left out and reported instead.
  const { images, broken } = await backupImagesOf(listed, records);
  const exhibits = listed.filter((e) => !broken.includes(e.id));
  for (const id of broken) {
    corrupt.push({
      store: 'images',
      key: id,
      problem: 'an image is missing or does not match its SHA-256',
      raw: listed.find((e) => e.id === id),
    });
  }
  const settings = pick('settings', SettingRecordSchema, 'key');
  const reminders = pick('reminders', ReminderSchema, 'caseId');
  const lockRaw = dump.meta.find((m) => m && typeof m === 'object' && 'id' in m && m.id === 'lock');
  const lock = lockRaw === undefined ? undefined : KeyRecordSchema.safeParse(lockRaw);

  if (options.decryptWith) {
    const key = options.decryptWith;
    const opened: StoredNote[] = [];
    for (const n of notes) {
      if (!isEncryptedNote(n)) opened.push(n);
      else {
        try {
          opened.push(await decryptNote(n, key));
        } catch (error) {
          corrupt.push({ store: 'notes', key: n.id, problem: toStorageError(error).text.en, raw: n });
        }
      }
    }
    notes = opened;
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date().toISOString(),
    cases,
    notes,
    exhibits,
    images,
    settings,
    reminders,
  };
  if (notes.some(isEncryptedNote)) {
    if (lock?.success) backup.encryption = lock.data;
    else if (lock) corrupt.push({ store: 'meta', key: 'lock', problem: describeIssues(lock.error.issues), raw: lockRaw });
  }
  return { backup, corrupt };
};

/** The backup as the text of a `.json` file. */
export const serializeBackup = (backup: Backup): string => JSON.stringify(backup);
