// What an import would do, computed by reading only, for the preview the user
// confirms: what it adds and replaces, EVERY setting it would change
// (docs/trust-model.md#imported-settings), how sealed notes are handled, and
// which incoming notes it will not store, with why.
import type { Backup } from './backup-format';
import { decryptNote } from './crypto';
import { getKeyRecord } from './lock';
import type { ReopenDb } from './schema';
import type { SettingValue } from './records';
import { SettingRecordSchema, isEncryptedNote } from './records';

/** One setting the import would set: `from` is undefined when it is not set here yet. */
export interface SettingChange {
  key: string;
  from?: SettingValue | undefined;
  to: SettingValue;
}

/**
 * An incoming note the import leaves out, so the note stored here (if any) stays:
 * - 'needs-unlock': it would replace a note here, and a sealed note replaces one
 *   only after it was test-opened with the unlocked key;
 * - 'unreadable': it does not open with the key it claims (altered or damaged).
 */
export interface KeptNote {
  id: string;
  replaces: boolean;
  reason: 'needs-unlock' | 'unreadable';
}

export interface ImportPreview {
  add: { cases: number; notes: number; exhibits: number };
  replace: { cases: number; notes: number; exhibits: number };
  /** Every setting whose value the import changes (settings it sets to the value they have are left out). */
  settings: SettingChange[];
  reminders: number;
  /** Screenshot images in the backup, each already checked against its SHA-256. */
  images: number;
  /**
   * How encrypted notes will be handled:
   * - 'none': the backup has no encrypted notes;
   * - 'same-key': sealed with this browser's lock key, stored as they are once they open;
   * - 'adopt-key': this browser has no lock and no notes, so the backup's lock is adopted, after its passphrase opens it;
   * - 'needs-backup-passphrase': `apply({ backupPassphrase })` must open them.
   */
  encryption: 'none' | 'same-key' | 'adopt-key' | 'needs-backup-passphrase';
  /** This browser's case file is locked: `apply({ key })` needs the unlocked key to seal plain notes. */
  needsUnlock: boolean;
  /** Incoming notes that will not be stored, with why. */
  kept: KeptNote[];
}

const existingKeys = async (db: ReopenDb) => {
  const tx = db.transaction(['cases', 'notes', 'exhibits', 'settings'], 'readonly');
  const [cases, notes, exhibits, settings] = await Promise.all([
    tx.objectStore('cases').getAllKeys(),
    tx.objectStore('notes').getAllKeys(),
    tx.objectStore('exhibits').getAllKeys(),
    tx.objectStore('settings').getAll(),
  ]);
  const values = new Map<string, SettingValue>();
  for (const raw of settings) {
    const r = SettingRecordSchema.safeParse(raw);
    if (r.success) values.set(r.data.key, r.data.value);
  }
  return { cases: new Set(cases), notes: new Set(notes), exhibits: new Set(exhibits), settings: values };
};

/**
 * Computes what importing `backup` into `db` would add, replace, change and
 * keep. `key` is this browser's unlocked key, if any: with it, incoming notes
 * sealed under this browser's lock are test-opened. Reads only.
 */
export const previewImport = async (db: ReopenDb, backup: Backup, key?: CryptoKey | null): Promise<ImportPreview> => {
  const existing = await existingKeys(db);
  const lock = await getKeyRecord(db);
  const sealed = backup.notes.some(isEncryptedNote);
  let encryption: ImportPreview['encryption'] = 'none';
  if (sealed && backup.encryption) {
    if (lock?.keyId === backup.encryption.keyId) encryption = 'same-key';
    else if (!lock && existing.notes.size === 0) encryption = 'adopt-key';
    else encryption = 'needs-backup-passphrase';
  }
  const kept: KeptNote[] = [];
  if (encryption === 'same-key') {
    for (const n of backup.notes) {
      if (!isEncryptedNote(n)) continue;
      const replaces = existing.notes.has(n.id);
      if (!key) {
        if (replaces) kept.push({ id: n.id, replaces, reason: 'needs-unlock' });
        continue;
      }
      try {
        await decryptNote(n, key);
      } catch {
        kept.push({ id: n.id, replaces, reason: 'unreadable' });
      }
    }
  }
  const keptIds = new Set(kept.map((k) => k.id));
  const notes = backup.notes.filter((n) => !keptIds.has(n.id));
  const count = (ids: string[], have: Set<string>) => ids.filter((id) => have.has(id)).length;
  const replace = {
    cases: count(
      backup.cases.map((c) => c.id),
      existing.cases,
    ),
    notes: count(
      notes.map((n) => n.id),
      existing.notes,
    ),
    exhibits: count(
      backup.exhibits.map((o) => o.id),
      existing.exhibits,
    ),
  };
  const settings: SettingChange[] = [];
  for (const s of backup.settings ?? []) {
    const from = existing.settings.get(s.key);
    if (JSON.stringify(from) !== JSON.stringify(s.value)) settings.push({ key: s.key, from, to: s.value });
  }
  const plainIncoming = notes.some((n) => !isEncryptedNote(n)) || encryption === 'needs-backup-passphrase';
  return {
    add: {
      cases: backup.cases.length - replace.cases,
      notes: notes.length - replace.notes,
      exhibits: backup.exhibits.length - replace.exhibits,
    },
    replace,
    settings,
    reminders: backup.reminders?.length ?? 0,
    images: backup.images.length,
    encryption,
    needsUnlock: Boolean(lock) && plainIncoming,
    kept,
  };
};
