import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sniffImage } from './sniff';

const dev = join(import.meta.dirname, '../../test/fixtures/screenshots/dev');
const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const be32 = (n: number): number[] => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const le16 = (n: number): number[] => [n & 255, (n >>> 8) & 255];
const le24 = (n: number): number[] => [n & 255, (n >>> 8) & 255, (n >>> 16) & 255];
const chunk = (type: string, data: number[]): number[] => [
  ...be32(data.length),
  ...[...type].map((c) => c.charCodeAt(0)),
  ...data,
  0,
  0,
  0,
  0,
];
const PNG_SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ihdr = (w: number, h: number): number[] => chunk('IHDR', [...be32(w), ...be32(h), 8, 6, 0, 0, 0]);

/** A GIF with `frames` 1×1 images, each an image descriptor and one LZW sub-block. */
function gif(frames: number): Uint8Array {
  const frame = [0x21, 0xf9, 4, 0, 10, 0, 0, 0, 0x2c, ...le16(0), ...le16(0), ...le16(1), ...le16(1), 0, 2, 2, 0x4c, 0x01, 0];
  return bytes(
    'GIF89a',
    le16(640),
    le16(480),
    [0x80, 0, 0],
    [0, 0, 0, 255, 255, 255],
    ...Array.from({ length: frames }, () => frame),
    [0x3b],
  );
}

describe('sniffImage', () => {
  test('reads the size of the committed PNG and JPEG screenshots from their headers', () => {
    expect(sniffImage(readFileSync(join(dev, '02-alipay-huabei-paused.png')))).toEqual({
      kind: 'png',
      width: 1080,
      height: 2340,
      animated: false,
    });
    expect(sniffImage(readFileSync(join(dev, '01-alipay-jiebei-zero.jpg')))).toEqual({
      kind: 'jpeg',
      width: 1080,
      height: 2340,
      animated: false,
    });
  });

  test('an APNG (acTL before IDAT) is animated, a PNG with acTL after IDAT is not', () => {
    const idat = chunk('IDAT', [1, 2, 3]);
    const actl = chunk('acTL', [...be32(2), ...be32(0)]);
    expect(sniffImage(bytes(PNG_SIG, ihdr(9000, 10), actl, idat))).toMatchObject({ kind: 'png', width: 9000, animated: true });
    expect(sniffImage(bytes(PNG_SIG, ihdr(10, 10), idat, actl))).toMatchObject({ animated: false });
  });

  test('a GIF is animated from its second image on', () => {
    expect(sniffImage(gif(1))).toEqual({ kind: 'gif', width: 640, height: 480, animated: false });
    expect(sniffImage(gif(3))).toMatchObject({ kind: 'gif', animated: true });
  });

  test('WebP: the VP8X animation flag, lossless and lossy sizes', () => {
    const riff = (body: number[]): Uint8Array => bytes('RIFF', [...le24(body.length + 4), 0], 'WEBP', body);
    const vp8x = (flags: number): number[] => [...bytes('VP8X'), ...[10, 0, 0, 0], flags, 0, 0, 0, ...le24(1079), ...le24(2339)];
    expect(sniffImage(riff(vp8x(0x02)))).toEqual({ kind: 'webp', width: 1080, height: 2340, animated: true });
    expect(sniffImage(riff(vp8x(0x10)))).toMatchObject({ animated: false });
    const bits = (1080 - 1) | ((2340 - 1) << 14);
    const vp8l = [...bytes('VP8L'), 5, 0, 0, 0, 0x2f, bits & 255, (bits >>> 8) & 255, (bits >>> 16) & 255, (bits >>> 24) & 255];
    expect(sniffImage(riff(vp8l))).toEqual({ kind: 'webp', width: 1080, height: 2340, animated: false });
    const vp8 = [...bytes('VP8 '), 10, 0, 0, 0, 0, 0, 0, 0x9d, 0x01, 0x2a, ...le16(1080), ...le16(2340)];
    expect(sniffImage(riff(vp8))).toEqual({ kind: 'webp', width: 1080, height: 2340, animated: false });
  });

  test('ISO-BMFF brands: HEIC, AVIF still and sequence; a video is not an image', () => {
    const ftyp = (major: string, ...compatible: string[]): Uint8Array =>
      bytes(be32(16 + 4 * compatible.length), 'ftyp', major, be32(0), ...compatible);
    expect(sniffImage(ftyp('heic', 'mif1', 'heic'))).toEqual({ kind: 'heic', animated: false });
    expect(sniffImage(ftyp('mif1', 'mif1', 'miaf', 'MiHB', 'heic'))).toEqual({ kind: 'heic', animated: false });
    expect(sniffImage(ftyp('avif', 'mif1', 'avif', 'miaf'))).toEqual({ kind: 'avif', animated: false });
    expect(sniffImage(ftyp('avis', 'avis', 'msf1', 'avif'))).toEqual({ kind: 'avif', animated: true });
    expect(sniffImage(ftyp('isom', 'isom', 'mp41'))).toBeNull();
  });

  test('a BMP states its size; text, PDF, empty and short files are not images', () => {
    const bmp = bytes('BM', new Array(16).fill(0), [0x38, 0x04, 0, 0], [0x24, 0xf7, 0xff, 0xff], [0, 0]);
    expect(sniffImage(bmp)).toEqual({ kind: 'bmp', width: 1080, height: 2268, animated: false });
    expect(sniffImage(bytes('你的借呗额度已关闭，请查看。'.repeat(3)))).toBeNull();
    expect(sniffImage(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toBeNull();
    expect(sniffImage(new Uint8Array(0))).toBeNull();
    expect(sniffImage(bytes(PNG_SIG))).toBeNull();
  });

  test('a JPEG whose header is cut before any frame states no size (decoding decides)', () => {
    expect(sniffImage(bytes([0xff, 0xd8, 0xff, 0xe0], [0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]))).toEqual({
      kind: 'jpeg',
      animated: false,
    });
  });
});
