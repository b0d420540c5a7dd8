// The storage fence: the only module that opens Reopen's IndexedDB (docs/architecture.md#storage-fence
// "src/storage/ the only place that imports idb"). Used by the service worker
// and extension pages only, never by content scripts: a content script's
// IndexedDB belongs to the lender site's origin (docs/trust-model.md#page-origin-storage).
//
// Two promises are kept here:
// - Reads are checked. Every record read back goes through its zod schema; a
//   corrupt record is reported in `corrupt` and the rest of the list still shows.
// - Writes never lose data. Every record is validated and (when locked)
//   encrypted BEFORE a transaction opens; then one readwrite transaction with
//   durability 'strict' issues all requests, awaits nothing but IndexedDB, and
//   the save resolves only after `tx.done` (docs/trust-model.md#transactions, docs/trust-model.md#worker-lifetime). Ids are
//   client-generated, so a retried save overwrites instead of duplicating.
import type { IDBPDatabase, IDBPTransaction, DBSchema, StoreNames } from 'idb';
import { wrap } from 'idb';
import type { Case, Note, Exhibit, Reminder } from '../shared/case';
import { CaseSchema, IdSchema, NoteSchema, ExhibitSchema, ReminderSchema, describeIssues } from '../shared/case';
import type { ContactChannel } from '../shared/channels';
import { decryptNote, encryptNote } from './crypto';
import { StorageError, invalidRecord, toStorageError } from './errors';
import type { EncryptedNote, KeyRecord, SettingValue, StoredNote } from './records';
import { EncryptedNoteSchema, KeyRecordSchema, SettingRecordSchema, SettingValueSchema } from './records';

/** The database name in the extension origin. */
export const DB_NAME = 'reopen';
/** The current schema version; see `applyUpgrade` for what each version adds. */
export const DB_VERSION = 3;

/**
 * Store layout. Values are `unknown` on purpose: nothing read back is trusted
 * until its schema has checked it.
 */
export interface ReopenSchema extends DBSchema {
  cases: { key: string; value: unknown; indexes: { byUpdated: string } };
  notes: { key: string; value: unknown; indexes: { byCase: string; byAt: string } };
  exhibits: { key: string; value: unknown; indexes: { byCase: string } };
  settings: { key: string; value: unknown };
  meta: { key: string; value: unknown };
  reminders: { key: [string, string]; value: unknown; indexes: { byCase: string } };
}

export type StoreName = StoreNames<ReopenSchema>;
/** An open connection; pass it to every function in this module. */
export type ReopenDb = IDBPDatabase<ReopenSchema>;
type UpgradeTx = IDBPTransaction<ReopenSchema, StoreName[], 'versionchange'>;
/** A readwrite transaction over some stores, as passed to commit guards. */
export type WriteTx = IDBPTransaction<ReopenSchema, StoreName[], 'readwrite'>;

/** Every store, in the order dumps and backups list them. */
export const STORE_NAMES: readonly StoreName[] = ['cases', 'notes', 'exhibits', 'settings', 'meta', 'reminders'];

/**
 * Cumulative schema steps: a database at any older version walks every later
 * step in order (docs/architecture.md#migrations). Only IndexedDB requests happen here.
 *
 * - v1 (first release): stores `cases`, `notes`, `observations`, keyed by `id`.
 *   v1 cases had no `checklist` field.
 * - v2: indexes (notes by case and by time, observations by case, cases by
 *   update time); stores `settings`, `meta` (the passphrase lock's key record)
 *   and `reminders`; v1 cases gain `checklist: {}`.
 * - v3: the `observations` store is renamed `exhibits` (one word for a dated
 *   piece of evidence, README glossary); records and the `byCase` index move
 *   with it (IDBObjectStore.name is writable during an upgrade:
 *   https://w3c.github.io/IndexedDB/#dom-idbobjectstore-name).
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
};

export interface OpenOptions {
  /** Defaults to `globalThis.indexedDB`; tests pass a fresh fake-indexeddb factory. */
  factory?: IDBFactory;
  /** Database name; defaults to DB_NAME (the bench uses its own). */
  name?: string;
  /**
   * A newer version of the extension (in another page or the updated worker)
   * wants to upgrade. This connection has already closed itself so the upgrade
   * can go on; the page should tell the user to reload (StorageError 'blocked').
   */
  onVersionChange?: () => void;
  /**
   * Our upgrade is waiting for an older connection (another open Reopen page)
   * to close. The page can ask the user to close other Reopen tabs.
   */
  onBlocked?: () => void;
}

/**
 * Opens (creating or upgrading) Reopen's database.
 *
 * Mirrors idb's `openDB` (same upgrade/blocked/blocking hooks), built on idb's
 * `wrap`, because `openDB` always uses the global `indexedDB` and tests need a
 * factory per test. Rejects with a StorageError.
 */
export const openReopenDb = async (options: OpenOptions = {}): Promise<ReopenDb> => {
  const factory = options.factory ?? globalThis.indexedDB;
  let request: IDBOpenDBRequest;
  try {
    request = factory.open(options.name ?? DB_NAME, DB_VERSION);
  } catch (error) {
    throw toStorageError(error);
  }
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<ReopenSchema>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    applyUpgrade(db, tx, event.oldVersion, event.newVersion ?? DB_VERSION);
  });
  request.addEventListener('blocked', () => options.onBlocked?.());
  let db: ReopenDb;
  try {
    db = (await wrap(request)) as unknown as ReopenDb;
  } catch (error) {
    throw toStorageError(error);
  }
  // blocking(): close at once so the newer version can upgrade, then let the
  // page say "reload needed" (README.md#the-case-file: "closes itself and the page says it must reload").
  db.addEventListener('versionchange', () => {
    db.close();
    options.onVersionChange?.();
  });
  return db;
};

// ---------------------------------------------------------------------------
// The one write path

type WriteOp =
  | { store: 'cases' | 'notes' | 'exhibits' | 'settings' | 'meta'; put: unknown }
  | { store: 'reminders'; put: unknown }
  | { store: 'cases' | 'notes' | 'exhibits' | 'settings' | 'meta'; delete: string }
  | { store: 'reminders'; delete: [string, string] };

let beforeCommitHook: (() => Promise<void>) | undefined;

/**
 * Test seam: runs after every record has been prepared and before the write
 * transaction opens. Tests inject a slow await here to prove a save is never
 * split (docs/trust-model.md#transactions). Not for production use.
 */
export const setBeforeCommitHookForTests = (hook: (() => Promise<void>) | undefined): void => {
  beforeCommitHook = hook;
};

/**
 * Applies prepared operations in ONE readwrite transaction with durability
 * 'strict' and resolves after it completes. `guard` runs first inside the
 * transaction and may only await IndexedDB requests; throwing aborts everything.
 * A request that throws synchronously (e.g. an injected QuotaExceededError)
 * aborts the transaction too, so earlier requests in it never commit.
 */
export const commitAtomically = async (
  db: ReopenDb,
  stores: StoreName[],
  ops: readonly WriteOp[],
  guard?: (tx: WriteTx) => Promise<void>,
): Promise<void> => {
  if (beforeCommitHook) await beforeCommitHook();
  let tx: WriteTx;
  try {
    tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
  } catch (error) {
    throw toStorageError(error);
  }
  const done = tx.done;
  try {
    if (guard) await guard(tx);
    for (const op of ops) {
      // Each request's own promise would reject on failure; the transaction's
      // outcome (tx.done) is the one we report, so silence the per-request ones.
      if ('put' in op) {
        if (op.store === 'reminders')
          tx.objectStore('reminders')
            .put(op.put)
            .catch(() => undefined);
        else
          tx.objectStore(op.store)
            .put(op.put)
            .catch(() => undefined);
      } else if (op.store === 'reminders') {
        tx.objectStore('reminders')
          .delete(op.delete)
          .catch(() => undefined);
      } else {
        tx.objectStore(op.store)
          .delete(op.delete)
          .catch(() => undefined);
      }
    }
  } catch (error) {
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // already finished or aborted
    }
    throw toStorageError(error);
  }
  try {
    await done;
  } catch (error) {
    throw toStorageError(error ?? tx.error);
  }
  announceChange(stores);
};

/**
 * Every committed write is announced on a BroadcastChannel, so pages holding
 * derived data (the options page's search index) know it is stale, whichever
 * context wrote (worker, popup via the worker, another options tab).
 */
export const CHANGE_CHANNEL = 'reopen-db-changes';
let changes: BroadcastChannel | null | undefined;
const announceChange = (stores: readonly StoreName[]): void => {
  if (changes === undefined) changes = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANGE_CHANNEL) : null;
  try {
    changes?.postMessage({ stores: [...stores] });
  } catch {
    // a closed channel: nobody is listening
  }
};

// ---------------------------------------------------------------------------
// Checking

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

const keyOf = (raw: unknown, field: string): string => {
  if (raw && typeof raw === 'object' && field in raw) return String((raw as Record<string, unknown>)[field]);
  return '?';
};

type Schema<T> = {
  safeParse(v: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
};

const validate = <T>(schema: Schema<T>, value: unknown, what: string): T => {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidRecord(what, describeIssues(result.error.issues));
  return result.data;
};

const checkAll = <T>(schema: Schema<T>, store: StoreName, raws: unknown[], keyField = 'id'): Checked<T> => {
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
const StoredNoteChecker: Schema<StoredNote> = { safeParse: parseStoredNote };

// ---------------------------------------------------------------------------
// The lock record (written by lock.ts)

/** The passphrase lock's key record, or undefined when no lock is set. Throws 'invalid' if corrupt. */
export const getKeyRecord = async (db: ReopenDb): Promise<KeyRecord | undefined> => {
  const raw = await db.get('meta', 'lock');
  return raw === undefined ? undefined : validate(KeyRecordSchema, raw, 'lock');
};

/** Whether a passphrase lock is set (notes are then stored encrypted). */
export const isLockEnabled = async (db: ReopenDb): Promise<boolean> => (await db.count('meta', 'lock')) > 0;

/** Guard: the lock state inside the write transaction is the one the records were prepared for. */
const expectLock =
  (prepared: KeyRecord | undefined) =>
  async (tx: WriteTx): Promise<void> => {
    const now: unknown = await tx.objectStore('meta').get('lock');
    const nowKeyId = now && typeof now === 'object' && 'keyId' in now ? now.keyId : undefined;
    if (nowKeyId !== prepared?.keyId) throw new StorageError('locked');
  };

// ---------------------------------------------------------------------------
// Cases

/** Creates or replaces a case (same id → overwrite, so retries are safe). Throws StorageError. */
export const saveCase = async (db: ReopenDb, value: Case): Promise<Case> => {
  const record = validate(CaseSchema, value, 'case');
  await commitAtomically(db, ['cases'], [{ store: 'cases', put: record }]);
  return record;
};

/** One case, checked; undefined if absent. Throws StorageError('invalid') if the stored record is corrupt. */
export const getCase = async (db: ReopenDb, id: string): Promise<Case | undefined> => {
  const raw = await db.get('cases', id);
  return raw === undefined ? undefined : validate(CaseSchema, raw, `case ${id}`);
};

/** All cases, most recently updated first; corrupt ones are reported, not thrown. */
export const listCases = async (db: ReopenDb): Promise<Checked<Case>> => {
  const checked = checkAll(CaseSchema, 'cases', await db.getAll('cases'));
  checked.items.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  return checked;
};

/**
 * What `deleteCase` removed, as stored (encrypted notes stay encrypted), so
 * the UI can offer "undo" for a short while with `restoreDeleted`.
 */
export interface DeletedSnapshot {
  case: unknown;
  notes: unknown[];
  exhibits: unknown[];
  reminders: unknown[];
}

/** Deletes a case with its notes, exhibits and reminders in one transaction; returns them for undo. */
export const deleteCase = async (db: ReopenDb, id: string): Promise<DeletedSnapshot | undefined> => {
  validate(IdSchema, id, 'case id');
  let snapshot: DeletedSnapshot | undefined;
  const stores: StoreName[] = ['cases', 'notes', 'exhibits', 'reminders'];
  // The reads happen inside the write transaction (IDB requests only), so
  // the snapshot is exactly what was deleted.
  await commitAtomically(db, stores, [], async (tx) => {
    const theCase: unknown = await tx.objectStore('cases').get(id);
    if (theCase === undefined) return;
    const notes = await tx.objectStore('notes').index('byCase').getAll(id);
    const exhibits = await tx.objectStore('exhibits').index('byCase').getAll(id);
    const reminders = await tx.objectStore('reminders').index('byCase').getAll(id);
    for (const n of notes)
      tx.objectStore('notes')
        .delete(keyOf(n, 'id'))
        .catch(() => undefined);
    for (const o of exhibits)
      tx.objectStore('exhibits')
        .delete(keyOf(o, 'id'))
        .catch(() => undefined);
    for (const r of reminders) {
      tx.objectStore('reminders')
        .delete([keyOf(r, 'caseId'), keyOf(r, 'deadlineId')])
        .catch(() => undefined);
    }
    tx.objectStore('cases')
      .delete(id)
      .catch(() => undefined);
    snapshot = { case: theCase, notes, exhibits, reminders };
  });
  return snapshot;
};

/** Puts back what `deleteCase` returned, all or nothing. */
export const restoreDeleted = async (db: ReopenDb, snapshot: DeletedSnapshot): Promise<void> => {
  const theCase = validate(CaseSchema, snapshot.case, 'case');
  const notes = snapshot.notes.map((n, i) => validate(StoredNoteChecker, n, `notes[${i}]`));
  const exhibits = snapshot.exhibits.map((o, i) => validate(ExhibitSchema, o, `exhibits[${i}]`));
  const reminders = snapshot.reminders.map((r, i) => validate(ReminderSchema, r, `reminders[${i}]`));
  await commitAtomically(
    db,
    ['cases', 'notes', 'exhibits', 'reminders'],
    [
      { store: 'cases', put: theCase },
      ...notes.map((put) => ({ store: 'notes' as const, put })),
      ...exhibits.map((put) => ({ store: 'exhibits' as const, put })),
      ...reminders.map((put) => ({ store: 'reminders' as const, put })),
    ],
  );
};

// ---------------------------------------------------------------------------
// Notes (timeline entries)

/** Options for note reads and writes: the unlocked data key, when the lock is set. */
export interface KeyOption {
  key?: CryptoKey | null;
}

/** A note as listed: readable, or only its header while the case file is locked. */
export type NoteView = (Note & { locked: false }) | { locked: true; id: string; caseId: string; at: string; channel: ContactChannel };

const requireCase = (caseIds: readonly string[]) => async (tx: WriteTx) => {
  for (const caseId of new Set(caseIds)) {
    if ((await tx.objectStore('cases').count(caseId)) === 0) {
      throw new StorageError('invalid', { zh: `（找不到案件 ${caseId}。）`, en: `(Case ${caseId} does not exist.)` });
    }
  }
};

const prepareNotes = async (
  db: ReopenDb,
  notes: readonly Note[],
  key: CryptoKey | null | undefined,
): Promise<{ lock: KeyRecord | undefined; stored: StoredNote[] }> => {
  const checked = notes.map((n, i) => validate(NoteSchema, n, notes.length === 1 ? 'note' : `notes[${i}]`));
  const lock = await getKeyRecord(db);
  if (lock && !key) throw new StorageError('locked');
  // Encryption is the slow, non-IDB await: it happens here, before any transaction.
  const stored = lock && key ? await Promise.all(checked.map((n) => encryptNote(n, key))) : checked;
  return { lock, stored };
};

/**
 * Creates or replaces a timeline entry. When the lock is set, `key` is required
 * (else StorageError 'locked') and the note is stored encrypted. The case must exist.
 */
export const saveNote = async (db: ReopenDb, note: Note, options: KeyOption = {}): Promise<void> => {
  await saveBatch(db, { notes: [note] }, options);
};

/** Removes one timeline entry. */
export const deleteNote = async (db: ReopenDb, id: string): Promise<void> => {
  validate(IdSchema, id, 'note id');
  await commitAtomically(db, ['notes'], [{ store: 'notes', delete: id }]);
};

/** Records to save together, all or nothing. */
export interface Batch {
  cases?: readonly Case[];
  notes?: readonly Note[];
  exhibits?: readonly Exhibit[];
}

/**
 * Saves several records in one transaction: either all are stored or none.
 * Every record is validated (and encrypted when locked) before the transaction opens.
 */
export const saveBatch = async (db: ReopenDb, batch: Batch, options: KeyOption = {}): Promise<void> => {
  const cases = (batch.cases ?? []).map((c, i) => validate(CaseSchema, c, `cases[${i}]`));
  const exhibits = (batch.exhibits ?? []).map((o, i) => validate(ExhibitSchema, o, `exhibits[${i}]`));
  const { lock, stored } = batch.notes?.length
    ? await prepareNotes(db, batch.notes, options.key)
    : { lock: undefined, stored: [] as StoredNote[] };
  const newCaseIds = new Set(cases.map((c) => c.id));
  const referenced = [...stored.map((n) => n.caseId), ...exhibits.map((o) => o.caseId)].filter((id) => !newCaseIds.has(id));
  await commitAtomically(
    db,
    ['cases', 'notes', 'exhibits', 'meta'],
    [
      ...cases.map((put) => ({ store: 'cases' as const, put })),
      ...stored.map((put) => ({ store: 'notes' as const, put })),
      ...exhibits.map((put) => ({ store: 'exhibits' as const, put })),
    ],
    async (tx) => {
      if (stored.length) await expectLock(lock)(tx);
      await requireCase(referenced)(tx);
    },
  );
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

export interface SearchFilters extends KeyOption {
  /** Only notes of cases with this lender. */
  lender?: string;
  channel?: ContactChannel;
  caseId?: string;
}

export interface SearchResult extends Checked<Note> {
  /** Encrypted notes that could not be searched because no key was given. */
  lockedSkipped: number;
}

/**
 * Case-insensitive search of text, ref and appealText across all notes, newest
 * first. An empty query matches every note that passes the filters. Encrypted
 * notes are searched only when `key` is given (counted in `lockedSkipped` otherwise).
 */
export const searchNotes = async (db: ReopenDb, query: string, filters: SearchFilters = {}): Promise<SearchResult> => {
  const needle = query.trim().toLowerCase();
  const tx = db.transaction(['cases', 'notes'], 'readonly');
  const [rawCases, rawNotes] = await Promise.all([
    filters.lender === undefined ? Promise.resolve([]) : tx.objectStore('cases').getAll(),
    filters.caseId === undefined
      ? tx.objectStore('notes').index('byAt').getAll()
      : tx.objectStore('notes').index('byCase').getAll(filters.caseId),
  ]);
  let allowedCases: Set<string> | undefined;
  if (filters.lender !== undefined) {
    allowedCases = new Set(
      checkAll(CaseSchema, 'cases', rawCases)
        .items.filter((c) => c.lender === filters.lender)
        .map((c) => c.id),
    );
  }
  // Filter on the clear header before the (costlier) schema check and decryption.
  const candidates = rawNotes.filter((raw) => {
    if (!raw || typeof raw !== 'object') return true;
    const r = raw as Record<string, unknown>;
    if (filters.channel !== undefined && r.channel !== filters.channel) return false;
    if (allowedCases && !allowedCases.has(String(r.caseId))) return false;
    // A plain note that cannot match the query is skipped before the schema
    // check, so only possible matches pay for it (bench store.search_ms_10k).
    // Matches are still checked in full.
    if (needle && !('enc' in r)) {
      const hit = [r.text, r.ref, r.appealText].some((v) => typeof v === 'string' && v.toLowerCase().includes(needle));
      if (!hit) return false;
    }
    return true;
  });
  const views = await viewAll(candidates, filters.key);
  const result: SearchResult = { items: [], corrupt: views.corrupt, lockedSkipped: 0 };
  for (const view of views.items) {
    if (view.locked) {
      result.lockedSkipped++;
      continue;
    }
    const { locked: _locked, ...note } = view;
    if (
      !needle ||
      note.text.toLowerCase().includes(needle) ||
      (note.ref?.toLowerCase().includes(needle) ?? false) ||
      (note.appealText?.toLowerCase().includes(needle) ?? false)
    ) {
      result.items.push(note);
    }
  }
  result.items.reverse();
  return result;
};

// ---------------------------------------------------------------------------
// Exhibits

/** Saves a page exhibit saved from the tip; the case must exist. */
export const saveExhibit = async (db: ReopenDb, exhibit: Exhibit): Promise<void> => {
  await saveBatch(db, { exhibits: [exhibit] });
};

/** A case's exhibits in time order. */
export const listExhibits = async (db: ReopenDb, caseId: string): Promise<Checked<Exhibit>> => {
  const checked = checkAll(ExhibitSchema, 'exhibits', await db.getAllFromIndex('exhibits', 'byCase', caseId));
  checked.items.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
  return checked;
};

// ---------------------------------------------------------------------------
// Settings and reminders

/** A setting's value, or undefined when unset or corrupt. */
export const getSetting = async (db: ReopenDb, key: string): Promise<SettingValue | undefined> => {
  const result = SettingRecordSchema.safeParse(await db.get('settings', key));
  return result.success ? result.data.value : undefined;
};

/** Sets a setting (small JSON value, see SettingValueSchema). */
export const setSetting = async (db: ReopenDb, key: string, value: SettingValue): Promise<void> => {
  const record = validate(SettingRecordSchema, { key, value: validate(SettingValueSchema, value, key) }, 'setting');
  await commitAtomically(db, ['settings'], [{ store: 'settings', put: record }]);
};

/** All settings as a plain object (corrupt ones reported). */
export const listSettings = async (db: ReopenDb): Promise<Checked<{ key: string; value: SettingValue }>> =>
  checkAll(SettingRecordSchema, 'settings', await db.getAll('settings'), 'key');

/** Reminder state for one deadline of a case. */
export const getReminder = async (db: ReopenDb, caseId: string, deadlineId: string): Promise<Reminder | undefined> => {
  const raw = await db.get('reminders', [caseId, deadlineId]);
  return raw === undefined ? undefined : validate(ReminderSchema, raw, 'reminder');
};

/** Records that a reminder was shown today (at most one per case per day, README.md#the-case-file). */
export const saveReminder = async (db: ReopenDb, reminder: Reminder): Promise<void> => {
  const record = validate(ReminderSchema, reminder, 'reminder');
  await commitAtomically(db, ['reminders'], [{ store: 'reminders', put: record }]);
};

/** All reminder states. */
export const listReminders = async (db: ReopenDb): Promise<Checked<Reminder>> =>
  checkAll(ReminderSchema, 'reminders', await db.getAll('reminders'), 'caseId');

// ---------------------------------------------------------------------------
// Raw access for backup, lock and diagnostics

/** Every store's raw records in key order, unchecked. For backups, tests and "database unchanged" proofs. */
export const dumpStores = async (db: ReopenDb): Promise<Record<StoreName, unknown[]>> => {
  const tx = db.transaction([...STORE_NAMES], 'readonly');
  const all = await Promise.all(STORE_NAMES.map((name) => tx.objectStore(name).getAll()));
  await tx.done;
  return Object.fromEntries(STORE_NAMES.map((name, i) => [name, all[i] ?? []])) as Record<StoreName, unknown[]>;
};

/** Every stored note, checked but not decrypted (used by lock and backup). */
export const listStoredNotes = async (db: ReopenDb): Promise<Checked<StoredNote>> =>
  checkAll(StoredNoteChecker, 'notes', await db.getAll('notes'));

export type { EncryptedNote, StoredNote };
