// The messages between an extension page and its recognition worker
// (./worker.ts). A dedicated worker hears only the page that started it, so
// these are typed, not schema-checked; the worker still ignores anything else.

/** A line of recognised text and where it is in the image (pixels of the decoded image). */
export interface OcrLine {
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

export interface OcrResult {
  /** The recognised text, one line per visual line, as read (never normalised). */
  text: string;
  lines: OcrLine[];
  /** Time the worker spent on this image (decoded bitmap → text), in ms. */
  ms: number;
}

export type OcrStage = 'loading' | 'recognising';

export type ToWorker = { type: 'recognise'; id: number; image: ImageBitmap };

export type FromWorker =
  | { type: 'progress'; id: number; stage: OcrStage }
  | { type: 'done'; id: number; result: OcrResult }
  | { type: 'failed'; id: number; code: 'engine-unavailable' | 'engine-failed'; detail: string };
