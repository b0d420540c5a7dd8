import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ADOPT_NEEDS_PASSPHRASE, importBackup } from './backup-import';
import {
  dumpStores,
  enableLock,
  exportAll,
  listNotes,
  openReopenDb,
  parseBackup,
  saveBatch,
  serializeBackup,
  setSetting,
  StorageError,
  unlock,
} from './index';
import type { Backup, ReopenDb } from './index';
import { seededForBackup } from '../../test/fixtures/storage';
import { sampleCase, sampleNote } from '../../test/fixtures/sample-data';

const FAST = { iterations: 1_000 };
const PASS = 'backup passphrase 口令';

const emptyDb = () => openReopenDb({ factory: new IDBFactory() });

const seeded = seededForBackup;

/** The same base64 text with one character changed (still valid base64). */
const flip = (b64: string): string => (b64[0] === 'A' ? 'B' : 'A') + b64.slice(1);

const parsedOk = async (db: ReopenDb, text: string) => {
  const parsed = await parseBackup(db, text);
  if (!parsed.ok) throw new Error(`unexpected rejection: ${parsed.error.en}`);
  return parsed;
};

afterEach(() => vi.restoreAllMocks());

describe('export and import', () => {
  it('round-trips everything into an empty browser, then previews a re-import as replacements', async () => {
    const source = await seeded();
    const { backup, corrupt } = await exportAll(source);
    expect(corrupt).toEqual([]);
    expect(backup).toMatchObject({ format: 'reopen-backup', version: 3, images: [] });
    expect(backup.encryption).toBeUndefined();
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(backup));
    expect(parsed.preview).toMatchObject({
      add: { cases: 3, notes: 10, exhibits: 2 },
      replace: { cases: 0, notes: 0, exhibits: 0 },
      settings: [{ key: 'lockIdleMinutes', to: 30 }],
      reminders: 1,
      encryption: 'none',
      needsUnlock: false,
    });
    expect(await dumpStores(target)).toEqual(await dumpStores(await emptyDb())); // parsing wrote nothing
    await parsed.apply();
    expect(await dumpStores(target)).toEqual(await dumpStores(source));
    const again = await parsedOk(target, serializeBackup(backup));
    expect(again.preview.add).toEqual({ cases: 0, notes: 0, exhibits: 0 });
    expect(again.preview.replace).toEqual({ cases: 3, notes: 10, exhibits: 2 });
  });

  it('reads version-1 and version-2 backups: page exhibits without a source, no images', async () => {
    const { backup } = await exportAll(await seeded());
    const { exhibits, images: _images, ...rest } = backup;
    const older = exhibits.map(({ source: _source, ...e }) => e);
    for (const text of [
      JSON.stringify({ ...rest, version: 1, observations: older }),
      JSON.stringify({ ...rest, version: 2, exhibits: older }),
    ]) {
      const target = await emptyDb();
      const parsed = await parsedOk(target, text);
      expect(parsed.preview.add).toEqual({ cases: 3, notes: 10, exhibits: 2 });
      await parsed.apply();
      expect((await dumpStores(target)).exhibits).toEqual(exhibits);
    }
  });

  it('a locked case file exports encrypted and is adopted as is by an empty browser', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    expect(backup.encryption?.keyId).toBeTruthy();
    expect(serializeBackup(backup)).not.toContain('申诉信全文');
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(backup));
    expect(parsed.preview.encryption).toBe('adopt-key');
    await parsed.apply({ backupPassphrase: PASS });
    const key = await unlock(target, PASS);
    const notes = await listNotes(target, undefined, { key });
    expect(notes.corrupt).toEqual([]);
    expect(notes.items.find((n) => n.id === 'note-4')).toMatchObject({ appealText: '申诉信全文' });
  });

  it('adopting a lock never leaves a plain note in clear text: it needs the backup passphrase and seals them', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    // A backup that mixes sealed notes with a plain one (e.g. edited by hand).
    const mixed = { ...backup, notes: [...backup.notes, sampleNote(99, 'case-0', { text: '明文备注' })] };
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(mixed as Backup));
    expect(parsed.preview.encryption).toBe('adopt-key');
    const before = await dumpStores(target);
    await expect(parsed.apply()).rejects.toMatchObject({ code: 'locked' });
    expect(await dumpStores(target)).toEqual(before);
    await parsed.apply({ backupPassphrase: PASS });
    expect(JSON.stringify(await dumpStores(target))).not.toContain('明文备注');
    const key = await unlock(target, PASS);
    expect((await listNotes(target, undefined, { key })).items.find((n) => n.id === 'note-99')).toMatchObject({ text: '明文备注' });
  });

  it('a damaged sealed note is refused at import when the key is at hand, and nothing is written', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    const notes = backup.notes.map((n, i) => (i === 0 && 'enc' in n ? { ...n, enc: { ...n.enc, ct: flip(n.enc.ct) } } : n));
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup({ ...backup, notes } as Backup));
    const before = await dumpStores(target);
    await expect(parsed.apply({ backupPassphrase: PASS })).rejects.toBeInstanceOf(StorageError);
    expect(await dumpStores(target)).toEqual(before);
  });

  it('exports decrypted when the user chooses so', async () => {
    const source = await seeded();
    const key = await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source, { decryptWith: key });
    expect(backup.encryption).toBeUndefined();
    expect(backup.notes.find((n) => n.id === 'note-4')).toMatchObject({ appealText: '申诉信全文' });
  });

  it('a backup sealed with another passphrase needs it, and is resealed with this browser’s key', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const text = serializeBackup((await exportAll(source)).backup);
    const target = await emptyDb();
    await saveBatch(target, { cases: [sampleCase(9)] });
    const localKey = await enableLock(target, 'local passphrase', FAST);
    const parsed = await parsedOk(target, text);
    expect(parsed.preview).toMatchObject({ encryption: 'needs-backup-passphrase', needsUnlock: true });
    const before = await dumpStores(target);
    const missing = await parsed.apply({ key: localKey }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(StorageError);
    expect((missing as StorageError).code).toBe('locked');
    const wrong = await parsed.apply({ key: localKey, backupPassphrase: 'nope nope nope' }).catch((e: unknown) => e);
    expect((wrong as StorageError).code).toBe('locked');
    expect(await dumpStores(target)).toEqual(before);
    await parsed.apply({ key: localKey, backupPassphrase: PASS });
    const notes = await listNotes(target, undefined, { key: localKey });
    expect(notes.corrupt).toEqual([]);
    expect(notes.items).toHaveLength(10);
    expect(JSON.stringify(await dumpStores(target))).not.toContain('申诉信全文');
  });

  it('a plain backup into a locked browser needs the unlocked key and is sealed on the way in', async () => {
    const text = serializeBackup((await exportAll(await seeded())).backup);
    const target = await emptyDb();
    const key = await enableLock(target, PASS, FAST);
    const parsed = await parsedOk(target, text);
    expect(parsed.preview.needsUnlock).toBe(true);
    const before = await dumpStores(target);
    await expect(parsed.apply()).rejects.toMatchObject({ code: 'locked' });
    expect(await dumpStores(target)).toEqual(before);
    await parsed.apply({ key });
    expect(JSON.stringify((await dumpStores(target)).notes)).not.toContain('申诉信全文');
    expect((await listNotes(target, undefined, { key })).items).toHaveLength(10);
  });

  it('strips prototype-polluting keys and pollutes nothing', async () => {
    const source = await seeded();
    const { backup } = await exportAll(source);
    const text = serializeBackup(backup)
      .replace('{"format"', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"format"')
      .replace('"answers":{', '"answers":{"__proto__":{"isAdmin":true},');
    const target = await emptyDb();
    const parsed = await parsedOk(target, text);
    await parsed.apply();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.getPrototypeOf(parsed.backup.cases[0]!.answers)).toBe(Object.prototype);
    expect(await dumpStores(target)).toEqual(await dumpStores(source));
  });

  it('importBackup is all or nothing: a fault in the middle leaves the database as it was', async () => {
    const backup = (await exportAll(await seeded())).backup;
    const target = await emptyDb();
    await saveBatch(target, { cases: [sampleCase(7)] });
    const before = await dumpStores(target);
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 8) throw new DOMException('full', 'QuotaExceededError');
      return original.apply(this, args);
    });
    await expect(importBackup(target, backup)).rejects.toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await dumpStores(target)).toEqual(before);
  });
});

describe('an import cannot lock the user out', () => {
  it('the preview lists every setting the import would change, with the value now and after', async () => {
    const source = await seeded();
    await setSetting(source, 'dismissed.my.alipay.com.closed', true);
    const text = serializeBackup((await exportAll(source)).backup);
    const target = await emptyDb();
    await setSetting(target, 'lockIdleMinutes', 15);
    const parsed = await parsedOk(target, text);
    expect(parsed.preview.settings).toEqual([
      { key: 'dismissed.my.alipay.com.closed', from: undefined, to: true },
      { key: 'lockIdleMinutes', from: 15, to: 30 },
    ]);
    // A setting the backup leaves as it is here is not listed.
    await parsed.apply();
    expect((await parsedOk(target, text)).preview.settings).toEqual([]);
  });

  it('refuses an idle lock outside 1–1440 minutes, or a setting Reopen does not know, naming it', async () => {
    const { backup } = await exportAll(await seeded());
    const target = await emptyDb();
    for (const settings of [
      [{ key: 'lockIdleMinutes', value: 1e300 }],
      [{ key: 'lockIdleMinutes', value: 0 }],
      [{ key: 'autoLockOff', value: true }],
    ]) {
      const parsed = await parseBackup(target, JSON.stringify({ ...backup, settings }));
      expect(parsed.ok, JSON.stringify(settings)).toBe(false);
      if (!parsed.ok)
        expect(parsed.error.en).toMatch(/lockIdleMinutes: must be a whole number of minutes from 1 to 1440|not a Reopen setting/);
    }
    expect(await dumpStores(target)).toEqual(await dumpStores(await emptyDb()));
  });

  it("adopting a backup's lock needs its passphrase, proven before anything is written", async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(backup));
    const before = await dumpStores(target);
    await expect(parsed.apply()).rejects.toMatchObject({ code: 'locked', text: ADOPT_NEEDS_PASSPHRASE });
    await expect(parsed.apply({ backupPassphrase: 'not the passphrase' })).rejects.toMatchObject({ code: 'locked' });
    expect(await dumpStores(target)).toEqual(before);
  });

  it('a key record with an altered salt is never adopted: the right passphrase no longer opens it, so nothing is written', async () => {
    const source = await seeded();
    await enableLock(source, PASS, FAST);
    const { backup } = await exportAll(source);
    const altered = {
      ...backup,
      encryption: { ...backup.encryption!, kdf: { ...backup.encryption!.kdf, salt: flip(backup.encryption!.kdf.salt) } },
    };
    const target = await emptyDb();
    const parsed = await parsedOk(target, serializeBackup(altered));
    const before = await dumpStores(target);
    await expect(parsed.apply()).rejects.toBeInstanceOf(StorageError);
    await expect(parsed.apply({ backupPassphrase: PASS })).rejects.toMatchObject({ code: 'locked' });
    expect(await dumpStores(target)).toEqual(before);
    // The browser has no lock: new notes still save in clear.
    expect((await dumpStores(target)).meta).toEqual([]);
  });

  it('a damaged sealed note never replaces a good one: locked and not unlocked, the existing note is kept and the preview says why', async () => {
    const db = await seeded();
    const key = await enableLock(db, PASS, FAST);
    const { backup } = await exportAll(db);
    const target = backup.notes.findIndex((n) => n.id === 'note-4');
    const notes = backup.notes.map((n, i) => (i === target && 'enc' in n ? { ...n, enc: { ...n.enc, ct: flip(n.enc.ct) } } : n));
    const text = serializeBackup({ ...backup, notes } as Backup);
    const goodBefore = (await dumpStores(db)).notes.find((n) => (n as { id: string }).id === 'note-4');

    const locked = await parsedOk(db, text);
    expect(locked.preview.kept).toContainEqual({ id: 'note-4', replaces: true, reason: 'needs-unlock' });
    expect(locked.preview.replace.notes).toBe(0);
    await locked.apply();
    expect((await dumpStores(db)).notes.find((n) => (n as { id: string }).id === 'note-4')).toEqual(goodBefore);

    // Unlocked: the incoming notes are test-opened; the damaged one is left out, the rest replace.
    const unlocked = await parseBackup(db, text, { key });
    if (!unlocked.ok) throw new Error(unlocked.error.en);
    expect(unlocked.preview.kept).toEqual([{ id: 'note-4', replaces: true, reason: 'unreadable' }]);
    expect(unlocked.preview.replace.notes).toBe(9);
    await unlocked.apply({ key });
    const read = await listNotes(db, undefined, { key });
    expect(read.corrupt).toEqual([]);
    expect(read.items.find((n) => n.id === 'note-4')).toMatchObject({ appealText: '申诉信全文' });
  });
});
