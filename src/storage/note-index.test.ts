import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { listCases, listNotes, openReopenDb, saveBatch, saveCase, saveNote } from './index';
import type { NoteIndexFilters, ReopenDb } from './index';
import { enableLock } from './lock';
import { buildNoteIndex, watchNoteChanges } from './note-index';
import { sampleCase, sampleNote } from '../../test/fixtures/sample-data';

async function seeded() {
  const db = await openReopenDb({ factory: new IDBFactory() });
  const cases = Array.from({ length: 8 }, (_, i) => sampleCase(i));
  const notes = Array.from({ length: 120 }, (_, i) => sampleNote(i, `case-${i % 8}`));
  await saveBatch(db, { cases, notes });
  return db;
}

/** The search spelled out plainly over every readable note: the oracle for the index. */
async function plainSearch(db: ReopenDb, query: string, filters: NoteIndexFilters, key?: CryptoKey) {
  const lenders = new Map((await listCases(db)).items.map((c) => [c.id, c.lender]));
  const needle = query.toLowerCase();
  return (await listNotes(db, undefined, { key: key ?? null })).items
    .flatMap((n) => (n.locked ? [] : [n]))
    .filter(
      (n) =>
        (filters.channel === undefined || n.channel === filters.channel) &&
        (filters.lender === undefined || lenders.get(n.caseId) === filters.lender),
    )
    .filter((n) => [n.text, n.ref ?? '', n.appealText ?? ''].some((f) => f.toLowerCase().includes(needle)))
    .reverse();
}

describe('buildNoteIndex', () => {
  it('searches case-insensitively across text, ref and appeal text, with filters', async () => {
    const db = await openReopenDb({ factory: new IDBFactory() });
    await saveCase(db, sampleCase(0, { lender: 'jd-baitiao' }));
    await saveCase(db, sampleCase(1, { lender: 'webank-weilidai' }));
    await saveBatch(db, {
      notes: [
        sampleNote(3, 'case-0', { text: 'Second call, AGENT refused', channel: 'phone' }),
        sampleNote(1, 'case-0', { text: 'first chat', channel: 'chat', ref: 'TICKET-9' }),
        sampleNote(2, 'case-1', { text: '客服说综合评估未通过', channel: 'phone', appealText: '依据个人信息保护法第二十四条' }),
      ],
    });
    const index = await buildNoteIndex(db);
    const ids = (q: string, f: NoteIndexFilters = {}) => index.search(q, f).items.map((n) => n.id);
    expect(ids('agent')).toEqual(['note-3']);
    expect(ids('ticket-9')).toEqual(['note-1']);
    expect(ids('第二十四条')).toEqual(['note-2']);
    expect(ids('', { channel: 'phone' })).toEqual(['note-3', 'note-2']);
    expect(ids('', { lender: 'webank-weilidai' })).toEqual(['note-2']);
    expect(ids('call', { lender: 'webank-weilidai' })).toEqual([]);
  });

  it('answers like a plain scan of every note for queries and filters', async () => {
    const db = await seeded();
    const index = await buildNoteIndex(db);
    expect(index.size).toBe(120);
    const cases: [string, NoteIndexFilters][] = [
      ['', {}],
      ['agent', {}],
      ['95188', { channel: 'phone' }],
      ['综合评估', { lender: 'jd-baitiao' }],
      ['T100007', {}],
      ['nothing like this', {}],
      ['征信', { lender: 'meituan', channel: 'chat' }],
    ];
    for (const [query, filters] of cases) {
      const fromDb = await plainSearch(db, query, filters);
      const fromIndex = index.search(query, filters);
      expect(
        fromIndex.items.map((n) => n.id),
        `${query} ${JSON.stringify(filters)}`,
      ).toEqual(fromDb.map((n) => n.id));
    }
  });

  it('counts locked notes instead of searching them, and searches them once unlocked', async () => {
    const db = await seeded();
    const key = await enableLock(db, 'correct horse battery', { iterations: 1000 });
    const locked = await buildNoteIndex(db);
    expect(locked.size).toBe(0);
    expect(locked.search('agent').lockedSkipped).toBe(120);
    const unlocked = await buildNoteIndex(db, key);
    expect(unlocked.search('agent').items.length).toBe((await plainSearch(db, 'agent', {}, key)).length);
    expect(unlocked.search('agent').items.length).toBeGreaterThan(0);
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
