// Writing a checked backup, all or nothing, so that it can never lock the
// user out: a backup's lock is adopted only after its passphrase opened it,
// and a sealed note replaces a note here only after it opened with the key.
import type { Note } from '../shared/case';
import type { Backup } from './backup-format';
import type { ImportPreview } from './backup-preview';
import { previewImport } from './backup-preview';
import { decodeImages } from './backup-images';
import { commitAtomically } from './commit';
import { decryptNote, encryptNote, unwrapDataKey } from './crypto';
import { StorageError } from './errors';
import { IMAGE_COPIES } from './images';
import { getKeyRecord } from './lock';
import type { WriteTx, ReopenDb } from './schema';
import type { KeyRecord, StoredNote } from './records';
import { isEncryptedNote } from './records';

export interface ImportOptions {
  /** This browser's unlocked data key (needed when `preview.needsUnlock`, and to replace sealed notes). */
  key?: CryptoKey | null;
  /** The passphrase the backup was locked with (needed for 'adopt-key' and 'needs-backup-passphrase'). */
  backupPassphrase?: string;
}

/** Adopting a backup's lock without its passphrase could leave a lock nobody can open. */
export const ADOPT_NEEDS_PASSPHRASE = {
  zh: '这个备份带有口令锁。请输入备份的口令：口令能打开它之后才会导入。',
  en: "This backup carries a passphrase lock. Enter the backup's passphrase: it is imported only once the passphrase opens it.",
};

/**
 * Writes a checked backup: records with the same id are replaced, others
 * added, nothing else removed; all in one transaction, or nothing. Every
 * screenshot image is checked against its SHA-256 first. Notes are
 * stored to match THIS browser's lock (sealed with `key` when it is locked);
 * the preview's `kept` notes are left out. Throws StorageError: 'locked' when
 * a key or the backup's passphrase is needed and missing or wrong; 'invalid'
 * when a sealed note of an adopted lock does not open; 'aborted' if the
 * database changed since the preview in a way that matters; 'quota' etc.
 */
export const importBackup = async (db: ReopenDb, backup: Backup, options: ImportOptions = {}): Promise<ImportPreview> => {
  const preview = await previewImport(db, backup, options.key);
  const lock = await getKeyRecord(db);
  const keptIds = new Set(preview.kept.map((k) => k.id));
  let notes: StoredNote[] = backup.notes.filter((n) => !keptIds.has(n.id));
  let adopt: KeyRecord | undefined;
  // The key the stored notes must be sealed with after this import, when we can have it.
  let sealKey: CryptoKey | null | undefined = lock ? options.key : undefined;
  if (preview.encryption === 'adopt-key' && backup.encryption) {
    if (!options.backupPassphrase) throw new StorageError('locked', ADOPT_NEEDS_PASSPHRASE, { replace: true });
    // The AES-GCM wrap is the verifier: only the passphrase the record was
    // made with (and an unaltered salt, iterations and wrapped key) opens it.
    sealKey = await unwrapDataKey(backup.encryption, options.backupPassphrase);
    adopt = backup.encryption;
  } else if (preview.encryption === 'needs-backup-passphrase') {
    if (options.backupPassphrase === undefined || !backup.encryption) throw new StorageError('locked');
    const backupKey = await unwrapDataKey(backup.encryption, options.backupPassphrase);
    const opened: Note[] = [];
    for (const n of notes) opened.push(isEncryptedNote(n) ? await decryptNote(n, backupKey) : n);
    notes = opened;
  }
  // After the import the case file is locked if it was, or if it adopts the
  // backup's lock: then no note may stay in clear text.
  if (lock || adopt) {
    const plain = notes.filter((n) => !isEncryptedNote(n));
    if (plain.length) {
      if (!sealKey) throw new StorageError('locked');
      const key = sealKey;
      const sealedById = new Map((await Promise.all(plain.map((n) => encryptNote(n as Note, key)))).map((n) => [n.id, n]));
      notes = notes.map((n) => sealedById.get(n.id) ?? n);
    }
  }
  // Sealed notes taken over as they are must open with the key they claim:
  // a damaged or swapped ciphertext is refused now rather than found later.
  if (sealKey) {
    for (const n of notes) if (isEncryptedNote(n)) await decryptNote(n, sealKey);
  }
  // The images again from their base64, each checked against its hash: this
  // function is the writer, whoever checked the file before.
  const decoded = await decodeImages(backup.exhibits, backup.images);
  if (!decoded.ok) throw new StorageError('invalid', decoded.error, { replace: true });
  const guard = async (tx: WriteTx) => {
    const now: unknown = await tx.objectStore('meta').get('lock');
    const nowKeyId = now && typeof now === 'object' && 'keyId' in now ? now.keyId : undefined;
    if (nowKeyId !== lock?.keyId) throw new StorageError('aborted');
    if (adopt && (await tx.objectStore('notes').count()) !== 0) throw new StorageError('aborted');
  };
  await commitAtomically(
    db,
    ['cases', 'notes', 'exhibits', 'settings', 'reminders', 'meta', 'images'],
    [
      ...(adopt ? [{ store: 'meta' as const, put: adopt }] : []),
      ...backup.cases.map((put) => ({ store: 'cases' as const, put })),
      ...notes.map((put) => ({ store: 'notes' as const, put })),
      ...backup.exhibits.map((put) => ({ store: 'exhibits' as const, put })),
      // A replaced exhibit takes its images with it: none of the old ones stay behind.
      ...backup.exhibits.flatMap((e) =>
        IMAGE_COPIES.map((copy) => ({ store: 'images' as const, delete: [e.id, copy] as [string, string] })),
      ),
      ...decoded.records.map((put) => ({ store: 'images' as const, put })),
      ...(backup.settings ?? []).map((put) => ({ store: 'settings' as const, put })),
      ...(backup.reminders ?? []).map((put) => ({ store: 'reminders' as const, put })),
    ],
    guard,
    backup.cases.map((c) => c.id),
  );
  return preview;
};
