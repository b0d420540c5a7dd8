import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import v1 from '../../test/fixtures/db/v1.json';
import { loadFixtureDb } from '../../test/fixtures/db/load';
import { DB_VERSION, dumpStores, getCase, listCases, listNotes, listExhibits, openReopenDb, saveNote, buildNoteIndex } from './index';
import { CaseSchema, NoteSchema } from '../shared/case';
import { ExhibitSchema } from '../shared/exhibit';

type Rec = Record<string, unknown> & { id: string };
const fixture = v1 as unknown as { version: number; stores: { cases: Rec[]; notes: Rec[]; observations: Rec[] } };

describe('migration from the v1 fixture database', () => {
  it('the fixture really is v1: its cases lack the checklist that the current schema requires', () => {
    expect(fixture.version).toBe(1);
    for (const c of fixture.stores.cases) {
      expect('checklist' in c).toBe(false);
      expect(CaseSchema.safeParse(c).success).toBe(false);
    }
  });

  it(`upgrades to v${DB_VERSION} with every record intact and readable through the typed API`, async () => {
    const factory = new IDBFactory();
    await loadFixtureDb(factory, fixture);
    const db = await openReopenDb({ factory });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['cases', 'exhibits', 'images', 'meta', 'notes', 'reminders', 'settings']);

    const cases = await listCases(db);
    expect(cases.corrupt).toEqual([]);
    expect(cases.items).toHaveLength(fixture.stores.cases.length);
    for (const original of fixture.stores.cases) {
      // Every v1 field kept as it was; only the new field added.
      expect(await getCase(db, original.id)).toEqual({ ...original, checklist: {} });
    }

    const notes = await listNotes(db);
    expect(notes.corrupt).toEqual([]);
    const byId = new Map(notes.items.map((n) => [n.id, n]));
    for (const original of fixture.stores.notes) {
      expect(NoteSchema.parse(original)).toEqual(original);
      expect(byId.get(original.id)).toEqual({ ...original, locked: false });
    }
    for (const c of fixture.stores.cases) {
      const obs = await listExhibits(db, c.id);
      expect(obs.corrupt).toEqual([]);
      const expected = fixture.stores.observations.filter((o) => o.caseId === c.id);
      // v4: every earlier exhibit is a page exhibit; nothing else about it changes.
      expect(obs.items).toEqual(expected.map((o) => ExhibitSchema.parse({ ...o, source: 'page' })));
    }
    // The new v2 indexes work on migrated data.
    expect((await listNotes(db, '0b7e4c1a-5a34-4f3e-9d0b-1c2d3e4f5a6b')).items.map((n) => n.id)).toEqual(['n-0001', 'n-0002', 'n-0003']);
    expect((await buildNoteIndex(db)).search('自动化决策').items.map((n) => n.id)).toEqual(['n-0002']);
    // And the migrated database accepts new writes.
    await saveNote(db, { id: 'n-new', caseId: 'case-archived', at: '2025-01-01T00:00:00.000Z', channel: 'other', text: 'after upgrade' });
    expect((await dumpStores(db)).notes).toHaveLength(fixture.stores.notes.length + 1);
    db.close();

    // Re-opening at the current version runs no step again and changes nothing.
    const again = await openReopenDb({ factory });
    expect((await listCases(again)).items).toEqual(cases.items);
  });
});
