// One screenshot result made into an exhibit record with its images
// (src/shared/case.ts ScreenshotExhibitSchema): the SHA-256 of each copy is
// computed here from the very bytes that are stored, and storage checks them
// again before it writes (src/storage/exhibits.ts saveScreenshot).
import { LIMITS } from '../shared/case';
import { type CaptureTimeSource, type ImageFile, type Redaction, type ScreenshotExhibit } from '../shared/exhibit';
import type { Status } from '../shared/status';
import type { ScreenshotImages } from '../storage/index';
import { statusLineOf, type ScreenshotFacts } from './screenshot-facts';
import { blackOut, describeImage } from './screenshot-image';

export interface ShotImage {
  blob: Blob;
  type: ImageFile['type'];
  bitmap: ImageBitmap;
  fileName?: string;
}

export interface ShotInput {
  id: string;
  caseId: string;
  image: ShotImage;
  text: string;
  facts: ScreenshotFacts;
  status: Status;
  time: { at: string; from: CaptureTimeSource };
  boxes: readonly Redaction[];
}

/** The line an appeal quotes: the status evidence, else the first line of the text; '' when the text is empty. */
export const quotedLine = (text: string, facts: ScreenshotFacts): string =>
  statusLineOf(facts) || (text.split('\n').find((l) => l.trim()) ?? '').replace(/\s+/g, ' ').trim().slice(0, LIMITS.exhibitText).trim();

export async function screenshotRecord(input: ShotInput): Promise<{ exhibit: ScreenshotExhibit; images: ScreenshotImages }> {
  const { image, facts } = input;
  const { width, height } = image.bitmap;
  const original = await describeImage(image.blob, image.type, width, height);
  let redacted: { file: NonNullable<ScreenshotExhibit['redacted']>; blob: Blob } | undefined;
  if (input.boxes.length) {
    const blob = await blackOut(image.bitmap, input.boxes, image.type);
    const type = blob.type === 'image/jpeg' ? 'image/jpeg' : 'image/png';
    redacted = { blob, file: { ...(await describeImage(blob, type, width, height)), boxes: [...input.boxes] } };
  }
  const exhibit: ScreenshotExhibit = {
    id: input.id,
    caseId: input.caseId,
    source: 'screenshot',
    observedAt: input.time.at,
    timeFrom: input.time.from,
    status: input.status,
    ...(input.status !== facts.status ? { detectedStatus: facts.status } : {}),
    text: quotedLine(input.text, facts),
    recognisedText: input.text,
    ...(facts.product ? { product: facts.product } : {}),
    ...(facts.months !== undefined ? { months: facts.months } : {}),
    ...(facts.limitBefore !== undefined ? { limitBefore: facts.limitBefore } : {}),
    ...(facts.limitAfter !== undefined ? { limitAfter: facts.limitAfter } : {}),
    ...(image.fileName ? { fileName: image.fileName.slice(0, LIMITS.fileName) } : {}),
    image: original,
    ...(redacted ? { redacted: redacted.file } : {}),
  };
  return { exhibit, images: { original: image.blob, ...(redacted ? { redacted: redacted.blob } : {}) } };
}
