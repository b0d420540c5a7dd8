import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  DB_VERSION,
  commitAtomically,
  deleteCase,
  dumpStores,
  getCase,
  getReminder,
  getSetting,
  listCases,
  listNotes,
  listExhibits,
  openReopenDb,
  restoreDeleted,
  saveBatch,
  saveCase,
  saveNote,
  saveExhibit,
  saveReminder,
  searchNotes,
  setBeforeCommitHookForTests,
  setSetting,
} from './db';
import type { ReopenDb } from './db';
import { StorageError } from './errors';
import { loadFixtureDb } from '../../test/fixtures/db/load';
import { sampleCase, sampleNote, sampleExhibit } from './sample-data';

const fresh = (factory = new IDBFactory()) => openReopenDb({ factory });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const rejection = async (p: Promise<unknown>): Promise<StorageError> => {
  try {
    await p;
  } catch (error) {
    expect(error).toBeInstanceOf(StorageError);
    return error as StorageError;
  }
  throw new Error('expected a rejection');
};

afterEach(() => {
  vi.restoreAllMocks();
  setBeforeCommitHookForTests(undefined);
});

describe('cases', () => {
  it('round-trips a case through the checked API', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    expect(await getCase(db, 'case-1')).toEqual(sampleCase(1));
    expect(await getCase(db, 'nope')).toBeUndefined();
  });

  it('a retried save with the same id overwrites instead of duplicating', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    await saveCase(db, sampleCase(1, { title: 'retry' }));
    const { items } = await listCases(db);
    expect(items).toHaveLength(1);
    expect(items[0]?.title).toBe('retry');
  });

  it('rejects invalid records with a message naming the field, writing nothing', async () => {
    const db = await fresh();
    const tooLong = await rejection(saveCase(db, sampleCase(1, { title: 'x'.repeat(201) })));
    expect(tooLong.code).toBe('invalid');
    expect(tooLong.text.en).toContain('title');
    expect(tooLong.text.zh).toContain('记录格式不正确');
    const extra = await rejection(saveCase(db, { ...sampleCase(2), evil: 1 } as never));
    expect(extra.text.en).toMatch(/evil|Unrecognized/);
    const badDate = await rejection(saveCase(db, sampleCase(3, { dates: { firstContact: '5 Jan' } })));
    expect(badDate.text.en).toContain('dates.firstContact');
    expect((await dumpStores(db)).cases).toEqual([]);
  });

  it('reports a corrupt stored record without hiding the others', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    await db.put('cases', { id: 'bad', title: 42 });
    const { items, corrupt } = await listCases(db);
    expect(items.map((c) => c.id)).toEqual(['case-1']);
    expect(corrupt).toHaveLength(1);
    expect(corrupt[0]).toMatchObject({ store: 'cases', key: 'bad' });
    expect((await rejection(getCase(db, 'bad'))).code).toBe('invalid');
  });

  it('deleteCase removes the case with its notes, exhibits and reminders; restoreDeleted undoes it', async () => {
    const db = await fresh();
    await saveBatch(db, {
      cases: [sampleCase(1), sampleCase(2)],
      notes: [sampleNote(1, 'case-1'), sampleNote(2, 'case-1'), sampleNote(3, 'case-2')],
      exhibits: [sampleExhibit(1, 'case-1')],
    });
    await saveReminder(db, { caseId: 'case-1', deadlineId: 'lender-15d', lastNotifiedDay: '2025-03-01' });
    const before = await dumpStores(db);
    const snapshot = await deleteCase(db, 'case-1');
    expect(snapshot?.notes).toHaveLength(2);
    expect(snapshot?.exhibits).toHaveLength(1);
    expect(snapshot?.reminders).toHaveLength(1);
    const after = await dumpStores(db);
    expect(after.cases.map((c) => (c as { id: string }).id)).toEqual(['case-2']);
    expect(after.notes).toHaveLength(1);
    expect(after.exhibits).toHaveLength(0);
    expect(after.reminders).toHaveLength(0);
    await restoreDeleted(db, snapshot!);
    expect(await dumpStores(db)).toEqual(before);
    expect(await deleteCase(db, 'missing')).toBeUndefined();
  });
});

describe('notes, exhibits, settings', () => {
  const seed = async (db: ReopenDb) => {
    await saveBatch(db, {
      cases: [sampleCase(0, { lender: 'jd-baitiao' }), sampleCase(1, { lender: 'webank-weilidai' })],
      notes: [
        sampleNote(3, 'case-0', { text: 'Second call, AGENT refused', channel: 'phone' }),
        sampleNote(1, 'case-0', { text: 'first chat', channel: 'chat', ref: 'TICKET-9' }),
        sampleNote(2, 'case-1', { text: '客服说综合评估未通过', channel: 'phone', appealText: '依据个人信息保护法第二十四条' }),
      ],
    });
  };

  it('lists a case timeline in time order and all notes by time', async () => {
    const db = await fresh();
    await seed(db);
    const { items } = await listNotes(db, 'case-0');
    expect(items.map((n) => n.id)).toEqual(['note-1', 'note-3']);
    expect((await listNotes(db)).items.map((n) => n.id)).toEqual(['note-1', 'note-2', 'note-3']);
  });

  it('searches case-insensitively across text, ref and appeal text, with filters', async () => {
    const db = await fresh();
    await seed(db);
    const ids = async (q: string, f = {}) => (await searchNotes(db, q, f)).items.map((n) => n.id);
    expect(await ids('agent')).toEqual(['note-3']);
    expect(await ids('ticket-9')).toEqual(['note-1']);
    expect(await ids('第二十四条')).toEqual(['note-2']);
    expect(await ids('', { channel: 'phone' })).toEqual(['note-3', 'note-2']);
    expect(await ids('', { lender: 'webank-weilidai' })).toEqual(['note-2']);
    expect(await ids('call', { lender: 'webank-weilidai' })).toEqual([]);
  });

  it('refuses a note or exhibit for a case that does not exist', async () => {
    const db = await fresh();
    expect((await rejection(saveNote(db, sampleNote(1, 'ghost')))).text.en).toContain('ghost');
    expect((await rejection(saveExhibit(db, sampleExhibit(1, 'ghost')))).code).toBe('invalid');
  });

  it('keeps exhibits per case and rejects untrimmed or non-http text', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    await saveExhibit(db, sampleExhibit(2, 'case-1', { observedAt: '2025-02-02T00:00:00.000Z' }));
    await saveExhibit(db, sampleExhibit(1, 'case-1', { observedAt: '2025-02-01T00:00:00.000Z' }));
    expect((await listExhibits(db, 'case-1')).items.map((o) => o.id)).toEqual(['obs-1', 'obs-2']);
    expect((await rejection(saveExhibit(db, sampleExhibit(3, 'case-1', { text: ' 额度已关闭 ' })))).text.en).toContain('trimmed');
    expect((await rejection(saveExhibit(db, sampleExhibit(4, 'case-1', { url: 'java' + 'script:alert(1)' })))).text.en).toContain('url');
  });

  it('stores settings and reminders', async () => {
    const db = await fresh();
    await setSetting(db, 'idleLockMinutes', 15);
    expect(await getSetting(db, 'idleLockMinutes')).toBe(15);
    expect(await getSetting(db, 'unset')).toBeUndefined();
    expect((await rejection(setSetting(db, 'bad key!', 1))).code).toBe('invalid');
    await saveReminder(db, { caseId: 'c', deadlineId: 'd', lastNotifiedDay: '2025-03-01' });
    await saveReminder(db, { caseId: 'c', deadlineId: 'd', lastNotifiedDay: '2025-03-02' });
    expect(await getReminder(db, 'c', 'd')).toEqual({ caseId: 'c', deadlineId: 'd', lastNotifiedDay: '2025-03-02' });
  });
});

describe('writes never lose data (docs/trust-model.md#transactions, docs/trust-model.md#worker-lifetime)', () => {
  const fiveNotes = () => [1, 2, 3, 4, 5].map((i) => sampleNote(100 + i, 'case-1'));

  const failThirdPut = (make: (store: IDBObjectStore) => never | void) => {
    const original = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      calls++;
      if (calls === 3) make(this);
      return original.apply(this, args);
    });
  };

  it('a QuotaExceededError on the 3rd of 5 puts saves none of them and keeps earlier data', async () => {
    const db = await fresh();
    await saveBatch(db, { cases: [sampleCase(1)], notes: [sampleNote(1, 'case-1')] });
    const before = await dumpStores(db);
    failThirdPut(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    const error = await rejection(saveBatch(db, { notes: fiveNotes() }));
    expect(error.code).toBe('quota');
    expect(error.text.zh).toContain('存储空间已满');
    expect(error.text.en).toContain('still there');
    vi.restoreAllMocks();
    expect(await dumpStores(db)).toEqual(before);
    // The same save retried after the fault lands whole, exactly once.
    await saveBatch(db, { notes: fiveNotes() });
    await saveBatch(db, { notes: fiveNotes() });
    expect((await listNotes(db, 'case-1')).items).toHaveLength(6);
  });

  it('a transaction aborted at the 3rd of 5 puts saves none of them', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    const before = await dumpStores(db);
    failThirdPut((store) => store.transaction.abort());
    const error = await rejection(saveBatch(db, { notes: fiveNotes() }));
    expect(error.code).toBe('aborted');
    expect(error.text.zh).toContain('保存被中断');
    vi.restoreAllMocks();
    expect(await dumpStores(db)).toEqual(before);
  });

  it('a slow await between preparation and writing does not split the save', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    let seenDuringWait: unknown[] | undefined;
    setBeforeCommitHookForTests(async () => {
      await sleep(100); // stands in for a 600k-iteration PBKDF2
      seenDuringWait = (await dumpStores(db)).notes;
    });
    await saveBatch(db, { notes: fiveNotes() });
    expect(seenDuringWait).toEqual([]);
    expect((await listNotes(db, 'case-1')).items.map((n) => n.id)).toEqual(fiveNotes().map((n) => n.id));
  });

  it('control: the same slow await INSIDE a transaction does split it (the hazard is real here)', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    const tx = db.transaction('notes', 'readwrite');
    await tx.store.put(sampleNote(1, 'case-1'));
    await sleep(100);
    expect(() => tx.store.put(sampleNote(2, 'case-1'))).toThrow(/TransactionInactive|inactive/i);
    await tx.done.catch(() => undefined);
    expect((await dumpStores(db)).notes).toHaveLength(1);
  });

  it('a guard failure inside the transaction aborts every write in it', async () => {
    const db = await fresh();
    const error = await rejection(
      commitAtomically(db, ['cases'], [{ store: 'cases', put: sampleCase(1) }], async () => {
        throw new StorageError('locked');
      }),
    );
    expect(error.code).toBe('locked');
    expect((await dumpStores(db)).cases).toEqual([]);
  });
});

describe('versions', () => {
  it('closes itself when a newer version needs the database, and says so', async () => {
    const factory = new IDBFactory();
    const onVersionChange = vi.fn();
    const db = await openReopenDb({ factory, onVersionChange });
    const newer = factory.open('reopen', DB_VERSION + 1);
    const blocked = vi.fn();
    newer.onblocked = blocked;
    await new Promise((resolve, reject) => {
      newer.onsuccess = resolve;
      newer.onerror = reject;
    });
    expect(onVersionChange).toHaveBeenCalledOnce();
    expect(blocked).not.toHaveBeenCalled();
    newer.result.close();
    // Using the closed connection is a clear 'blocked' error, not a crash.
    expect((await rejection(saveCase(db, sampleCase(1)))).code).toBe('blocked');
  });

  it('reports an older connection that blocks our upgrade', async () => {
    const factory = new IDBFactory();
    await loadFixtureDb(factory, { version: 1, stores: {} });
    const old = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open('reopen', 1);
      r.onsuccess = () => resolve(r.result); // an old page with no versionchange handler: it blocks
    });
    const onBlocked = vi.fn();
    const opening = openReopenDb({ factory, onBlocked });
    await sleep(20);
    expect(onBlocked).toHaveBeenCalled();
    old.close();
    const db = await opening;
    expect(db.version).toBe(DB_VERSION);
  });

  it('refuses a database from a newer extension with a clear error', async () => {
    const factory = new IDBFactory();
    await new Promise((resolve) => {
      const r = factory.open('reopen', DB_VERSION + 5);
      r.onsuccess = () => {
        r.result.close();
        resolve(undefined);
      };
    });
    const error = await rejection(openReopenDb({ factory }));
    expect(error.code).toBe('blocked');
  });
});
