// The optional passphrase lock over the notes store (README.md#the-case-file). Each operation
// prepares everything first (PBKDF2 and every encryption are slow awaits that
// would let an IndexedDB transaction auto-commit half-way, docs/trust-model.md#transactions), then
// writes in one transaction whose guard re-checks that nothing changed meanwhile.
import type { Note } from '../shared/case';
import { parseStoredNote, validate } from './checked';
import { commitAtomically } from './commit';
import { listStoredNotes } from './dump';
import type { ReopenDb, WriteTx } from './schema';
import { checkNewPassphrase, decryptNote, encryptNote, unwrapDataKey, wrapDataKey, generateDataKey } from './crypto';
import { StorageError } from './errors';
import type { KeyRecord, StoredNote } from './records';
import { KeyRecordSchema, isEncryptedNote } from './records';

/** The passphrase lock's key record, or undefined when no lock is set. Throws 'invalid' if corrupt. */
export const getKeyRecord = async (db: ReopenDb): Promise<KeyRecord | undefined> => {
  const raw = await db.get('meta', 'lock');
  return raw === undefined ? undefined : validate(KeyRecordSchema, raw, 'lock');
};

/** Whether a passphrase lock is set (notes are then stored encrypted). */
export const isLockEnabled = async (db: ReopenDb): Promise<boolean> => (await db.count('meta', 'lock')) > 0;

/** Guard: the lock inside the write transaction is the one the records were prepared for. */
export const expectLock =
  (prepared: KeyRecord | undefined, error: () => StorageError = () => new StorageError('locked')) =>
  async (tx: WriteTx): Promise<void> => {
    const now: unknown = await tx.objectStore('meta').get('lock');
    const nowKeyId = now && typeof now === 'object' && 'keyId' in now ? now.keyId : undefined;
    if (nowKeyId !== prepared?.keyId) throw error();
  };

export interface LockOptions {
  /** PBKDF2 iterations; defaults to 600,000. Tests pass ~1,000. */
  iterations?: number;
}

const NO_LOCK = { zh: '（尚未设置口令锁。）', en: '(No passphrase lock is set.)' };
const ALREADY_LOCKED = { zh: '（已经设置了口令锁。）', en: '(A passphrase lock is already set.)' };
const CHANGED_MEANWHILE = {
  zh: '（处理期间记录被其他页面修改了，什么都没有改变。请重试。）',
  en: '(Records changed in another page meanwhile; nothing was changed. Please try again.)',
};

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Guard: the notes store still holds exactly the valid notes we prepared from
 * (corrupt records, which we never touch, may stay), and the lock record is unchanged.
 */
const unchangedSince =
  (notes: readonly StoredNote[], lock: KeyRecord | undefined) =>
  async (tx: WriteTx): Promise<void> => {
    const [nowNotes, nowLock] = await Promise.all([tx.objectStore('notes').getAll(), tx.objectStore('meta').get('lock')]);
    if (!sameJson(nowLock, lock)) throw new StorageError('aborted', CHANGED_MEANWHILE);
    const before = new Map(notes.map((n) => [n.id, n]));
    let seen = 0;
    for (const raw of nowNotes) {
      const parsed = parseStoredNote(raw);
      if (!parsed.success) continue;
      const prior = before.get(parsed.data.id);
      if (!prior || !sameJson(prior, parsed.data)) throw new StorageError('aborted', CHANGED_MEANWHILE);
      seen++;
    }
    if (seen !== before.size) throw new StorageError('aborted', CHANGED_MEANWHILE);
  };

/**
 * Sets a passphrase lock: creates a random data key, wraps it under the
 * passphrase, and encrypts every existing note, all in one transaction.
 * Returns the (extractable) data key so the shell can keep it unlocked in
 * storage.session. Throws StorageError ('invalid' for a short passphrase or an
 * existing lock).
 */
export const enableLock = async (db: ReopenDb, passphrase: string, options: LockOptions = {}): Promise<CryptoKey> => {
  checkNewPassphrase(passphrase);
  if (await getKeyRecord(db)) throw new StorageError('invalid', ALREADY_LOCKED);
  const key = await generateDataKey();
  const record = await wrapDataKey(key, passphrase, { keyId: crypto.randomUUID(), ...options });
  const { items } = await listStoredNotes(db);
  const sealed = await Promise.all(items.map((n) => (isEncryptedNote(n) ? n : encryptNote(n, key))));
  await commitAtomically(
    db,
    ['notes', 'meta'],
    [{ store: 'meta', put: record }, ...sealed.map((put) => ({ store: 'notes' as const, put }))],
    unchangedSince(items, undefined),
  );
  return key;
};

/**
 * Opens the lock: returns the data key, or throws StorageError('locked') with
 * the "wrong passphrase" message. Never writes anything.
 * `extractable: false` for pages that will not hand the key to storage.session.
 */
export const unlock = async (db: ReopenDb, passphrase: string, options: { extractable?: boolean } = {}): Promise<CryptoKey> => {
  const record = await getKeyRecord(db);
  if (!record) throw new StorageError('invalid', NO_LOCK);
  return unwrapDataKey(record, passphrase, options);
};

/**
 * Rewraps the SAME data key under a new passphrase and stores it with a single
 * put of the key record, so at every moment exactly one of the two passphrases
 * works and no note needs re-encrypting. Wrong old passphrase → 'locked', nothing written.
 */
export const changePassphrase = async (
  db: ReopenDb,
  oldPassphrase: string,
  newPassphrase: string,
  options: LockOptions = {},
): Promise<void> => {
  const record = await getKeyRecord(db);
  if (!record) throw new StorageError('invalid', NO_LOCK);
  const key = await unwrapDataKey(record, oldPassphrase, { extractable: true });
  checkNewPassphrase(newPassphrase);
  const next = await wrapDataKey(key, newPassphrase, {
    keyId: record.keyId,
    createdAt: record.createdAt,
    iterations: options.iterations ?? record.kdf.iterations,
  });
  await commitAtomically(db, ['meta'], [{ store: 'meta', put: next }], async (tx) => {
    if (!sameJson(await tx.objectStore('meta').get('lock'), record)) throw new StorageError('aborted', CHANGED_MEANWHILE);
  });
};

/**
 * Removes the lock: decrypts every note and deletes the key record in one
 * transaction. Requires the passphrase. If any note cannot be decrypted
 * (altered), nothing changes and the error names it.
 */
export const disableLock = async (db: ReopenDb, passphrase: string): Promise<void> => {
  const record = await getKeyRecord(db);
  if (!record) throw new StorageError('invalid', NO_LOCK);
  const key = await unwrapDataKey(record, passphrase);
  const { items } = await listStoredNotes(db);
  const opened: Note[] = [];
  for (const note of items) {
    try {
      opened.push(isEncryptedNote(note) ? await decryptNote(note, key) : note);
    } catch {
      throw new StorageError('invalid', {
        zh: `（记录 ${note.id} 无法解密，口令锁没有移除。请先删除这条记录。）`,
        en: `(Note ${note.id} cannot be decrypted, so the lock was kept. Delete that note first.)`,
      });
    }
  }
  await commitAtomically(
    db,
    ['notes', 'meta'],
    [...opened.map((put) => ({ store: 'notes' as const, put })), { store: 'meta', delete: 'lock' }],
    unchangedSince(items, record),
  );
};
