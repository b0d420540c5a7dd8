// The backup file format (README.md#the-case-file "Export everything as one
// JSON backup"): one versioned JSON document, and the limits an import holds it to.
import { z } from '../shared/zod';
import type { Case, Reminder } from '../shared/case';
import type { Exhibit } from '../shared/exhibit';
import { CaseSchema, IsoDateTimeSchema, ReminderSchema } from '../shared/case';
import { ExhibitSchema } from '../shared/exhibit';
import type { BackupImage } from './backup-images';
import { BackupImageSchema } from './backup-images';
import type { KeyRecord, SettingRecord, StoredNote } from './records';
import { KeyRecordSchema, SettingRecordSchema } from './records';

/** The `format` marker of a Reopen backup. */
export const BACKUP_FORMAT = 'reopen-backup';
/**
 * The backup format version this build writes and the newest it reads.
 * Version 1 named the exhibits `observations`; version 2 had page exhibits
 * only (no `source`, no images); both are still read. Version 3 adds
 * screenshot exhibits and their images (backup-images.ts).
 */
export const BACKUP_VERSION = 3;
/**
 * Longest backup text accepted, checked on the string BEFORE JSON.parse (UTF-16
 * units). Screenshots travel inside as base64 (a phone screenshot is about
 * 0.1–2 MB), so this leaves room for a hundred or so of them.
 */
export const MAX_BACKUP_CHARS = 128 * 1024 * 1024;
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
  /** The images of the screenshot exhibits, as base64 with their SHA-256. */
  images: BackupImage[];
  settings?: SettingRecord[];
  reminders?: Reminder[];
  /** The wrapped data key, present when any note is encrypted. */
  encryption?: KeyRecord;
}

/** The whole document's shape; notes are checked one by one with parseStoredNote for clear messages. */
export const BackupShapeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: IsoDateTimeSchema,
  cases: z.array(CaseSchema).check(z.maxLength(MAX_RECORDS)),
  notes: z.array(z.unknown()).check(z.maxLength(MAX_RECORDS)),
  exhibits: z.array(ExhibitSchema).check(z.maxLength(MAX_RECORDS)),
  images: z.array(BackupImageSchema).check(z.maxLength(2 * MAX_RECORDS)),
  settings: z.optional(z.array(SettingRecordSchema).check(z.maxLength(1_000))),
  reminders: z.optional(z.array(ReminderSchema).check(z.maxLength(MAX_RECORDS))),
  encryption: z.optional(KeyRecordSchema),
});
