// The PP-OCRv4 recogniser's output classes, in order: index 0 is the CTC
// blank, then the 6,623 characters of ppocr_keys_v1.txt, then a space
// (PaddleOCR's `use_space_char`, https://github.com/PaddlePaddle/PaddleOCR/blob/release/2.7/ppocr/postprocess/rec_postprocess.py).
// Off by one and every character comes out as its neighbour without any error
// (你当前暂无借呗额度 → 史彭富蚕喜牯韶慑瘿), so the size is checked here and a
// real-browser test reads a known screenshot (test/browser/ocr-engine.test.ts).

/** Classes of ch_PP-OCRv4_rec_infer.onnx: blank + 6,623 characters + space. */
export const REC_CLASSES = 6625;

/** The class list for the recogniser from the text of ppocr_keys_v1.txt (one character a line). */
export function recogniserClasses(keys: string): string[] {
  const characters = keys.replace(/\r?\n$/, '').split(/\r?\n/);
  const classes = ['', ...characters, ' '];
  if (classes.length !== REC_CLASSES) throw new Error(`dictionary has ${characters.length} characters; the model needs ${REC_CLASSES - 2}`);
  return classes;
}
