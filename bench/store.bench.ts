// Storage benchmark (../README.md#the-case-file "10,000 notes stay fast"). `run()` measures in
// Node with fake-indexeddb, so its metrics carry a `.node` suffix; the real
// numbers come from Chromium, where the lead runs the same exported workload
// (`seedStore`, `timeOpenList`, `timeSearch`, `timeExport`) against the
// browser's own `indexedDB` and reports them without the suffix.
import { exportAll, serializeBackup } from '../src/storage/index';
import { buildNoteIndex, listCases, listNotes, openReopenDb, saveBatch } from '../src/storage/index';
import type { ReopenDb } from '../src/storage/index';
import { sampleCase, sampleNote } from '../test/fixtures/sample-data';

export const NOTES = 10_000;
export const CASES = 100;
const BENCH_DB = 'reopen-bench';

/** Fills a database with CASES cases and `notes` notes, in batches of 1,000. */
export const seedStore = async (db: ReopenDb, notes = NOTES): Promise<void> => {
  await saveBatch(db, { cases: Array.from({ length: CASES }, (_, i) => sampleCase(i)) });
  for (let start = 0; start < notes; start += 1_000) {
    const batch = Array.from({ length: Math.min(1_000, notes - start) }, (_, k) => sampleNote(start + k, `case-${(start + k) % CASES}`));
    await saveBatch(db, { notes: batch });
  }
};

const now = () => performance.now();

/** Opening the database and listing every case and every note (checked), as the options page does on load. */
export const timeOpenList = async (factory: IDBFactory, name = BENCH_DB): Promise<number> => {
  const t0 = now();
  const db = await openReopenDb({ factory, name });
  const cases = await listCases(db);
  const notes = await listNotes(db);
  const ms = now() - t0;
  if (cases.items.length !== CASES || notes.items.length < NOTES) throw new Error('bench: data missing');
  db.close();
  return ms;
};

/** A case-insensitive search across all notes with a lender filter, on a freshly built note index (cold). */
export const timeSearch = async (db: ReopenDb): Promise<number> => {
  const t0 = now();
  const result = (await buildNoteIndex(db)).search('AGENT', { lender: 'jd-baitiao' });
  const ms = now() - t0;
  if (result.items.length === 0) throw new Error('bench: search found nothing');
  return ms;
};

/** Building and serialising a full backup. */
export const timeExport = async (db: ReopenDb): Promise<number> => {
  const t0 = now();
  const text = serializeBackup((await exportAll(db)).backup);
  const ms = now() - t0;
  if (text.length < NOTES * 50) throw new Error('bench: export too small');
  return ms;
};

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const round = (ms: number) => Math.round(ms * 10) / 10;

/** Node run with fake-indexeddb; medians of 5 runs after one warm-up. */
export async function run(): Promise<Record<string, { value: number; unit: string; goal?: number }>> {
  const fake = await import('fake-indexeddb');
  // idb's wrap() checks `instanceof IDBRequest` etc. against the globals.
  const g = globalThis as Record<string, unknown>;
  for (const name of [
    'IDBCursor',
    'IDBCursorWithValue',
    'IDBDatabase',
    'IDBIndex',
    'IDBKeyRange',
    'IDBObjectStore',
    'IDBOpenDBRequest',
    'IDBRequest',
    'IDBTransaction',
    'IDBVersionChangeEvent',
  ] as const) {
    g[name] ??= fake[name];
  }
  const factory = new fake.IDBFactory();
  const db = await openReopenDb({ factory, name: BENCH_DB });
  await seedStore(db);
  const runs = 5;
  const open: number[] = [];
  const search: number[] = [];
  const exp: number[] = [];
  await timeOpenList(factory);
  await timeSearch(db);
  for (let i = 0; i < runs; i++) {
    open.push(await timeOpenList(factory));
    search.push(await timeSearch(db));
    exp.push(await timeExport(db));
  }
  db.close();
  return {
    'store.node.open_list_ms_10k': { value: round(median(open)), unit: 'ms' },
    'store.node.search_ms_10k': { value: round(median(search)), unit: 'ms' },
    'store.node.export_ms_10k': { value: round(median(exp)), unit: 'ms' },
  };
}
