// Exhibits: the dated pieces of evidence on a case (README glossary) — a page
// reading saved from the tip or the popup, or a phone screenshot with its images
// (README.md#screenshots). Same rules as every record (./case.ts): capped, strict,
// rejected with a message naming the field rather than cleaned up silently.
import { z } from './zod';
import { PRODUCTS } from './products';
import { STATUSES } from './status';
import { MAX_IMAGE_BYTES, MAX_IMAGE_SIDE } from './limits';
import { IdSchema, IsoDateTimeSchema, LIMITS, cappedString, nonEmptyCapped } from './case';

const statusLine = () =>
  nonEmptyCapped(LIMITS.exhibitText, 'text').check(
    z.refine((s: string) => s.trim() === s, 'text: must be trimmed (no leading or trailing spaces)'),
  );

/** What detection read besides the status (src/lenders/detect.ts), kept so the rules and appeal text can use it. */
const detectedFields = {
  product: z.optional(z.enum(PRODUCTS)),
  months: z.optional(z.int().check(z.gte(0, 'months: at least 0'), z.lte(120, 'months: at most 120'))),
  limitBefore: z.optional(z.number().check(z.gte(0, 'limitBefore: at least 0'), z.lte(1e9, 'limitBefore: at most 1e9'))),
  limitAfter: z.optional(z.number().check(z.gte(0, 'limitAfter: at least 0'), z.lte(1e9, 'limitAfter: at most 1e9'))),
};

/** A dated exhibit of what a page showed, saved from the page tip or the popup (README.md#the-case-file: URL, time, trimmed status text). */
export const PageExhibitSchema = z.strictObject({
  id: IdSchema,
  caseId: IdSchema,
  source: z.literal('page'),
  url: z
    .string()
    .check(
      z.maxLength(LIMITS.url, `url: at most ${LIMITS.url} characters`),
      z.regex(/^https?:\/\/[^\s]+$/, 'url: must be an http(s) address without spaces'),
    ),
  observedAt: IsoDateTimeSchema,
  status: z.enum(STATUSES),
  /** The status text as shown on the page, already trimmed by the sender. */
  text: statusLine(),
  lender: z.optional(nonEmptyCapped(LIMITS.lender, 'lender')),
  ...detectedFields,
});
export type PageExhibit = z.infer<typeof PageExhibitSchema>;

const side = (what: string) => z.int().check(z.gte(1, `${what}: at least 1`), z.lte(MAX_IMAGE_SIDE, `${what}: at most ${MAX_IMAGE_SIDE}`));
const coordinate = (what: string) =>
  z.int().check(z.gte(0, `${what}: at least 0`), z.lte(MAX_IMAGE_SIDE, `${what}: at most ${MAX_IMAGE_SIDE}`));

/** Image formats a browser decodes and the recognition engine accepts (src/ocr/sniff.ts). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'image/bmp', 'image/avif'] as const;

/**
 * One stored image of a screenshot exhibit: its format, size and SHA-256 (hex)
 * of its bytes, so it can be shown to be unchanged later; the bytes themselves
 * are a Blob in the `images` store (src/storage/images.ts).
 */
export const ImageFileSchema = z.strictObject({
  type: z.enum(IMAGE_TYPES),
  bytes: z.int().check(z.gte(1, 'bytes: at least 1'), z.lte(MAX_IMAGE_BYTES, `bytes: at most ${MAX_IMAGE_BYTES}`)),
  width: side('width'),
  height: side('height'),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'sha256: 64 lowercase hex digits')),
});
export type ImageFile = z.infer<typeof ImageFileSchema>;

/** A blacked-out rectangle, in pixels of the decoded image. */
export const RedactionSchema = z.strictObject({ x: coordinate('x'), y: coordinate('y'), width: side('width'), height: side('height') });
export type Redaction = z.infer<typeof RedactionSchema>;

/**
 * Where a screenshot's capture time came from: the photo's EXIF
 * DateTimeOriginal, the file's modification time, the moment it was added
 * (no better source, e.g. a pasted image), or the user's own correction.
 */
export const CAPTURE_TIME_SOURCES = ['exif', 'file', 'added', 'user'] as const;
export type CaptureTimeSource = (typeof CAPTURE_TIME_SOURCES)[number];

/**
 * A phone screenshot kept as evidence (README.md#the-case-file): the image (original, and a
 * blacked-out copy when the user drew rectangles; each with its own SHA-256),
 * the recognised text as the user confirmed it, the status line an appeal
 * quotes, the user-confirmed status and the capture time. The blacked-out copy
 * is what the printed case file shows; the original stays private unless the
 * user chooses otherwise.
 */
export const ScreenshotExhibitSchema = z.strictObject({
  id: IdSchema,
  caseId: IdSchema,
  source: z.literal('screenshot'),
  /** When the screenshot was taken (see `timeFrom`). */
  observedAt: IsoDateTimeSchema,
  timeFrom: z.enum(CAPTURE_TIME_SOURCES),
  /** The status the user confirmed. */
  status: z.enum(STATUSES),
  /** What detection made of the text, when the user chose another status. */
  detectedStatus: z.optional(z.enum(STATUSES)),
  /** The line of the screenshot that states the status, as recognised (what an appeal quotes). */
  text: statusLine(),
  /** The whole recognised text, as the user confirmed or corrected it. */
  recognisedText: cappedString(LIMITS.recognisedText, 'recognisedText'),
  lender: z.optional(nonEmptyCapped(LIMITS.lender, 'lender')),
  ...detectedFields,
  fileName: z.optional(nonEmptyCapped(LIMITS.fileName, 'fileName')),
  image: ImageFileSchema,
  /** The blacked-out copy and the rectangles it blacks out; absent when nothing was blacked out. */
  redacted: z.optional(
    z.extend(ImageFileSchema, {
      boxes: z
        .array(RedactionSchema)
        .check(z.minLength(1, 'boxes: at least one'), z.maxLength(LIMITS.redactions, `boxes: at most ${LIMITS.redactions}`)),
    }),
  ),
});
export type ScreenshotExhibit = z.infer<typeof ScreenshotExhibitSchema>;

/** A dated piece of evidence on a case: a page reading or a phone screenshot (README glossary). */
export const ExhibitSchema = z.discriminatedUnion('source', [PageExhibitSchema, ScreenshotExhibitSchema]);
export type Exhibit = z.infer<typeof ExhibitSchema>;
