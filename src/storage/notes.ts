// Notes: the entries of a case's timeline (calls, chats, letters, filings).
// When the passphrase lock is set, a note's text, ref and appeal text are
// sealed before the write transaction opens (crypto.ts) and opened on read
// with the unlocked key; without it a note lists as its clear header only.
import type { Note } from '../shared/case';
import type { ContactChannel } from '../shared/channels';
import { IdSchema, NoteSchema } from '../shared/case';
import { requireCases } from './cases';
import type { Checked } from './checked';
import { StoredNoteChecker, checkAll, validate } from './checked';
import { commitAtomically } from './commit';
import { decryptNote, encryptNote } from './crypto';
import { StorageError, toStorageError } from './errors';
import { expectLock, getKeyRecord } from './lock';
import type { ReopenDb } from './schema';
import type { KeyRecord, StoredNote } from './records';

/** Options for note reads and writes: the unlocked data key, when the lock is set. */
export interface KeyOption {
  key?: CryptoKey | null;
}

/** A note as listed: readable, or only its header while the case file is locked. */
export type NoteView = (Note & { locked: false }) | { locked: true; id: string; caseId: string; at: string; channel: ContactChannel };

/** Validates notes and seals them when the lock is set (the slow, non-IDB await happens here, before any transaction). */
export const prepareNotes = async (
  db: ReopenDb,
  notes: readonly Note[],
  key: CryptoKey | null | undefined,
): Promise<{ lock: KeyRecord | undefined; stored: StoredNote[] }> => {
  const checked = notes.map((n, i) => validate(NoteSchema, n, notes.length === 1 ? 'note' : `notes[${i}]`));
  const lock = await getKeyRecord(db);
  if (lock && !key) throw new StorageError('locked');
  const stored = lock && key ? await Promise.all(checked.map((n) => encryptNote(n, key))) : checked;
  return { lock, stored };
};

/**
 * Creates or replaces a timeline entry. When the lock is set, `key` is required
 * (else StorageError 'locked') and the note is stored encrypted. The case must exist.
 */
export const saveNote = async (db: ReopenDb, note: Note, options: KeyOption = {}): Promise<void> => {
  const { lock, stored } = await prepareNotes(db, [note], options.key);
  const caseIds = stored.map((n) => n.caseId);
  await commitAtomically(
    db,
    ['cases', 'notes', 'meta'],
    stored.map((put) => ({ store: 'notes' as const, put })),
    async (tx) => {
      await expectLock(lock)(tx);
      await requireCases(caseIds)(tx);
    },
    caseIds,
  );
};

/** Removes one timeline entry. */
export const deleteNote = async (db: ReopenDb, id: string): Promise<void> => {
  validate(IdSchema, id, 'note id');
  const raw: unknown = await db.get('notes', id);
  const caseId = raw && typeof raw === 'object' && 'caseId' in raw ? String(raw.caseId) : undefined;
  await commitAtomically(db, ['notes'], [{ store: 'notes', delete: id }], undefined, caseId ? [caseId] : []);
};

const toView = async (note: StoredNote, key: CryptoKey | null | undefined): Promise<NoteView> => {
  if (!('enc' in note)) return { ...note, locked: false };
  if (!key) return { locked: true, id: note.id, caseId: note.caseId, at: note.at, channel: note.channel };
  return { ...(await decryptNote(note, key)), locked: false };
};

const viewAll = async (raws: unknown[], key: CryptoKey | null | undefined): Promise<Checked<NoteView>> => {
  const checked = checkAll(StoredNoteChecker, 'notes', raws);
  const out: Checked<NoteView> = { items: [], corrupt: checked.corrupt };
  for (const note of checked.items) {
    try {
      out.items.push(await toView(note, key));
    } catch (error) {
      out.corrupt.push({ store: 'notes', key: note.id, problem: toStorageError(error).text.en, raw: note });
    }
  }
  return out;
};

/**
 * Timeline entries in time order, for one case or all. Encrypted notes are
 * decrypted with `key`; without it they come back as `{ locked: true }` headers.
 * Notes that fail their schema or do not decrypt are reported in `corrupt`.
 */
export const listNotes = async (db: ReopenDb, caseId?: string, options: KeyOption = {}): Promise<Checked<NoteView>> => {
  if (caseId === undefined) return viewAll(await db.getAllFromIndex('notes', 'byAt'), options.key);
  const result = await viewAll(await db.getAllFromIndex('notes', 'byCase', caseId), options.key);
  result.items.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return result;
};

/**
 * The newest `limit` notes across all cases, newest first, read with a cursor
 * on the `byAt` index so the workspace's first screen stays fast with 10,000
 * notes (README.md#the-case-file "10,000 notes stay fast"): only the page shown is
 * schema-checked and decrypted, not the whole store.
 */
export const listRecentNotes = async (db: ReopenDb, limit: number, options: KeyOption = {}): Promise<Checked<NoteView>> => {
  const tx = db.transaction('notes', 'readonly');
  const raws: unknown[] = [];
  let cursor = await tx.store.index('byAt').openCursor(null, 'prev');
  while (cursor && raws.length < limit) {
    raws.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return viewAll(raws, options.key);
};
