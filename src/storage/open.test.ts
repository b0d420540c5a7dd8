import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openReopenDb, saveCase } from './index';
import { loadFixtureDb } from '../../test/fixtures/db/load';
import { rejection, sleep } from '../../test/fixtures/storage';
import { sampleCase } from '../../test/fixtures/sample-data';

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
