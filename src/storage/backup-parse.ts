// Reading a backup file. Import treats the file as hostile: its bytes must be
// UTF-8, it is size-checked before parsing, depth-checked without recursion,
// stripped of prototype-polluting keys and checked record by record, all
// without touching the database; then a preview, and only the user's
// confirmation writes it (backup-import.ts).
import type { Bilingual } from '../shared/bilingual';
import { describeIssues } from '../shared/case';
import type { Backup } from './backup-format';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupShapeSchema, FORBIDDEN_KEYS, MAX_BACKUP_CHARS, MAX_BACKUP_DEPTH } from './backup-format';
import { decodeImages } from './backup-images';
import type { ImportOptions } from './backup-import';
import { importBackup } from './backup-import';
import type { ImportPreview } from './backup-preview';
import { previewImport } from './backup-preview';
import { parseStoredNote } from './checked';
import type { ReopenDb } from './schema';
import type { StoredNote } from './records';
import { isEncryptedNote } from './records';

const fail = (zh: string, en: string): { ok: false; error: Bilingual } => ({ ok: false, error: { zh, en } });

/**
 * A backup file's bytes as text. Reopen writes UTF-8 only; anything else (GBK,
 * overlong forms, stray bytes) is refused rather than imported with U+FFFD in
 * place of the user's words (https://encoding.spec.whatwg.org/#utf-8-decoder,
 * `fatal: true`). A leading byte-order mark is dropped.
 */
export const decodeBackupBytes = (bytes: ArrayBuffer | Uint8Array): { ok: true; text: string } | { ok: false; error: Bilingual } => {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return fail(
      '备份文件不是 UTF-8 编码（可能被其他软件另存为 GBK 等编码，或已损坏），没有导入。请使用 Reopen 导出的原始文件。',
      'The backup file is not UTF-8 text (another program may have saved it as GBK or similar, or it is damaged); nothing was imported. Use the file Reopen exported.',
    );
  }
};

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

export type ParsedBackup =
  | { ok: false; error: Bilingual }
  | { ok: true; backup: Backup; preview: ImportPreview; apply: (options?: ImportOptions) => Promise<ImportPreview> };

/**
 * A version 1 or 2 backup in version 3's shape, or null when it is not one:
 * version 1 called the exhibits `observations`, and both had page exhibits
 * only (no `source`) and no images. Nothing else changed.
 */
const fromOlderVersion = (top: Record<string, unknown>): Record<string, unknown> | null => {
  let doc = top;
  if (top.version === 1) {
    if ('exhibits' in top) return null;
    const { observations, ...others } = top;
    doc = { ...others, exhibits: observations };
  }
  if ('images' in doc) return null;
  const exhibits = Array.isArray(doc.exhibits)
    ? doc.exhibits.map((e: unknown) => (e && typeof e === 'object' && !Array.isArray(e) && !('source' in e) ? { ...e, source: 'page' } : e))
    : doc.exhibits;
  return { ...doc, version: BACKUP_VERSION, exhibits, images: [] };
};

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

const invalid = (detail: string) =>
  fail(`备份文件中有无效内容，没有导入：${detail}`, `The backup contains invalid data, so nothing was imported: ${detail}`);

/** Structure checks after JSON.parse: format, version, schemas, duplicates, references, encryption. */
const checkBackup = (data: unknown): { ok: false; error: Bilingual } | { ok: true; backup: Backup } => {
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return fail('这不是 Reopen 的备份文件。', 'This is not a Reopen backup file.');
  const top = data as Record<string, unknown>;
  if (top.format !== BACKUP_FORMAT) return fail('这不是 Reopen 的备份文件。', 'This is not a Reopen backup file.');
  if (typeof top.version === 'number' && Number.isInteger(top.version) && top.version > BACKUP_VERSION) {
    return fail(
      `这个备份来自更新版本的 Reopen（格式版本 ${top.version}）。请先更新扩展再导入。`,
      `This backup was made by a newer Reopen (format version ${top.version}). Update the extension, then import it.`,
    );
  }
  if (top.version === 1 || top.version === 2) data = fromOlderVersion(top);
  else if (top.version !== BACKUP_VERSION) {
    return fail('备份文件的版本号无效。', 'The backup file has an invalid version number.');
  }
  if (data === null) return fail('备份文件的版本号无效。', 'The backup file has an invalid version number.');
  const shape = BackupShapeSchema.safeParse(data);
  if (!shape.success) return invalid(describeIssues(shape.error.issues));
  const notes: StoredNote[] = [];
  for (const [i, raw] of shape.data.notes.entries()) {
    const r = parseStoredNote(raw);
    if (!r.success) return invalid(describeIssues(r.error.issues, `notes[${i}]`));
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
  if (notes.some(isEncryptedNote) && !encryption) {
    return fail(
      '备份中有加密的记录，但缺少解密所需的密钥信息。',
      'The backup has encrypted notes but not the key data needed to open them.',
    );
  }
  return { ok: true, backup };
};

/**
 * Parses and checks a backup file's text WITHOUT changing the database, and
 * computes the preview against `db` (with this browser's unlocked `key`, when
 * there is one, so sealed notes can be test-opened). Order of checks: type,
 * size (before parsing), nesting depth (iterative scan), JSON syntax,
 * prototype-polluting keys stripped, format and version (a newer version is
 * refused), every record against its schema, duplicate ids, references
 * between records, encryption, then every screenshot image's bytes against
 * its SHA-256. On success, `apply()` imports it.
 */
export const parseBackup = async (db: ReopenDb, text: unknown, options: { key?: CryptoKey | null } = {}): Promise<ParsedBackup> => {
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
  const checked = checkBackup(data);
  if (!checked.ok) return checked;
  const { backup } = checked;
  // Every image's bytes against its hash, before the preview: a tampered screenshot refuses the file.
  const decoded = await decodeImages(backup.exhibits, backup.images);
  if (!decoded.ok) return decoded;
  const preview = await previewImport(db, backup, options.key);
  return { ok: true, backup, preview, apply: (applyOptions) => importBackup(db, backup, applyOptions) };
};

/** `parseBackup` of a file's bytes, refusing anything that is not UTF-8. */
export const parseBackupFile = async (
  db: ReopenDb,
  bytes: ArrayBuffer | Uint8Array,
  options: { key?: CryptoKey | null } = {},
): Promise<ParsedBackup> => {
  const decoded = decodeBackupBytes(bytes);
  return decoded.ok ? parseBackup(db, decoded.text, options) : decoded;
};
