import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { buildNoteIndex, dumpStores, isLockEnabled, listNotes, openReopenDb, saveBatch, saveNote } from './index';
import { getKeyRecord } from './lock';
import type { ReopenDb } from './index';
import { WRONG_PASSPHRASE, decryptNote, encryptNote, exportSessionKey, fromBase64, importSessionKey, toBase64 } from './crypto';
import { StorageError } from './errors';
import { changePassphrase, disableLock, enableLock, unlock } from './lock';
import type { EncryptedNote } from './records';
import { sampleCase, sampleNote } from '../../test/fixtures/sample-data';

const FAST = { iterations: 1_000 };
const PASS = '我的口令 correct horse';

const rejection = async (p: Promise<unknown>): Promise<StorageError> => {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    return error as StorageError;
  }
  throw new Error('expected a rejection');
};

const notes = [sampleNote(1, 'case-1', { appealText: '依据个人信息保护法第二十四条' }), sampleNote(2, 'case-1'), sampleNote(3, 'case-1')];

const seeded = async (): Promise<ReopenDb> => {
  const db = await openReopenDb({ factory: new IDBFactory() });
  await saveBatch(db, { cases: [sampleCase(1)], notes });
  return db;
};

const rawNote = async (db: ReopenDb, id: string) => (await db.get('notes', id)) as EncryptedNote;

describe('passphrase lock', () => {
  it('enableLock seals every existing note; nothing readable is left at rest', async () => {
    const db = await seeded();
    const key = await enableLock(db, PASS, FAST);
    expect(await isLockEnabled(db)).toBe(true);
    const dump = JSON.stringify(await dumpStores(db));
    for (const n of notes) {
      expect(dump).not.toContain(n.text);
      expect(dump).not.toContain(n.ref);
    }
    expect(dump).not.toContain('第二十四条');
    const locked = await listNotes(db, 'case-1');
    expect(locked.items.every((n) => n.locked)).toBe(true);
    const open = await listNotes(db, 'case-1', { key });
    expect(open.items).toEqual(notes.map((n) => ({ ...n, locked: false })));
  });

  it('uses a fresh IV for every write', async () => {
    const db = await seeded();
    const key = await enableLock(db, PASS, FAST);
    const first = await rawNote(db, 'note-1');
    await saveNote(db, notes[0]!, { key });
    const second = await rawNote(db, 'note-1');
    expect(second.enc.iv).not.toBe(first.enc.iv);
    expect(second.enc.ct).not.toBe(first.enc.ct);
  });

  it('while locked, a note cannot be saved without the key and search skips sealed notes', async () => {
    const db = await seeded();
    const key = await enableLock(db, PASS, FAST);
    const before = await dumpStores(db);
    expect((await rejection(saveNote(db, sampleNote(9, 'case-1')))).code).toBe('locked');
    expect(await dumpStores(db)).toEqual(before);
    const blind = (await buildNoteIndex(db)).search('T100002');
    expect(blind.items).toEqual([]);
    expect(blind.lockedSkipped).toBe(3);
    const seeing = (await buildNoteIndex(db, key)).search('t100002');
    expect(seeing.items.map((n) => n.id)).toEqual(['note-2']);
  });

  it('a wrong passphrase gives a clear error and writes nothing', async () => {
    const db = await seeded();
    await enableLock(db, PASS, FAST);
    const before = await dumpStores(db);
    const error = await rejection(unlock(db, 'not the passphrase'));
    expect(error.code).toBe('locked');
    expect(error.text).toEqual(WRONG_PASSPHRASE);
    expect((await rejection(changePassphrase(db, 'not the passphrase', 'another passphrase', FAST))).text).toEqual(WRONG_PASSPHRASE);
    expect((await rejection(disableLock(db, 'not the passphrase'))).text).toEqual(WRONG_PASSPHRASE);
    expect(await dumpStores(db)).toEqual(before);
  });

  it('changePassphrase rewraps the same data key with one write of the key record', async () => {
    const db = await seeded();
    await enableLock(db, PASS, FAST);
    const before = await dumpStores(db);
    const oldRecord = await getKeyRecord(db);
    await changePassphrase(db, PASS, 'a brand new passphrase', FAST);
    const after = await dumpStores(db);
    expect(after.notes).toEqual(before.notes); // nothing re-encrypted
    const newRecord = await getKeyRecord(db);
    expect(newRecord?.keyId).toBe(oldRecord?.keyId);
    expect(newRecord?.wrap.wrapped).not.toBe(oldRecord?.wrap.wrapped);
    expect((await rejection(unlock(db, PASS))).code).toBe('locked');
    const key = await unlock(db, 'a brand new passphrase');
    expect((await listNotes(db, 'case-1', { key })).items.map((n) => n.locked)).toEqual([false, false, false]);
  });

  it('refuses a too-short new passphrase and a second lock', async () => {
    const db = await seeded();
    expect((await rejection(enableLock(db, 'short', FAST))).code).toBe('invalid');
    await enableLock(db, PASS, FAST);
    expect((await rejection(enableLock(db, PASS, FAST))).code).toBe('invalid');
    expect((await rejection(changePassphrase(db, PASS, '1234', FAST))).code).toBe('invalid');
    await unlock(db, PASS); // the old passphrase still works
  });

  it('disableLock restores plaintext notes exactly and removes the key', async () => {
    const db = await seeded();
    const plainBefore = (await dumpStores(db)).notes;
    await enableLock(db, PASS, FAST);
    await disableLock(db, PASS);
    expect(await isLockEnabled(db)).toBe(false);
    expect((await dumpStores(db)).notes).toEqual(plainBefore);
  });

  it('the session key round-trips through base64; a non-extractable unlock cannot be exported', async () => {
    const db = await seeded();
    await enableLock(db, PASS, FAST);
    const key = await unlock(db, PASS);
    const raw = await exportSessionKey(key);
    expect(fromBase64(raw)).toHaveLength(32);
    const back = await importSessionKey(raw);
    expect((await listNotes(db, 'case-1', { key: back })).items.every((n) => !n.locked)).toBe(true);
    const sealedKey = await unlock(db, PASS, { extractable: false });
    await expect(exportSessionKey(sealedKey)).rejects.toThrow();
    expect((await rejection(importSessionKey('not base64!'))).code).toBe('locked');
    expect((await rejection(importSessionKey(toBase64(new Uint8Array(16))))).code).toBe('locked');
  });
});

describe('tamper evidence', () => {
  const flip = (b64: string, at: number) => {
    const bytes = fromBase64(b64);
    bytes[at % bytes.length]! ^= 0x01;
    return toBase64(bytes);
  };

  it('a flipped ciphertext byte makes that note unreadable and reported, the others still open', async () => {
    const db = await seeded();
    const key = await enableLock(db, PASS, FAST);
    const n2 = await rawNote(db, 'note-2');
    await db.put('notes', { ...n2, enc: { ...n2.enc, ct: flip(n2.enc.ct, 5) } });
    const result = await listNotes(db, 'case-1', { key });
    expect(result.items.map((n) => n.id)).toEqual(['note-1', 'note-3']);
    expect(result.corrupt.map((c) => c.key)).toEqual(['note-2']);
    expect(result.corrupt[0]?.problem).toMatch(/cannot be decrypted/);
    // and disabling the lock refuses rather than dropping it
    expect((await rejection(disableLock(db, PASS))).text.en).toContain('note-2');
  });

  it('ciphertext swapped between two notes fails (the note id is the additional data)', async () => {
    const db = await seeded();
    const key = await enableLock(db, PASS, FAST);
    const a = await rawNote(db, 'note-1');
    const b = await rawNote(db, 'note-2');
    await db.put('notes', { ...a, enc: b.enc });
    await db.put('notes', { ...b, enc: a.enc });
    const result = await listNotes(db, 'case-1', { key });
    expect(result.items.map((n) => n.id)).toEqual(['note-3']);
    expect(result.corrupt.map((c) => c.key).sort()).toEqual(['note-1', 'note-2']);
    await expect(decryptNote({ ...a, id: 'note-2' }, key)).rejects.toThrow(StorageError);
  });

  it('a flipped byte in the wrapped key or the salt reads as a wrong passphrase', async () => {
    const db = await seeded();
    await enableLock(db, PASS, FAST);
    const record = (await getKeyRecord(db))!;
    await db.put('meta', { ...record, wrap: { ...record.wrap, wrapped: flip(record.wrap.wrapped, 3) } });
    expect((await rejection(unlock(db, PASS))).text).toEqual(WRONG_PASSPHRASE);
    await db.put('meta', { ...record, kdf: { ...record.kdf, salt: flip(record.kdf.salt, 0) } });
    expect((await rejection(unlock(db, PASS))).text).toEqual(WRONG_PASSPHRASE);
    await db.put('meta', record);
    await unlock(db, PASS);
  });

  it('a key from another lock cannot open the notes', async () => {
    const db = await seeded();
    await enableLock(db, PASS, FAST);
    const other = await enableLock(await seeded(), PASS, FAST); // same passphrase, different data key
    const result = await listNotes(db, 'case-1', { key: other });
    expect(result.items).toEqual([]);
    expect(result.corrupt).toHaveLength(3);
    const sealed = await encryptNote(notes[0]!, other);
    await expect(decryptNote(sealed, other)).resolves.toEqual(notes[0]);
  });
});
