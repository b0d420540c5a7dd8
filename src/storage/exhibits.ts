// Exhibits: dated pieces of evidence on a case (README glossary) — a page
// reading saved from the page tip, or a phone screenshot saved from the
// options page with its images (images.ts). Every save is one transaction
// that also checks the case exists and holds fewer exhibits than the cap.
import type { Case } from '../shared/case';
import type { Exhibit, ImageFile, ScreenshotExhibit } from '../shared/exhibit';
import { CaseSchema, LIMITS } from '../shared/case';
import { ExhibitSchema, PageExhibitSchema, ScreenshotExhibitSchema } from '../shared/exhibit';
import { caseMissing, requireCases } from './cases';
import type { Checked } from './checked';
import { checkAll, keyOf, validate } from './checked';
import { commitAtomically, type WriteOp } from './commit';
import { StorageError } from './errors';
import { IMAGE_NAME, imageMismatch, matchesImage, type ImageCopy } from './images';
import type { ReopenDb, WriteTx } from './schema';

/** A case holds at most LIMITS.exhibitsPerCase exhibits; nothing is written past it. */
export const EXHIBITS_FULL = {
  zh: `这个案卷已有 ${LIMITS.exhibitsPerCase} 份存证，已达上限，这一份没有保存。之前的存证都还在；可删除不再需要的存证，或新建一个案卷。`,
  en: `This case already holds ${LIMITS.exhibitsPerCase} exhibits, the most it keeps, so this one was not saved. Every earlier exhibit is still there; delete ones you no longer need, or start a new case.`,
};

/** A case holds at most LIMITS.screenshotsPerCase screenshots (each keeps up to two images). */
export const SCREENSHOTS_FULL = {
  zh: `这个案卷已有 ${LIMITS.screenshotsPerCase} 张截图，已达上限，这一张没有保存。之前的截图都还在；可删除不再需要的截图，或新建一个案卷。`,
  en: `This case already holds ${LIMITS.screenshotsPerCase} screenshots, the most it keeps, so this one was not saved. Every earlier screenshot is still there; delete ones you no longer need, or start a new case.`,
};

/** Guard: the case has room for exhibit `id` (a retry of the same id replaces it and needs no room). */
const roomFor =
  (caseId: string, id: string, screenshot: boolean) =>
  async (tx: WriteTx): Promise<void> => {
    const others = (await tx.objectStore('exhibits').index('byCase').getAll(caseId)).filter((e) => keyOf(e, 'id') !== id);
    if (others.length >= LIMITS.exhibitsPerCase) throw new StorageError('full', EXHIBITS_FULL, { replace: true });
    if (screenshot && others.filter((e) => keyOf(e, 'source') === 'screenshot').length >= LIMITS.screenshotsPerCase) {
      throw new StorageError('full', SCREENSHOTS_FULL, { replace: true });
    }
  };

/**
 * Adds a page exhibit to an existing case, in one transaction. Idempotent on
 * the exhibit's id, which the sender minted: when that id is already stored,
 * the stored exhibit is kept and returned (`added: false`), so a retry after a
 * lost reply stores nothing twice (docs/trust-model.md#worker-lifetime).
 * Throws StorageError: 'invalid' for a bad record or a case that no longer
 * exists, 'full' when the case already holds LIMITS.exhibitsPerCase exhibits.
 */
export const addExhibit = async (db: ReopenDb, exhibit: Exhibit): Promise<{ exhibit: Exhibit; added: boolean }> => {
  const record = validate(PageExhibitSchema, exhibit, 'exhibit');
  let result: { exhibit: Exhibit; added: boolean } = { exhibit: record, added: true };
  await commitAtomically(
    db,
    ['cases', 'exhibits'],
    [],
    async (tx) => {
      const existing: unknown = await tx.objectStore('exhibits').get(record.id);
      if (existing !== undefined) {
        result = { exhibit: validate(ExhibitSchema, existing, `exhibit ${record.id}`), added: false };
        return;
      }
      await requireCases([record.caseId])(tx);
      await roomFor(record.caseId, record.id, false)(tx);
      tx.objectStore('exhibits')
        .put(record)
        .catch(() => undefined);
    },
    [record.caseId],
  );
  return result;
};

/** The bytes of a screenshot exhibit: the original and, when `exhibit.redacted` is set, the blacked-out copy. */
export interface ScreenshotImages {
  original: Blob;
  redacted?: Blob | undefined;
}

/** The image as stored: its bytes under the type the exhibit records (a pasted blob may carry none). */
const checkedImage = async (blob: Blob, file: ImageFile, copy: ImageCopy): Promise<Blob> => {
  if (!(await matchesImage(blob, file))) throw imageMismatch(IMAGE_NAME[copy]);
  return blob.type === file.type ? blob : blob.slice(0, blob.size, file.type);
};

const imageOps = (exhibit: ScreenshotExhibit, original: Blob, redacted: Blob | undefined): WriteOp[] => [
  { store: 'images', put: { exhibitId: exhibit.id, caseId: exhibit.caseId, copy: 'original', blob: original } },
  redacted
    ? { store: 'images', put: { exhibitId: exhibit.id, caseId: exhibit.caseId, copy: 'redacted', blob: redacted } }
    : { store: 'images', delete: [exhibit.id, 'redacted'] },
];

/**
 * Saves a screenshot exhibit with its images in one transaction, after
 * checking that every image's bytes are the ones the exhibit's SHA-256 names.
 * With `newCase` (same id as `exhibit.caseId`), the case is created with it
 * ("start a case from this screenshot"); a retry finds the case there and
 * leaves it as it is. Same exhibit id → overwrite. Throws StorageError:
 * 'invalid' for a bad record, a mismatched image, a missing case or a full one.
 */
export const saveScreenshot = async (
  db: ReopenDb,
  exhibit: ScreenshotExhibit,
  images: ScreenshotImages,
  options: { newCase?: Case } = {},
): Promise<void> => {
  const record = validate(ScreenshotExhibitSchema, exhibit, 'exhibit');
  const fresh = options.newCase ? validate(CaseSchema, options.newCase, 'case') : undefined;
  if (fresh && fresh.id !== record.caseId)
    throw new StorageError('invalid', { zh: '（存证不属于这个案件。）', en: '(An exhibit belongs to another case.)' });
  const original = await checkedImage(images.original, record.image, 'original');
  if (Boolean(record.redacted) !== Boolean(images.redacted)) throw imageMismatch(IMAGE_NAME.redacted);
  const redacted = record.redacted && images.redacted ? await checkedImage(images.redacted, record.redacted, 'redacted') : undefined;
  await commitAtomically(
    db,
    ['cases', 'exhibits', 'images'],
    [{ store: 'exhibits', put: record }, ...imageOps(record, original, redacted)],
    async (tx) => {
      if (fresh && (await tx.objectStore('cases').count(fresh.id)) === 0) {
        tx.objectStore('cases')
          .put(fresh)
          .catch(() => undefined);
        return;
      }
      await requireCases([record.caseId])(tx);
      await roomFor(record.caseId, record.id, true)(tx);
    },
    [record.caseId],
  );
};

/** A blacked-out copy to keep: its description (with the rectangles) and its bytes. */
export interface Redacted {
  file: NonNullable<ScreenshotExhibit['redacted']>;
  blob: Blob;
}

/** Reads a screenshot exhibit inside a write transaction; throws when it is gone or belongs elsewhere. */
const storedScreenshot = async (tx: WriteTx, caseId: string, exhibitId: string): Promise<ScreenshotExhibit> => {
  const raw: unknown = await tx.objectStore('exhibits').get(exhibitId);
  if (raw === undefined || keyOf(raw, 'caseId') !== caseId) throw caseMissing(caseId);
  const exhibit = validate(ExhibitSchema, raw, `exhibit ${exhibitId}`);
  if (exhibit.source !== 'screenshot')
    throw new StorageError('invalid', { zh: '（这份存证不是截图。）', en: '(This exhibit is not a screenshot.)' });
  return exhibit;
};

/**
 * Replaces the blacked-out copy of a saved screenshot (null: none, the
 * original alone is kept). The original and its hash never change.
 */
export const setRedaction = async (db: ReopenDb, caseId: string, exhibitId: string, redacted: Redacted | null): Promise<void> => {
  const blob = redacted ? await checkedImage(redacted.blob, redacted.file, 'redacted') : undefined;
  await commitAtomically(
    db,
    ['exhibits', 'images'],
    [],
    async (tx) => {
      const stored = await storedScreenshot(tx, caseId, exhibitId);
      const { redacted: _old, ...rest } = stored;
      const next = validate(ScreenshotExhibitSchema, redacted ? { ...rest, redacted: redacted.file } : rest, 'exhibit');
      tx.objectStore('exhibits')
        .put(next)
        .catch(() => undefined);
      if (blob)
        tx.objectStore('images')
          .put({ exhibitId, caseId, copy: 'redacted', blob })
          .catch(() => undefined);
      else
        tx.objectStore('images')
          .delete([exhibitId, 'redacted'])
          .catch(() => undefined);
    },
    [caseId],
  );
};

/** Deletes one exhibit of a case and its images. */
export const deleteExhibit = async (db: ReopenDb, caseId: string, exhibitId: string): Promise<void> => {
  await commitAtomically(
    db,
    ['exhibits', 'images'],
    [
      { store: 'exhibits', delete: exhibitId },
      { store: 'images', delete: [exhibitId, 'original'] },
      { store: 'images', delete: [exhibitId, 'redacted'] },
    ],
    async (tx) => {
      const raw: unknown = await tx.objectStore('exhibits').get(exhibitId);
      if (raw !== undefined && keyOf(raw, 'caseId') !== caseId) throw caseMissing(caseId);
    },
    [caseId],
  );
};

/** A case's exhibits in time order. */
export const listExhibits = async (db: ReopenDb, caseId: string): Promise<Checked<Exhibit>> => {
  const checked = checkAll(ExhibitSchema, 'exhibits', await db.getAllFromIndex('exhibits', 'byCase', caseId));
  checked.items.sort((a, b) => (a.observedAt < b.observedAt ? -1 : a.observedAt > b.observedAt ? 1 : 0));
  return checked;
};
