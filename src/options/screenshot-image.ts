// The screenshot panel's image work in the page: the stored format (sniffed
// from the bytes, not the name), the capture time, the SHA-256 description of
// an image, and the blacked-out copy. Images are drawn from decoded bitmaps on
// canvases, never through blob: URLs (the extension CSP's img-src allows only
// the package and data:, docs/trust-model.md#wasm).
import type { CaptureTimeSource, ImageFile, Redaction } from '../shared/exhibit';
import { IMAGE_TYPES } from '../shared/exhibit';
import { sniffImage, type ImageKind } from '../ocr/sniff';
import { imageDigest } from '../storage/index';
import { EXIF_SCAN_BYTES, exifDateTimeOriginal } from './exif';

const MIME: Partial<Record<ImageKind, ImageFile['type']>> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
  avif: 'image/avif',
};

/** The image's format from its first bytes; undefined for anything a screenshot exhibit cannot keep. */
export async function imageTypeOf(blob: Blob): Promise<ImageFile['type'] | undefined> {
  const sniffed = sniffImage(new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer()));
  const type = sniffed ? MIME[sniffed.kind] : undefined;
  return type && (IMAGE_TYPES as readonly string[]).includes(type) ? type : undefined;
}

/** How an image reached the panel: a pasted image has no file time of its own. */
export type ImageOrigin = 'file' | 'paste';

/**
 * When the screenshot was taken: its EXIF DateTimeOriginal, else the file's
 * modification time, else now (a pasted image's "file" is made at the paste).
 */
export async function captureTime(file: Blob, origin: ImageOrigin, now = new Date()): Promise<{ at: string; from: CaptureTimeSource }> {
  const exif = exifDateTimeOriginal(new Uint8Array(await file.slice(0, EXIF_SCAN_BYTES).arrayBuffer()));
  if (exif) return { at: exif, from: 'exif' };
  if (origin === 'file' && file instanceof File && file.lastModified > 0)
    return { at: new Date(file.lastModified).toISOString(), from: 'file' };
  return { at: now.toISOString(), from: 'added' };
}

/** An image's stored description: format, size, pixel dimensions and SHA-256. */
export async function describeImage(blob: Blob, type: ImageFile['type'], width: number, height: number): Promise<ImageFile> {
  return { type, bytes: blob.size, width, height, sha256: await imageDigest(blob) };
}

/** Rectangles kept inside the image, with whole-pixel edges and at least one pixel each. */
export function clampBox(box: Redaction, width: number, height: number): Redaction {
  const w = Math.max(1, Math.min(Math.round(box.width), width));
  const h = Math.max(1, Math.min(Math.round(box.height), height));
  return {
    x: Math.max(0, Math.min(Math.round(box.x), width - w)),
    y: Math.max(0, Math.min(Math.round(box.y), height - h)),
    width: w,
    height: h,
  };
}

/**
 * The blacked-out copy: the decoded image with every rectangle filled opaque
 * black, encoded anew (PNG, or JPEG for a JPEG original). Re-encoding also
 * drops the original's metadata (EXIF, location) from the copy.
 */
export async function blackOut(bitmap: ImageBitmap, boxes: readonly Redaction[], originalType: ImageFile['type']): Promise<Blob> {
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.drawImage(bitmap, 0, 0);
  context.fillStyle = '#000';
  for (const b of boxes) context.fillRect(b.x, b.y, b.width, b.height);
  return canvas.convertToBlob(originalType === 'image/jpeg' ? { type: 'image/jpeg', quality: 0.92 } : { type: 'image/png' });
}

/** Draws `bitmap` on `canvas` at most `maxWidth` pixels wide, keeping its proportions. */
export function drawScaled(canvas: HTMLCanvasElement, bitmap: ImageBitmap, maxWidth: number): void {
  const scale = Math.min(1, maxWidth / bitmap.width);
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
}
