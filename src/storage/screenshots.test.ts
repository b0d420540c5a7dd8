// Screenshot exhibits at rest and in backups: the images stored beside the
// record, each checked against its SHA-256 on the way in and out; the cap per
// case; black-out copies; deletion and undo; the backup round trip and the
// refusals of a tampered, missing or stray image.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { ScreenshotExhibit } from '../shared/exhibit';
import { LIMITS } from '../shared/case';
import {
  createCase,
  deleteCase,
  deleteExhibit,
  dumpStores,
  exportAll,
  getExhibitImage,
  imageDigest,
  listExhibits,
  parseBackup,
  restoreDeleted,
  saveScreenshot,
  serializeBackup,
  setRedaction,
  type ReopenDb,
} from './index';
import { SCREENSHOTS_FULL } from './exhibits';
import { fresh, rejection } from '../../test/fixtures/storage';
import { sampleCase } from '../../test/fixtures/sample-data';

/** Bytes standing for an image: storage never decodes them, it keeps and hashes them. */
const bytesOf = (seed: number, length = 3000): Uint8Array<ArrayBuffer> => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) % 251);
const pngOf = (seed: number): Blob => new Blob([bytesOf(seed)], { type: 'image/png' });

const fileOf = async (blob: Blob) => ({
  type: 'image/png' as const,
  bytes: blob.size,
  width: 1080,
  height: 2340,
  sha256: await imageDigest(blob),
});

const screenshot = async (id: string, caseId: string, original: Blob, redacted?: Blob): Promise<ScreenshotExhibit> => ({
  id,
  caseId,
  source: 'screenshot',
  observedAt: '2025-03-02T08:15:00.000Z',
  timeFrom: 'exif',
  status: 'closed',
  text: '你的借呗额度已关闭',
  recognisedText: '借呗\n你的借呗额度已关闭\n查看详情',
  product: 'jiebei',
  image: await fileOf(original),
  ...(redacted ? { redacted: { ...(await fileOf(redacted)), boxes: [{ x: 10, y: 20, width: 300, height: 60 }] } } : {}),
});

const bytesBack = async (db: ReopenDb, id: string, copy: 'original' | 'redacted') => {
  const blob = await getExhibitImage(db, id, copy);
  return blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
};

const withCase = async (): Promise<ReopenDb> => {
  const db = await fresh();
  await createCase(db, sampleCase(1));
  return db;
};

describe('screenshot exhibits at rest', () => {
  it('keeps the exhibit and its image together; the bytes read back are the ones hashed', async () => {
    const db = await withCase();
    const original = pngOf(1);
    const exhibit = await screenshot('shot-1', 'case-1', original);
    await saveScreenshot(db, exhibit, { original });
    expect((await listExhibits(db, 'case-1')).items).toEqual([exhibit]);
    expect(await bytesBack(db, 'shot-1', 'original')).toEqual(bytesOf(1));
    expect((await getExhibitImage(db, 'shot-1', 'original'))?.type).toBe('image/png');
    expect(await getExhibitImage(db, 'shot-1', 'redacted')).toBeUndefined();
  });

  it('refuses an image that is not the one the exhibit hashes, or a copy it does not declare, and stores nothing', async () => {
    const db = await withCase();
    const before = await dumpStores(db);
    const exhibit = await screenshot('shot-1', 'case-1', pngOf(1));
    expect((await rejection(saveScreenshot(db, exhibit, { original: pngOf(2) }))).text.en).toMatch(/does not match its recorded SHA-256/);
    expect((await rejection(saveScreenshot(db, exhibit, { original: pngOf(1), redacted: pngOf(3) }))).text.en).toMatch(/blacked-out copy/);
    const noCase = await screenshot('shot-2', 'case-none', pngOf(1));
    expect((await rejection(saveScreenshot(db, noCase, { original: pngOf(1) }))).text.en).toMatch(/does not exist/);
    expect(await dumpStores(db)).toEqual(before);
  });

  it('starts a case with its first screenshot in one write; a retry stores nothing twice', async () => {
    const db = await fresh();
    const original = pngOf(4);
    const theCase = { ...sampleCase(9), product: 'jiebei' as const, status: 'closed' as const };
    const exhibit = await screenshot('shot-9', theCase.id, original);
    await saveScreenshot(db, exhibit, { original }, { newCase: theCase });
    await saveScreenshot(db, exhibit, { original }, { newCase: { ...theCase, title: 'a retry must not overwrite' } });
    const dump = await dumpStores(db);
    expect(dump.cases).toEqual([theCase]);
    expect(dump.exhibits).toEqual([exhibit]);
    expect(dump.images).toHaveLength(1);
  });

  it(`holds at most ${LIMITS.screenshotsPerCase} screenshots per case, with a message; the same id can still be saved again`, async () => {
    const db = await withCase();
    const original = pngOf(5);
    for (let i = 0; i < LIMITS.screenshotsPerCase; i++)
      await saveScreenshot(db, await screenshot(`s-${i}`, 'case-1', original), { original });
    const error = await rejection(saveScreenshot(db, await screenshot('one-more', 'case-1', original), { original }));
    expect(error.text).toEqual(SCREENSHOTS_FULL);
    expect(error.text.zh).toContain(String(LIMITS.screenshotsPerCase));
    await saveScreenshot(db, { ...(await screenshot('s-0', 'case-1', original)), status: 'frozen' }, { original });
    expect((await listExhibits(db, 'case-1')).items).toHaveLength(LIMITS.screenshotsPerCase);
  });

  it('a blacked-out copy is kept beside the original, with its own hash, and can be replaced or removed', async () => {
    const db = await withCase();
    const original = pngOf(6);
    await saveScreenshot(db, await screenshot('shot-6', 'case-1', original, pngOf(7)), { original, redacted: pngOf(7) });
    expect(await bytesBack(db, 'shot-6', 'redacted')).toEqual(bytesOf(7));
    const file = { ...(await fileOf(pngOf(8))), boxes: [{ x: 0, y: 0, width: 5, height: 5 }] };
    await setRedaction(db, 'case-1', 'shot-6', { file, blob: pngOf(8) });
    const [after] = (await listExhibits(db, 'case-1')).items as ScreenshotExhibit[];
    expect(after?.redacted).toEqual(file);
    expect(after?.image.sha256).toBe(await imageDigest(original));
    expect(await bytesBack(db, 'shot-6', 'redacted')).toEqual(bytesOf(8));
    expect((await rejection(setRedaction(db, 'case-1', 'shot-6', { file, blob: pngOf(9) }))).text.en).toMatch(/SHA-256/);
    await setRedaction(db, 'case-1', 'shot-6', null);
    expect(((await listExhibits(db, 'case-1')).items[0] as ScreenshotExhibit).redacted).toBeUndefined();
    expect(await getExhibitImage(db, 'shot-6', 'redacted')).toBeUndefined();
    expect(await bytesBack(db, 'shot-6', 'original')).toEqual(bytesOf(6));
  });

  it('deleting an exhibit takes its images; deleting a case too, and undo brings them back', async () => {
    const db = await withCase();
    await saveScreenshot(db, await screenshot('a', 'case-1', pngOf(1), pngOf(2)), { original: pngOf(1), redacted: pngOf(2) });
    await saveScreenshot(db, await screenshot('b', 'case-1', pngOf(3)), { original: pngOf(3) });
    await deleteExhibit(db, 'case-1', 'a');
    expect((await dumpStores(db)).images).toHaveLength(1);
    const snapshot = await deleteCase(db, 'case-1');
    expect((await dumpStores(db)).images).toEqual([]);
    await restoreDeleted(db, snapshot!);
    expect(await bytesBack(db, 'b', 'original')).toEqual(bytesOf(3));
  });
});

describe('screenshot exhibits in the backup', () => {
  const seeded = async (): Promise<ReopenDb> => {
    const db = await withCase();
    await saveScreenshot(db, await screenshot('shot-1', 'case-1', pngOf(1), pngOf(2)), { original: pngOf(1), redacted: pngOf(2) });
    return db;
  };

  it('exports each image as base64 with its hash; an import restores the same bytes', async () => {
    const { backup, corrupt } = await exportAll(await seeded());
    expect(corrupt).toEqual([]);
    expect(backup.images.map((i) => [i.copy, i.sha256])).toEqual([
      ['original', await imageDigest(pngOf(1))],
      ['redacted', await imageDigest(pngOf(2))],
    ]);
    expect(atob(backup.images[0]!.data)).toBe(String.fromCharCode(...bytesOf(1)));
    const target = await fresh();
    const parsed = await parseBackup(target, serializeBackup(backup));
    expect(parsed.ok && parsed.preview.images).toBe(2);
    if (parsed.ok) await parsed.apply();
    expect(await bytesBack(target, 'shot-1', 'original')).toEqual(bytesOf(1));
    expect(await bytesBack(target, 'shot-1', 'redacted')).toEqual(bytesOf(2));
  });

  it('refuses a tampered, missing or stray image with a message, and writes nothing', async () => {
    const { backup } = await exportAll(await seeded());
    const target = await withCase();
    const before = await dumpStores(target);
    const flipped = String.fromCharCode(...bytesOf(1).map((b, i) => (i === 100 ? b ^ 1 : b)));
    const cases: [string, unknown, RegExp][] = [
      ['tampered', { ...backup, images: [{ ...backup.images[0], data: btoa(flipped) }, backup.images[1]] }, /does not match its SHA-256/],
      ['missing', { ...backup, images: [backup.images[0]] }, /lacks the image/],
      ['stray', { ...backup, images: [...backup.images, { ...backup.images[0], exhibitId: 'ghost' }] }, /belongs to no screenshot/],
      ['swapped', { ...backup, images: [{ ...backup.images[1], copy: 'original' }, backup.images[0]] }, /does not match the SHA-256/],
    ];
    for (const [name, doc, reason] of cases) {
      const parsed = await parseBackup(target, JSON.stringify(doc));
      expect(parsed.ok, name).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.en, name).toMatch(reason);
        expect(parsed.error.zh, name).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(await dumpStores(target)).toEqual(before);
  });

  it('leaves out, and reports, a screenshot whose stored image no longer matches its hash: the file still imports', async () => {
    const db = await seeded();
    await saveScreenshot(db, await screenshot('shot-2', 'case-1', pngOf(3)), { original: pngOf(3) });
    // Damage at rest, bypassing the checked writer.
    await db.put('images', { exhibitId: 'shot-2', caseId: 'case-1', copy: 'original', blob: pngOf(4) });
    const { backup, corrupt } = await exportAll(db);
    expect(corrupt.map((c) => [c.store, c.key])).toEqual([['images', 'shot-2']]);
    expect(backup.exhibits.map((e) => e.id)).toEqual(['shot-1']);
    expect((await parseBackup(await fresh(), serializeBackup(backup))).ok).toBe(true);
  });
});
