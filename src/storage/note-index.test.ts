import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openReopenDb, saveBatch, saveNote, searchNotes } from './db';
import { enableLock } from './lock';
import { buildNoteIndex, watchNoteChanges } from './note-index';
import { sampleCase, sampleNote } from './sample-data';

async function seeded() {
  const db = await openReopenDb({ factory: new IDBFactory() });
  const cases = Array.from({ length: 8 }, (_, i) => sampleCase(i));
  const notes = Array.from({ length: 120 }, (_, i) => sampleNote(i, `case-${i % 8}`));
  await saveBatch(db, { cases, notes });
  return db;
}

describe('buildNoteIndex', () => {
  it('answers exactly like searchNotes for queries and filters', async () => {
    const db = await seeded();
    const index = await buildNoteIndex(db);
    expect(index.size).toBe(120);
    const cases: [string, Parameters<typeof searchNotes>[2]][] = [
      ['', {}],
      ['agent', {}],
      ['95188', { channel: 'phone' }],
      ['综合评估', { lender: 'jd-baitiao' }],
      ['T100007', {}],
      ['nothing like this', {}],
      ['征信', { lender: 'meituan', channel: 'chat' }],
    ];
    for (const [query, filters] of cases) {
      const fromDb = await searchNotes(db, query, filters);
      const fromIndex = index.search(query, filters);
      expect(
        fromIndex.items.map((n) => n.id),
        `${query} ${JSON.stringify(filters)}`,
      ).toEqual(fromDb.items.map((n) => n.id));
    }
  });

  it('counts locked notes instead of searching them, and searches them once unlocked', async () => {
    const db = await seeded();
    const key = await enableLock(db, 'correct horse battery', { iterations: 1000 });
    const locked = await buildNoteIndex(db);
    expect(locked.size).toBe(0);
    expect(locked.search('agent').lockedSkipped).toBe(120);
    const unlocked = await buildNoteIndex(db, key);
    expect(unlocked.search('agent').items.length).toBe((await searchNotes(db, 'agent', { key })).items.length);
  });

  it('learns of every committed write to notes, from any context', async () => {
    const db = await seeded();
    let stale = 0;
    const stop = watchNoteChanges(() => stale++);
    await saveNote(db, sampleNote(500, 'case-1'));
    await new Promise((r) => setTimeout(r, 50)); // BroadcastChannel delivers asynchronously
    stop();
    expect(stale).toBe(1);
    const rebuilt = await buildNoteIndex(db);
    expect(rebuilt.search('(500)').items.map((n) => n.id)).toEqual(['note-500']);
  });
});
