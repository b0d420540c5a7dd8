// Drives src/ocr/client.ts inside a real extension page, the same way in
// Chromium (Playwright) and Firefox (WebDriver BiDi script.evaluate): the page
// imports the built client from the extension's own URL, and every call
// returns a JSON string (what both protocols carry unchanged). Used by
// test/browser/ocr-engine.test.ts and bench/ocr.bench.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';

/** The extension page that owns the worker in tests (the later screenshot panel lives there too). */
export const OCR_PAGE = 'src/options/index.html';
/** The built client module (vite.config.ts gives it this fixed name). */
export const OCR_CLIENT = 'src/ocr/client.js';

export interface Label {
  file: string;
  status: string;
  product: string;
  decoy: boolean;
  /** The full visible text, lines joined with ' / '. */
  text: string;
}

export function readLabels(dir: string): Label[] {
  return readFileSync(join(dir, 'labels.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [file = '', status = '', product = '', , , decoy = '', text = ''] = line.split('\t');
      return { file, status, product, decoy: decoy === 'yes', text };
    });
}

export interface Outcome {
  result?: { text: string; lines: { text: string; box: { x: number; y: number; width: number; height: number } }[]; ms: number };
  error?: { name: string; code?: string; message: string; userMessage?: { zh: string; en: string } };
  stages: string[];
  /** Wall time of the call in the page, ms (engine start included when cold). */
  wallMs: number;
}

// Plain JavaScript evaluated in the page. `engine` is kept between calls when
// asked (`keep`), so a run of images shares one engine load.
const INSTALL = `globalThis.reopenOcrTest ??= (() => {
  const client = import(chrome.runtime.getURL(${JSON.stringify(OCR_CLIENT)}));
  let engine = null;
  const blobOf = (b64, padTo) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    return new Blob([bytes, new Uint8Array(Math.max(0, (padTo ?? 0) - bytes.length))]);
  };
  const describe = (e) => ({ name: e.name, code: e.code, message: e.message, userMessage: e.userMessage });
  return {
    async read(b64, options) {
      const m = await client;
      const stages = [];
      const controller = new AbortController();
      const onProgress = (p) => {
        stages.push(p.stage);
        if (p.stage === options.abortAt) controller.abort();
      };
      if (options.keep) engine ??= m.openEngine();
      const started = performance.now();
      try {
        const call = { signal: controller.signal, onProgress };
        const result = options.keep ? await engine.recognise(blobOf(b64, options.padTo), call) : await m.recognise(blobOf(b64, options.padTo), call);
        return JSON.stringify({ result, stages, wallMs: performance.now() - started });
      } catch (e) {
        return JSON.stringify({ error: describe(e), stages, wallMs: performance.now() - started });
      }
    },
    close() {
      engine?.close();
      engine = null;
      return 'closed';
    },
  };
})(), 'ready'`;

export interface ReadOptions {
  /** Use (and keep) the page's long-lived engine instead of a one-shot recognise(). */
  keep?: boolean;
  /** Abort the call when this progress stage is reported. */
  abortAt?: 'loading' | 'recognising';
  /** Zero bytes appended in the page up to this size (a large file without sending it over the protocol). */
  padTo?: number;
}

/** The expression that installs the page-side driver (idempotent). */
export const installExpression = (): string => INSTALL;

/** The expression that reads `bytes` in the page; it evaluates to a JSON Outcome. */
export const readExpression = (bytes: Buffer | Uint8Array, options: ReadOptions = {}): string =>
  `globalThis.reopenOcrTest.read(${JSON.stringify(Buffer.from(bytes).toString('base64'))}, ${JSON.stringify(options)})`;

export const closeExpression = (): string => 'globalThis.reopenOcrTest.close()';

/** Whitespace removed (the character error rate and the key-phrase checks compare text this way). */
export const squash = (text: string): string => text.replace(/\s+/g, '');

/** The label's visible text without its ' / ' line joiners. */
export const labelText = (label: Label): string => squash(label.text.split(' / ').join(''));

const be32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const pngChunk = (type: string, data: Buffer): Buffer =>
  Buffer.concat([be32(data.length), Buffer.from(type, 'latin1'), data, be32(crc32(Buffer.concat([Buffer.from(type, 'latin1'), data])))]);

/** A valid grey PNG of `width` × `height` (for the size refusal and for decoding checks). */
export function greyPng(width: number, height: number): Buffer {
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0x80)]);
  const ihdr = Buffer.concat([be32(width), be32(height), Buffer.from([8, 0, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.concat(Array.from({ length: height }, () => row)))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Files every engine must refuse before it loads, with the OcrError code each gets. */
export function refusedInputs(): { name: string; bytes: Buffer; padTo?: number; code: string }[] {
  const frame = [0x21, 0xf9, 4, 0, 10, 0, 0, 0, 0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x4c, 0x01, 0];
  const gif = Buffer.from([...Buffer.from('GIF89a'), 1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 255, 255, 255, ...frame, ...frame, 0x3b]);
  const png = greyPng(4, 4);
  return [
    { name: 'a text file', bytes: Buffer.from('你的借呗额度已关闭。这是一段文字，不是图片。'), code: 'not-image' },
    { name: 'a PNG over 20 MB', bytes: png, padTo: 20 * 1024 * 1024 + 1, code: 'file-too-large' },
    { name: 'a PNG 8,001 px wide', bytes: greyPng(8001, 1), code: 'image-too-large' },
    { name: 'an animated GIF', bytes: gif, code: 'animated' },
    {
      name: 'a PNG whose pixels are damaged',
      bytes: Buffer.concat([png.subarray(0, 33), pngChunk('IDAT', Buffer.from('not zlib data at all'))]),
      code: 'corrupt',
    },
    {
      name: 'a HEIC photo',
      bytes: Buffer.concat([be32(24), Buffer.from('ftypheic', 'latin1'), be32(0), Buffer.from('mif1heic', 'latin1'), Buffer.alloc(64, 7)]),
      code: 'heic',
    },
  ];
}
