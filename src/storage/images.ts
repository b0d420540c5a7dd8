// The images of screenshot exhibits: Blobs in their own store, keyed
// [exhibitId, copy], so exhibit records stay small JSON (the popup and the
// worker's messages carry them; lists read them all) and an image is read only
// where it is shown. Each screenshot has its original and, when the user
// blacked out areas, one redacted copy; each copy's SHA-256 is on the exhibit
// (src/shared/case.ts ImageFile), so what is shown can be checked unchanged.
import type { Bilingual } from '../shared/bilingual';
import type { ImageFile } from '../shared/exhibit';
import { IdSchema } from '../shared/case';
import { z } from '../shared/zod';
import { StorageError } from './errors';
import type { ReopenDb } from './schema';

export const IMAGE_COPIES = ['original', 'redacted'] as const;
export type ImageCopy = (typeof IMAGE_COPIES)[number];

/** What the `images` store holds. */
export const ImageRecordSchema = z.strictObject({
  exhibitId: IdSchema,
  caseId: IdSchema,
  copy: z.enum(IMAGE_COPIES),
  blob: z.instanceof(Blob),
});
export type ImageRecord = z.infer<typeof ImageRecordSchema>;

const hex = (buffer: ArrayBuffer): string => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/** The SHA-256 of some bytes, as 64 lowercase hex digits (https://w3c.github.io/webcrypto/#SubtleCrypto-method-digest). */
export const sha256Hex = async (bytes: BufferSource): Promise<string> => hex(await globalThis.crypto.subtle.digest('SHA-256', bytes));

/** The SHA-256 of a Blob's bytes. */
export const imageDigest = async (blob: Blob): Promise<string> => sha256Hex(await blob.arrayBuffer());

/** Whether `blob` is exactly the image `file` describes: same length and same SHA-256. */
export const matchesImage = async (blob: Blob, file: Pick<ImageFile, 'bytes' | 'sha256'>): Promise<boolean> =>
  blob.size === file.bytes && (await imageDigest(blob)) === file.sha256;

/** An image whose bytes are not the ones its exhibit names; nothing is written. */
export const imageMismatch = (what: Bilingual): StorageError =>
  new StorageError('invalid', {
    zh: `（${what.zh}与记录的 SHA-256 不一致，图片可能已被改动或损坏。）`,
    en: `(${what.en} does not match its recorded SHA-256; it may have been altered or damaged.)`,
  });

/** How the messages name each image of a screenshot exhibit. */
export const IMAGE_NAME: Record<ImageCopy, Bilingual> = {
  original: { zh: '截图原图', en: 'The screenshot' },
  redacted: { zh: '遮挡后的副本', en: 'The blacked-out copy' },
};

/** One image of an exhibit as stored, checked; undefined when there is none. */
export const getExhibitImage = async (db: ReopenDb, exhibitId: string, copy: ImageCopy): Promise<Blob | undefined> => {
  const raw: unknown = await db.get('images', [exhibitId, copy]);
  if (raw === undefined) return undefined;
  const record = ImageRecordSchema.safeParse(raw);
  if (!record.success)
    throw new StorageError('invalid', {
      zh: `（存证 ${exhibitId} 的图片记录已损坏。）`,
      en: `(The image record of exhibit ${exhibitId} is damaged.)`,
    });
  return record.data.blob;
};
