import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import {
  changePassphrase,
  deleteCase,
  disableLock,
  dumpStores,
  enableLock,
  listNotes,
  restoreDeleted,
  saveBatch,
  saveReminder,
} from './index';
import type { ReopenDb } from './index';
import { UNDO_KEY_GONE, UNDO_NEEDS_UNLOCK } from './deletion';
import { fresh, rejection } from '../../test/fixtures/storage';
import { sampleCase, sampleExhibit, sampleNote } from '../../test/fixtures/sample-data';

const PASS = 'correct horse battery';
const OTHER = 'another long passphrase';
const FAST = { iterations: 1_000 };

describe('delete and undo', () => {
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

/** Two notes on case-1 (one more on case-2), then case-1 deleted, with the lock set first when `key` is asked for. */
async function deletedWith(db: ReopenDb, lockFirst: boolean) {
  await saveBatch(db, {
    cases: [sampleCase(1), sampleCase(2)],
    notes: [sampleNote(1, 'case-1', { text: '客服说综合评估未通过' }), sampleNote(2, 'case-1'), sampleNote(3, 'case-2')],
  });
  const key = lockFirst ? await enableLock(db, PASS, FAST) : null;
  const snapshot = (await deleteCase(db, 'case-1'))!;
  return { key, snapshot };
}

const rawNotes = async (db: ReopenDb, caseId: string) =>
  (await dumpStores(db)).notes.filter((n) => (n as { caseId: string }).caseId === caseId) as { enc?: unknown; text?: string }[];

describe('undo respects the lock as it is now', () => {
  it('lock set after the delete: undo seals the restored notes with the new key', async () => {
    const db = await fresh();
    const { snapshot } = await deletedWith(db, false);
    const key = await enableLock(db, PASS, FAST);
    await restoreDeleted(db, snapshot, { key });
    const stored = await rawNotes(db, 'case-1');
    expect(stored).toHaveLength(2);
    expect(stored.every((n) => n.enc && n.text === undefined)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('综合评估');
    const { items, corrupt } = await listNotes(db, 'case-1', { key });
    expect(corrupt).toEqual([]);
    expect(items.map((n) => (n.locked ? null : n.text))).toContain('客服说综合评估未通过');
  });

  it('lock set after the delete and not unlocked: undo asks to unlock and writes nothing', async () => {
    const db = await fresh();
    const { snapshot } = await deletedWith(db, false);
    await enableLock(db, PASS, FAST);
    const before = await dumpStores(db);
    const error = await rejection(restoreDeleted(db, snapshot));
    expect(error.code).toBe('locked');
    expect(error.text).toEqual(UNDO_NEEDS_UNLOCK);
    expect(await dumpStores(db)).toEqual(before);
  });

  it('passphrase changed after the delete: the sealed notes come back as they were and open with the key', async () => {
    const db = await fresh();
    const { key, snapshot } = await deletedWith(db, true);
    await changePassphrase(db, PASS, OTHER, FAST);
    await restoreDeleted(db, snapshot, { key });
    const { items, corrupt } = await listNotes(db, 'case-1', { key });
    expect(corrupt).toEqual([]);
    expect(items.filter((n) => !n.locked)).toHaveLength(2);
  });

  it('lock removed after the delete: undo opens the notes with the key of the delete and stores them plain', async () => {
    const db = await fresh();
    const { key, snapshot } = await deletedWith(db, true);
    await disableLock(db, PASS);
    await restoreDeleted(db, snapshot, { keyAtDelete: key });
    const stored = await rawNotes(db, 'case-1');
    expect(stored.map((n) => n.text)).toContain('客服说综合评估未通过');
    expect(stored.some((n) => n.enc)).toBe(false);
  });

  it('lock removed after the delete and its key not at hand: the undo window ends with a message, nothing written', async () => {
    const db = await fresh();
    const { snapshot } = await deletedWith(db, true);
    await disableLock(db, PASS);
    const before = await dumpStores(db);
    const error = await rejection(restoreDeleted(db, snapshot));
    expect(error.code).toBe('invalid');
    expect(error.text).toEqual(UNDO_KEY_GONE);
    expect(await dumpStores(db)).toEqual(before);
  });

  it('lock replaced after the delete: undo opens with the old key and seals with the new one', async () => {
    const db = await fresh();
    const { key: oldKey, snapshot } = await deletedWith(db, true);
    await disableLock(db, PASS);
    const newKey = await enableLock(db, OTHER, FAST);
    await restoreDeleted(db, snapshot, { key: newKey, keyAtDelete: oldKey });
    const { items, corrupt } = await listNotes(db, 'case-1', { key: newKey });
    expect(corrupt).toEqual([]);
    expect(items.filter((n) => !n.locked)).toHaveLength(2);
    expect((await rawNotes(db, 'case-1')).every((n) => n.enc)).toBe(true);
  });
});
