// Export and import of the whole case file as one versioned JSON document
// (README.md#the-case-file "Export everything as one JSON backup"). Import treats the file as
// hostile: it is size-checked before parsing, depth-checked without recursion,
// stripped of prototype-polluting keys, checked record by record, previewed,
// and only then written all-or-nothing in one transaction.
import { z } from '../shared/zod';
import type { Case, Note, Exhibit, Reminder } from '../shared/case';
import { CaseSchema, IsoDateTimeSchema, ExhibitSchema, ReminderSchema, describeIssues } from '../shared/case';
import { commitAtomically, dumpStores, getKeyRecord, parseStoredNote } from './db';
import type { CorruptRecord, ReopenDb, StoreName, WriteTx } from './db';
import { decryptNote, encryptNote, unwrapDataKey } from './crypto';
import type { Bilingual } from '../shared/bilingual';
import { StorageError } from './errors';
import type { KeyRecord, SettingRecord, StoredNote } from './records';
import { KeyRecordSchema, SettingRecordSchema, isEncryptedNote } from './records';

/** The `format` marker of a Reopen backup. */
export const BACKUP_FORMAT = 'reopen-backup';
/**
 * The backup format version this build writes and the newest it reads.
 * Version 1 named the exhibits `observations`; it is still read.
 */
export const BACKUP_VERSION = 2;
/** Longest backup text accepted, checked on the string BEFORE JSON.parse (UTF-16 units). */
export const MAX_BACKUP_CHARS = 20 * 1024 * 1024;
/** Deepest nesting of arrays/objects accepted; a real backup needs 5. */
export const MAX_BACKUP_DEPTH = 16;
/** Keys dropped while parsing so that no object gains a prototype from the file. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const MAX_RECORDS = 200_000;

/** A backup as this build writes it. Notes are stored notes: encrypted ones stay sealed unless decrypted on export. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  cases: Case[];
  notes: StoredNote[];
  exhibits: Exhibit[];
  settings?: SettingRecord[];
  reminders?: Reminder[];
  /** The wrapped data key, present when any note is encrypted. */
  encryption?: KeyRecord;
}

// Notes are checked one by one with parseStoredNote for clear messages.
const BackupShapeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTimeSchema,
  cases: z.array(CaseSchema).check(z.maxLength(MAX_RECORDS)),
  notes: z.array(z.unknown()).check(z.maxLength(MAX_RECORDS)),
  exhibits: z.array(ExhibitSchema).check(z.maxLength(MAX_RECORDS)),
  settings: z.optional(z.array(SettingRecordSchema).check(z.maxLength(1_000))),
  reminders: z.optional(z.array(ReminderSchema).check(z.maxLength(MAX_RECORDS))),
  encryption: z.optional(KeyRecordSchema),
});

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
  const pick = <T>(
    store: StoreName,
    parse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } },
    keyField = 'id',
  ) => {
    const out: T[] = [];
    for (const raw of dump[store]) {
      const r = parse(raw);
      if (r.success) out.push(r.data);
      else {
        const key = raw && typeof raw === 'object' && keyField in raw ? String((raw as Record<string, unknown>)[keyField]) : '?';
        corrupt.push({ store, key, problem: describeIssues(r.error.issues), raw });
      }
    }
    return out;
  };
  const cases = pick('cases', (v) => CaseSchema.safeParse(v));
  let notes = pick('notes', parseStoredNote);
  const exhibits = pick('exhibits', (v) => ExhibitSchema.safeParse(v));
  const settings = pick('settings', (v) => SettingRecordSchema.safeParse(v), 'key');
  const reminders = pick('reminders', (v) => ReminderSchema.safeParse(v), 'caseId');
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
          corrupt.push({ store: 'notes', key: n.id, problem: (error as StorageError).text?.en ?? String(error), raw: n });
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

// ---------------------------------------------------------------------------
// Import

const fail = (zh: string, en: string): { ok: false; error: Bilingual } => ({ ok: false, error: { zh, en } });

/**
 * Deepest array/object nesting in a JSON text, scanned iteratively (no
 * recursion, so 10k-deep input cannot overflow the stack). Stops early once
 * `limit` is exceeded. Brackets inside strings are ignored.
 */
export const jsonDepth = (text: string, limit = Infinity): number => {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) depth--;
  }
  return max;
};

/** What an import would do, for the preview shown before the user confirms. */
export interface ImportPreview {
  add: { cases: number; notes: number; exhibits: number };
  replace: { cases: number; notes: number; exhibits: number };
  settings: number;
  reminders: number;
  /**
   * How encrypted notes will be handled:
   * - 'none': the backup has no encrypted notes;
   * - 'same-key': sealed with this browser's lock key, stored as they are;
   * - 'adopt-key': this browser has no lock and no notes, so the backup's lock is adopted as is;
   * - 'needs-backup-passphrase': `apply({ backupPassphrase })` must open them.
   */
  encryption: 'none' | 'same-key' | 'adopt-key' | 'needs-backup-passphrase';
  /** This browser's case file is locked: `apply({ key })` needs the unlocked key to seal plain notes. */
  needsUnlock: boolean;
}

export interface ImportOptions {
  /** This browser's unlocked data key (needed when `preview.needsUnlock`). */
  key?: CryptoKey | null;
  /** The passphrase the backup was locked with (needed for 'needs-backup-passphrase'). */
  backupPassphrase?: string;
}

export type ParsedBackup =
  | { ok: false; error: Bilingual }
  | { ok: true; backup: Backup; preview: ImportPreview; apply: (options?: ImportOptions) => Promise<ImportPreview> };

const WHAT_ZH: Record<string, string> = { cases: '案件', notes: '记录', exhibits: '页面存证', settings: '设置', reminders: '提醒' };

const checkDuplicates = (ids: readonly string[], what: string): { ok: false; error: Bilingual } | undefined => {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) {
      return fail(
        `备份中的${WHAT_ZH[what] ?? what}编号 ${id} 重复出现，没有导入。`,
        `The backup lists ${what} id ${id} twice; nothing was imported.`,
      );
    }
    seen.add(id);
  }
  return undefined;
};

/**
 * Parses and checks a backup file's text WITHOUT changing the database, and
 * computes the preview against `db`. Order of checks: type, size (before
 * parsing), nesting depth (iterative scan), JSON syntax, prototype-polluting
 * keys stripped, format and version (a newer version is refused), every record
 * against its schema, duplicate ids, references between records, encryption.
 * On success, `apply()` imports it (see importBackup).
 */
export const parseBackup = async (db: ReopenDb, text: unknown): Promise<ParsedBackup> => {
  if (typeof text !== 'string') return fail('备份文件无法读取。', 'The backup file could not be read.');
  if (text.length > MAX_BACKUP_CHARS) {
    return fail(
      `备份文件太大（上限 ${MAX_BACKUP_CHARS / 1024 / 1024} MB），没有导入。`,
      `The backup file is too large (limit ${MAX_BACKUP_CHARS / 1024 / 1024} MB); nothing was imported.`,
    );
  }
  if (text.trim() === '') return fail('备份文件是空的。', 'The backup file is empty.');
  if (jsonDepth(text, MAX_BACKUP_DEPTH) > MAX_BACKUP_DEPTH) {
    return fail('备份文件结构嵌套过深，不是 Reopen 的备份。', 'The backup file is nested too deeply; it is not a Reopen backup.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
  } catch {
    return fail('备份文件不是有效的 JSON，可能已损坏或不完整。', 'The backup file is not valid JSON; it may be damaged or incomplete.');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return fail('这不是 Reopen 的备份文件。', 'This is not a Reopen backup file.');
  }
  const top = data as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) return fail('这不是 Reopen 的备份文件。', 'This is not a Reopen backup file.');
  if (typeof top.version === 'number' && Number.isInteger(top.version) && top.version > BACKUP_VERSION) {
    return fail(
      `这个备份来自更新版本的 Reopen（格式版本 ${top.version}）。请先更新扩展再导入。`,
      `This backup was made by a newer Reopen (format version ${top.version}). Update the extension, then import it.`,
    );
  }
  if (top.version === 1 && !('exhibits' in top)) {
    // Version 1 called the exhibits `observations`; nothing else changed.
    const { observations, ...others } = top;
    data = { ...others, version: BACKUP_VERSION, exhibits: observations };
  } else if (top.version !== BACKUP_VERSION) {
    return fail('备份文件的版本号无效。', 'The backup file has an invalid version number.');
  }
  const shape = BackupShapeSchema.safeParse(data);
  if (!shape.success) {
    const detail = describeIssues(shape.error.issues);
    return fail(`备份文件中有无效内容，没有导入：${detail}`, `The backup contains invalid data, so nothing was imported: ${detail}`);
  }
  const notes: StoredNote[] = [];
  for (const [i, raw] of shape.data.notes.entries()) {
    const r = parseStoredNote(raw);
    if (!r.success) {
      const detail = describeIssues(r.error.issues, `notes[${i}]`);
      return fail(`备份文件中有无效内容，没有导入：${detail}`, `The backup contains invalid data, so nothing was imported: ${detail}`);
    }
    notes.push(r.data);
  }
  const { settings, reminders, encryption, ...rest } = shape.data;
  const backup: Backup = { ...rest, notes };
  if (settings) backup.settings = settings;
  if (reminders) backup.reminders = reminders;
  if (encryption) backup.encryption = encryption;

  for (const [what, ids] of [
    ['cases', backup.cases.map((c) => c.id)],
    ['notes', notes.map((n) => n.id)],
    ['exhibits', backup.exhibits.map((o) => o.id)],
    ['settings', (settings ?? []).map((s) => s.key)],
    ['reminders', (reminders ?? []).map((r) => `${r.caseId}/${r.deadlineId}`)],
  ] as const) {
    const dup = checkDuplicates(ids, what);
    if (dup) return dup;
  }
  const caseIds = new Set(backup.cases.map((c) => c.id));
  const orphan = [...notes, ...backup.exhibits, ...(reminders ?? [])].find((r) => !caseIds.has(r.caseId));
  if (orphan) {
    return fail(
      `备份中有记录指向不存在的案件 ${orphan.caseId}，没有导入。`,
      `The backup has a record that refers to a missing case ${orphan.caseId}; nothing was imported.`,
    );
  }
  const sealed = notes.some(isEncryptedNote);
  if (sealed && !encryption) {
    return fail(
      '备份中有加密的记录，但缺少解密所需的密钥信息。',
      'The backup has encrypted notes but not the key data needed to open them.',
    );
  }
  const preview = await previewImport(db, backup);
  return { ok: true, backup, preview, apply: (options) => importBackup(db, backup, options) };
};

const existingKeys = async (db: ReopenDb) => {
  const tx = db.transaction(['cases', 'notes', 'exhibits'], 'readonly');
  const [cases, notes, exhibits] = await Promise.all([
    tx.objectStore('cases').getAllKeys(),
    tx.objectStore('notes').getAllKeys(),
    tx.objectStore('exhibits').getAllKeys(),
  ]);
  return { cases: new Set(cases), notes: new Set(notes), exhibits: new Set(exhibits) };
};

/** Computes what importing `backup` into `db` would add, replace and need. Reads only. */
export const previewImport = async (db: ReopenDb, backup: Backup): Promise<ImportPreview> => {
  const existing = await existingKeys(db);
  const lock = await getKeyRecord(db);
  const count = (ids: string[], have: Set<string>) => ids.filter((id) => have.has(id)).length;
  const replace = {
    cases: count(
      backup.cases.map((c) => c.id),
      existing.cases,
    ),
    notes: count(
      backup.notes.map((n) => n.id),
      existing.notes,
    ),
    exhibits: count(
      backup.exhibits.map((o) => o.id),
      existing.exhibits,
    ),
  };
  const sealed = backup.notes.some(isEncryptedNote);
  let encryption: ImportPreview['encryption'] = 'none';
  if (sealed && backup.encryption) {
    if (lock?.keyId === backup.encryption.keyId) encryption = 'same-key';
    else if (!lock && existing.notes.size === 0) encryption = 'adopt-key';
    else encryption = 'needs-backup-passphrase';
  }
  const plainIncoming = backup.notes.some((n) => !isEncryptedNote(n)) || encryption === 'needs-backup-passphrase';
  return {
    add: {
      cases: backup.cases.length - replace.cases,
      notes: backup.notes.length - replace.notes,
      exhibits: backup.exhibits.length - replace.exhibits,
    },
    replace,
    settings: backup.settings?.length ?? 0,
    reminders: backup.reminders?.length ?? 0,
    encryption,
    needsUnlock: Boolean(lock) && plainIncoming,
  };
};

/**
 * Writes a checked backup: records with the same id are replaced, others
 * added, nothing else removed; all in one transaction, or nothing.
 * Notes are stored to match THIS browser's lock (sealed with `key` when it is
 * locked). Throws StorageError: 'locked' when a key or the backup's passphrase
 * is needed and missing or wrong; 'aborted' if the database changed since the
 * preview in a way that matters; 'quota' etc. from IndexedDB.
 */
export const importBackup = async (db: ReopenDb, backup: Backup, options: ImportOptions = {}): Promise<ImportPreview> => {
  const preview = await previewImport(db, backup);
  const lock = await getKeyRecord(db);
  let notes: StoredNote[] = backup.notes;
  let adopt: KeyRecord | undefined;
  // The key the stored notes must be sealed with after this import, when we can have it.
  let sealKey: CryptoKey | null | undefined = lock ? options.key : undefined;
  if (preview.encryption === 'adopt-key') {
    adopt = backup.encryption;
    if (adopt && options.backupPassphrase !== undefined) sealKey = await unwrapDataKey(adopt, options.backupPassphrase);
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
  const guard = async (tx: WriteTx) => {
    const now: unknown = await tx.objectStore('meta').get('lock');
    const nowKeyId = now && typeof now === 'object' && 'keyId' in now ? now.keyId : undefined;
    if (nowKeyId !== lock?.keyId) throw new StorageError('aborted');
    if (adopt && (await tx.objectStore('notes').count()) !== 0) throw new StorageError('aborted');
  };
  await commitAtomically(
    db,
    ['cases', 'notes', 'exhibits', 'settings', 'reminders', 'meta'],
    [
      ...(adopt ? [{ store: 'meta' as const, put: adopt }] : []),
      ...backup.cases.map((put) => ({ store: 'cases' as const, put })),
      ...notes.map((put) => ({ store: 'notes' as const, put })),
      ...backup.exhibits.map((put) => ({ store: 'exhibits' as const, put })),
      ...(backup.settings ?? []).map((put) => ({ store: 'settings' as const, put })),
      ...(backup.reminders ?? []).map((put) => ({ store: 'reminders' as const, put })),
    ],
    guard,
  );
  return preview;
};
