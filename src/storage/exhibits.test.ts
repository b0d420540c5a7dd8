// addExhibit: idempotent on the id the sender minted, and capped per case.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../shared/case';
import { EXHIBITS_FULL } from './exhibits';
import { addExhibit, createCase, dumpStores, listExhibits, watchChanges } from './index';
import { fresh, rejection } from '../../test/fixtures/storage';
import { sampleCase, sampleExhibit } from '../../test/fixtures/sample-data';

describe('addExhibit', () => {
  it('a retry with the same id stores nothing twice and keeps the first record', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1));
    const first = await addExhibit(db, sampleExhibit(1, 'case-1', { observedAt: '2025-02-01T00:00:00.000Z' }));
    expect(first.added).toBe(true);
    const retry = await addExhibit(db, sampleExhibit(1, 'case-1', { observedAt: '2025-02-09T00:00:00.000Z', text: '后来的' }));
    expect(retry).toEqual({ exhibit: first.exhibit, added: false });
    expect((await dumpStores(db)).exhibits).toEqual([first.exhibit]);
  });

  it('refuses the one past the cap with a clear message, and stores nothing of it', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1));
    await Promise.all(Array.from({ length: LIMITS.exhibitsPerCase }, (_, i) => addExhibit(db, sampleExhibit(i, 'case-1'))));
    const over = await rejection(addExhibit(db, sampleExhibit(LIMITS.exhibitsPerCase, 'case-1')));
    expect(over.code).toBe('full');
    expect(over.text).toEqual(EXHIBITS_FULL);
    expect((await listExhibits(db, 'case-1')).items).toHaveLength(LIMITS.exhibitsPerCase);
    // A retry of one already stored still answers, at the cap.
    expect((await addExhibit(db, sampleExhibit(0, 'case-1'))).added).toBe(false);
  });

  it('concurrent saves past the cap never store more than it', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1));
    const results = await Promise.allSettled(
      Array.from({ length: LIMITS.exhibitsPerCase + 30 }, (_, i) => addExhibit(db, sampleExhibit(i, 'case-1'))),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(LIMITS.exhibitsPerCase);
    expect((await listExhibits(db, 'case-1')).items).toHaveLength(LIMITS.exhibitsPerCase);
  });

  it('announces the case it added to', async () => {
    const db = await fresh();
    await createCase(db, sampleCase(1));
    const heard: string[][] = [];
    const stop = watchChanges((change) => heard.push(change.caseIds));
    await addExhibit(db, sampleExhibit(1, 'case-1'));
    await expect.poll(() => heard).toContainEqual(['case-1']);
    stop();
  });
});
