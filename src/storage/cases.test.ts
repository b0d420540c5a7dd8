import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { applyPatch, createCase, dumpStores, getCase, listCases, listExhibits, saveCase, updateCase } from './index';
import { fresh, rejection } from '../../test/fixtures/storage';
import { sampleCase, sampleExhibit } from '../../test/fixtures/sample-data';

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
});

const NOW = '2025-06-01T10:00:00.000Z';

describe('one writer: updateCase', () => {
  it('applyPatch changes only the fields named; null removes an entry or a field', () => {
    const before = sampleCase(1, { accountRef: '尾号 1234' });
    const after = applyPatch(
      before,
      {
        answers: { overdue: null, income: 'steady' },
        dates: { firstContact: null, lenderComplaint: '2025-05-01' },
        lender: null,
        accountRef: '',
        archived: true,
      },
      NOW,
    );
    expect(after.answers).toEqual({ months: before.answers.months, income: 'steady' });
    expect(after.dates).toEqual({ lineChanged: '2025-01-02', lenderComplaint: '2025-05-01' });
    expect(after).not.toHaveProperty('lender');
    expect(after).not.toHaveProperty('accountRef');
    expect(after.archived).toBe(true);
    expect(after.title).toBe(before.title);
    expect(after.updatedAt).toBe(NOW);
    expect(applyPatch(after, { archived: false }, NOW)).not.toHaveProperty('archived');
    // Pure: the input is untouched.
    expect(before.answers).toHaveProperty('overdue');
  });

  it('two editors patching different fields of a stale copy both survive', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1));
    // The popup (through the worker) answers a question and sets a date …
    await updateCase(db, 'case-1', { answers: { income: 'steady' }, dates: { lenderComplaint: '2025-05-01' } }, NOW);
    // … then an already-open case view, which never saw that, ticks a checklist item.
    await updateCase(db, 'case-1', { checklist: { 'call-lender': true } }, NOW);
    const stored = await getCase(db, 'case-1');
    expect(stored?.answers.income).toBe('steady');
    expect(stored?.dates.lenderComplaint).toBe('2025-05-01');
    expect(stored?.checklist['call-lender']).toBe(true);
  });

  it('concurrent patches are serialised by IndexedDB: none is lost', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1, { answers: {} }));
    await Promise.all(Array.from({ length: 40 }, (_, i) => updateCase(db, 'case-1', { answers: { [`q${i}`]: i } }, NOW)));
    expect(Object.keys((await getCase(db, 'case-1'))!.answers)).toHaveLength(40);
  });

  it('refuses a bad patch, a result that breaks the schema, or a missing case, and writes nothing', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1));
    const before = await dumpStores(db);
    expect((await rejection(updateCase(db, 'case-1', { title: 'x'.repeat(201) }, NOW))).text.en).toContain('title');
    expect((await rejection(updateCase(db, 'case-1', { evil: 1 } as never, NOW))).code).toBe('invalid');
    expect((await rejection(updateCase(db, 'case-1', { dates: { firstContact: '5 Jan' } }, NOW))).text.en).toContain('dates');
    expect((await rejection(updateCase(db, 'gone', { title: 'x' }, NOW))).text.en).toContain('gone');
    expect(await dumpStores(db)).toEqual(before);
  });

  it('createCase stores the case with its first exhibits, and a retry keeps what is there', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1), [sampleExhibit(1, 'case-1')]);
    await updateCase(db, 'case-1', { title: 'edited' }, NOW);
    const again = await createCase(db, sampleCase(1), [sampleExhibit(1, 'case-1')]);
    expect(again.title).toBe('edited');
    expect((await getCase(db, 'case-1'))?.title).toBe('edited');
    expect((await listExhibits(db, 'case-1')).items).toHaveLength(1);
    expect((await rejection(createCase(db, sampleCase(2), [sampleExhibit(2, 'case-1')]))).code).toBe('invalid');
  });
});
