import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitAtomically, setBeforeCommitHookForTests, watchChanges } from './commit';
import type { Change } from './commit';
import { dumpStores, listNotes, saveBatch, saveCase, saveNote, StorageError } from './index';
import { fresh, rejection, sleep } from '../../test/fixtures/storage';
import { sampleCase, sampleNote } from '../../test/fixtures/sample-data';

afterEach(() => {
  vi.restoreAllMocks();
  setBeforeCommitHookForTests(undefined);
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

describe('the change announcement', () => {
  it('names the stores and the case of every committed write, to listeners in any context', async () => {
    const db = await fresh();
    const heard: Change[] = [];
    const stop = watchChanges((change) => heard.push(change));
    await saveCase(db, sampleCase(1));
    await saveNote(db, sampleNote(1, 'case-1'));
    await expect.poll(() => heard.length).toBe(2);
    stop();
    expect(heard[0]).toEqual({ stores: ['cases'], caseIds: ['case-1'] });
    expect(heard[1]?.caseIds).toEqual(['case-1']);
    expect(heard[1]?.stores).toContain('notes');
  });
});
