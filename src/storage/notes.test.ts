import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listExhibits, listNotes, saveBatch, saveCase, addExhibit, saveNote } from './index';
import type { ReopenDb } from './index';
import { fresh, rejection } from '../../test/fixtures/storage';
import { sampleCase, sampleExhibit, sampleNote } from '../../test/fixtures/sample-data';

describe('notes and exhibits', () => {
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

  it('refuses a note or exhibit for a case that does not exist', async () => {
    const db = await fresh();
    expect((await rejection(saveNote(db, sampleNote(1, 'ghost')))).text.en).toContain('ghost');
    expect((await rejection(addExhibit(db, sampleExhibit(1, 'ghost')))).code).toBe('invalid');
  });

  it('keeps exhibits per case and rejects untrimmed or non-http text', async () => {
    const db = await fresh();
    await saveCase(db, sampleCase(1));
    await addExhibit(db, sampleExhibit(2, 'case-1', { observedAt: '2025-02-02T00:00:00.000Z' }));
    await addExhibit(db, sampleExhibit(1, 'case-1', { observedAt: '2025-02-01T00:00:00.000Z' }));
    expect((await listExhibits(db, 'case-1')).items.map((o) => o.id)).toEqual(['obs-1', 'obs-2']);
    expect((await rejection(addExhibit(db, sampleExhibit(3, 'case-1', { text: ' 额度已关闭 ' })))).text.en).toContain('trimmed');
    expect((await rejection(addExhibit(db, sampleExhibit(4, 'case-1', { url: 'java' + 'script:alert(1)' })))).text.en).toContain('url');
  });
});
