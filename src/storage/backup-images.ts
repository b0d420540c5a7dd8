// Screenshot images in a backup (format version 3): each image travels as
// base64 beside the SHA-256 its exhibit records. Export leaves out (and
// reports) a screenshot whose stored bytes no longer match their hash, so the
// file it writes can always be read back; import checks every image's bytes
// against that hash before anything is written and refuses the whole file on a
// mismatch (README.md#the-case-file).
import type { Bilingual } from '../shared/bilingual';
import type { Exhibit, ImageFile, ScreenshotExhibit } from '../shared/exhibit';
import { IdSchema, LIMITS } from '../shared/case';
import { IMAGE_TYPES } from '../shared/exhibit';
import { MAX_IMAGE_BYTES } from '../shared/limits';
import { z } from '../shared/zod';
import { fromBase64, toBase64 } from './crypto';
import { IMAGE_COPIES, type ImageCopy, type ImageRecord, sha256Hex } from './images';

/** One image in a backup. */
export const BackupImageSchema = z.strictObject({
  exhibitId: IdSchema,
  copy: z.enum(IMAGE_COPIES),
  type: z.enum(IMAGE_TYPES),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'sha256: 64 lowercase hex digits')),
  data: z
    .string()
    .check(
      z.minLength(4, 'data: must not be empty'),
      z.maxLength(Math.ceil(MAX_IMAGE_BYTES / 3) * 4, 'data: larger than an image may be'),
      z.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'data: must be base64'),
    ),
});
export type BackupImage = z.infer<typeof BackupImageSchema>;

const fail = (zh: string, en: string): { ok: false; error: Bilingual } => ({ ok: false, error: { zh, en } });

const filesOf = (exhibit: ScreenshotExhibit): [ImageCopy, ImageFile][] => [
  ['original', exhibit.image],
  ...(exhibit.redacted ? [['redacted', exhibit.redacted] as [ImageCopy, ImageFile]] : []),
];

const screenshots = (exhibits: readonly Exhibit[]): ScreenshotExhibit[] =>
  exhibits.filter((e): e is ScreenshotExhibit => e.source === 'screenshot');

/**
 * The backup entries of the stored images of `exhibits`. A screenshot whose
 * image is missing or no longer matches its hash is listed in `broken` and
 * none of its images are written.
 */
export async function backupImagesOf(
  exhibits: readonly Exhibit[],
  records: readonly ImageRecord[],
): Promise<{ images: BackupImage[]; broken: string[] }> {
  const byKey = new Map(records.map((r) => [`${r.exhibitId}/${r.copy}`, r.blob]));
  const images: BackupImage[] = [];
  const broken: string[] = [];
  for (const exhibit of screenshots(exhibits)) {
    const entries: BackupImage[] = [];
    for (const [copy, file] of filesOf(exhibit)) {
      const blob = byKey.get(`${exhibit.id}/${copy}`);
      const bytes = blob ? new Uint8Array(await blob.arrayBuffer()) : undefined;
      if (!bytes || bytes.length !== file.bytes || (await sha256Hex(bytes)) !== file.sha256) break;
      entries.push({ exhibitId: exhibit.id, copy, type: file.type, sha256: file.sha256, data: toBase64(bytes) });
    }
    if (entries.length === filesOf(exhibit).length) images.push(...entries);
    else broken.push(exhibit.id);
  }
  return { images, broken };
}

/**
 * Structure of a backup's images, before any byte is decoded: every
 * screenshot has exactly the images its exhibit names (same type and hash),
 * no image belongs to anything else, and no case holds more screenshots than
 * a case may.
 */
export function checkImageLinks(exhibits: readonly Exhibit[], images: readonly BackupImage[]): { ok: false; error: Bilingual } | undefined {
  const expected = new Map<string, ImageFile>();
  const perCase = new Map<string, number>();
  for (const e of screenshots(exhibits)) {
    for (const [copy, file] of filesOf(e)) expected.set(`${e.id}/${copy}`, file);
    perCase.set(e.caseId, (perCase.get(e.caseId) ?? 0) + 1);
  }
  for (const [caseId, count] of perCase) {
    if (count > LIMITS.screenshotsPerCase)
      return fail(
        `备份中的案件 ${caseId} 有 ${count} 张截图，超过每个案件 ${LIMITS.screenshotsPerCase} 张的上限，没有导入。`,
        `Case ${caseId} in the backup holds ${count} screenshots, over the limit of ${LIMITS.screenshotsPerCase} per case; nothing was imported.`,
      );
  }
  const seen = new Set<string>();
  for (const image of images) {
    const key = `${image.exhibitId}/${image.copy}`;
    const file = expected.get(key);
    if (seen.has(key))
      return fail(
        `备份中截图存证 ${image.exhibitId} 的图片出现了两次，没有导入。`,
        `The backup lists an image of screenshot exhibit ${image.exhibitId} twice; nothing was imported.`,
      );
    if (!file)
      return fail(
        `备份中有一张图片不属于任何截图存证（${image.exhibitId}），没有导入。`,
        `The backup holds an image that belongs to no screenshot exhibit (${image.exhibitId}); nothing was imported.`,
      );
    if (file.sha256 !== image.sha256 || file.type !== image.type)
      return fail(
        `备份中截图存证 ${image.exhibitId} 的图片与存证记录的 SHA-256 不一致，没有导入。`,
        `The image of screenshot exhibit ${image.exhibitId} does not match the SHA-256 its exhibit records; nothing was imported.`,
      );
    seen.add(key);
  }
  const missing = [...expected.keys()].find((key) => !seen.has(key));
  if (missing)
    return fail(
      `备份中缺少截图存证 ${missing.split('/')[0]} 的图片，没有导入。`,
      `The backup lacks the image of screenshot exhibit ${missing.split('/')[0]}; nothing was imported.`,
    );
  return undefined;
}

/**
 * The images of a backup as records to store, each one's bytes checked
 * against its SHA-256; a single mismatch refuses the whole backup.
 */
export async function decodeImages(
  exhibits: readonly Exhibit[],
  images: readonly BackupImage[],
): Promise<{ ok: true; records: ImageRecord[] } | { ok: false; error: Bilingual }> {
  const linked = checkImageLinks(exhibits, images);
  if (linked) return linked;
  const caseOf = new Map(exhibits.map((e) => [e.id, e.caseId]));
  const bytesOf = new Map(screenshots(exhibits).flatMap((e) => filesOf(e).map(([copy, f]) => [`${e.id}/${copy}`, f.bytes] as const)));
  const records: ImageRecord[] = [];
  for (const image of images) {
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = fromBase64(image.data);
    } catch {
      bytes = new Uint8Array(0);
    }
    if (bytes.length !== bytesOf.get(`${image.exhibitId}/${image.copy}`) || (await sha256Hex(bytes)) !== image.sha256) {
      return fail(
        `备份中截图存证 ${image.exhibitId} 的图片与其 SHA-256 不符（图片已被改动或损坏），没有导入任何内容。`,
        `The image of screenshot exhibit ${image.exhibitId} does not match its SHA-256 (it was altered or damaged); nothing was imported.`,
      );
    }
    records.push({
      exhibitId: image.exhibitId,
      caseId: caseOf.get(image.exhibitId)!,
      copy: image.copy,
      blob: new Blob([bytes], { type: image.type }),
    });
  }
  return { ok: true, records };
}
