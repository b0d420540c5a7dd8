// Validated reads: every record read back goes through its zod schema; a
// corrupt record is reported in `corrupt` and the rest of the list still shows.
import { NoteSchema, describeIssues } from '../shared/case';
import { invalidRecord } from './errors';
import type { StoreName } from './schema';
import type { StoredNote } from './records';
import { EncryptedNoteSchema } from './records';

/** A record that failed its schema (or could not be decrypted) when read back. */
export interface CorruptRecord {
  store: StoreName;
  key: string;
  problem: string;
  raw: unknown;
}

/** A checked list: the good records plus a report of the bad ones. */
export interface Checked<T> {
  items: T[];
  corrupt: CorruptRecord[];
}

/** The record's key field as text, for reports; '?' when it has none. */
export const keyOf = (raw: unknown, field: string): string => {
  if (raw && typeof raw === 'object' && field in raw) return String((raw as Record<string, unknown>)[field]);
  return '?';
};

export type Schema<T> = {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

/** The value as `T`, or StorageError('invalid') naming `what` and the bad fields. */
export const validate = <T>(schema: Schema<T>, value: unknown, what: string): T => {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRecord(what, describeIssues(result.error.issues));
  return result.data;
};

export const checkAll = <T>(schema: Schema<T>, store: StoreName, raws: readonly unknown[], keyField = 'id'): Checked<T> => {
  const out: Checked<T> = { items: [], corrupt: [] };
  for (const raw of raws) {
    const result = schema.safeParse(raw);
    if (result.success) out.items.push(result.data);
    else out.corrupt.push({ store, key: keyOf(raw, keyField), problem: describeIssues(result.error.issues), raw });
  }
  return out;
};

/** Checks a stored note, choosing the schema by shape so messages name the right fields. */
export const parseStoredNote = (raw: unknown): ReturnType<Schema<StoredNote>['safeParse']> =>
  raw && typeof raw === 'object' && 'enc' in raw ? EncryptedNoteSchema.safeParse(raw) : NoteSchema.safeParse(raw);
export const StoredNoteChecker: Schema<StoredNote> = { safeParse: parseStoredNote };
