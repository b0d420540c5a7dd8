// Page side, before the engine loads: refuse what cannot be a readable
// screenshot, then decode it with createImageBitmap (EXIF orientation applied)
// into a bitmap the worker draws on an OffscreenCanvas. Blob URLs and <img>
// are not used: the extension CSP keeps img-src narrow (docs/trust-model.md#wasm).
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from '../shared/limits';
import { OcrError } from './refusals';
import { sniffImage } from './sniff';

const tooLarge = (width: number, height: number): boolean => width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE;

/** The decoded image, or an OcrError saying why it is refused. */
export async function decodeScreenshot(blob: Blob): Promise<ImageBitmap> {
  if (blob.size > MAX_IMAGE_BYTES) throw new OcrError('file-too-large', `${(blob.size / 1024 / 1024).toFixed(1)} MB`);
  // The whole file (≤ 20 MB): a GIF's second frame can sit anywhere in it.
  const sniffed = sniffImage(new Uint8Array(await blob.arrayBuffer()));
  if (!sniffed) throw new OcrError('not-image', blob.type);
  if (sniffed.animated) throw new OcrError('animated', sniffed.kind);
  // Refused from the header, before decoding allocates width × height × 4 bytes.
  if (sniffed.width !== undefined && sniffed.height !== undefined && tooLarge(sniffed.width, sniffed.height)) {
    throw new OcrError('image-too-large', `${sniffed.width} × ${sniffed.height}`);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new OcrError(sniffed.kind === 'heic' ? 'heic' : 'corrupt', why);
  }
  const { width, height } = bitmap;
  if (width === 0 || height === 0 || tooLarge(width, height)) {
    bitmap.close();
    throw new OcrError(width && height ? 'image-too-large' : 'corrupt', `${width} × ${height}`);
  }
  return bitmap;
}
