import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exifDateTimeOriginal } from './exif';

/** A TIFF block: IFD0 with an Exif IFD pointer, then the Exif IFD with the given ASCII tags. */
function tiff(tags: Record<number, string>, little = true): Uint8Array {
  const out: number[] = [];
  const u16 = (n: number) => (little ? [n & 255, n >> 8] : [n >> 8, n & 255]);
  const u32 = (n: number) =>
    little ? [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24] : [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
  const entries = Object.entries(tags);
  const exifAt = 8 + 2 + 12 + 4;
  const dataAt = exifAt + 2 + entries.length * 12 + 4;
  out.push(...(little ? [0x49, 0x49] : [0x4d, 0x4d]), ...u16(42), ...u32(8));
  out.push(...u16(1), ...u16(0x8769), ...u16(4), ...u32(1), ...u32(exifAt), ...u32(0));
  out.push(...u16(entries.length));
  let data: number[] = [];
  for (const [tag, value] of entries) {
    const bytes = [...Buffer.from(`${value}\0`, 'latin1')];
    out.push(...u16(Number(tag)), ...u16(2), ...u32(bytes.length));
    if (bytes.length <= 4) out.push(...bytes, ...Array(4 - bytes.length).fill(0));
    else {
      out.push(...u32(dataAt + data.length));
      data = [...data, ...bytes];
    }
  }
  out.push(...u32(0), ...data);
  return Uint8Array.from(out);
}

const jpeg = (block: Uint8Array): Uint8Array => {
  const app1 = [...Buffer.from('Exif\0\0', 'latin1'), ...block];
  const length = app1.length + 2;
  return Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xe1, length >> 8, length & 255, ...app1, 0xff, 0xda, 0, 2]);
};

const png = (block: Uint8Array): Uint8Array => {
  const chunk = (type: string, data: number[]) => [
    0,
    0,
    (data.length >> 8) & 255,
    data.length & 255,
    ...Buffer.from(type, 'latin1'),
    ...data,
    0,
    0,
    0,
    0,
  ];
  return Uint8Array.from([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', Array(13).fill(0)),
    ...chunk('eXIf', [...block]),
    ...chunk('IDAT', [1]),
  ]);
};

const webp = (block: Uint8Array): Uint8Array => {
  const data = [...Buffer.from('Exif\0\0', 'latin1'), ...block];
  const le = (n: number) => [n & 255, (n >> 8) & 255, (n >> 16) & 255, n >>> 24];
  const body = [
    ...Buffer.from('WEBP', 'latin1'),
    ...Buffer.from('VP8X', 'latin1'),
    ...le(10),
    ...Array(10).fill(0),
    ...Buffer.from('EXIF', 'latin1'),
    ...le(data.length),
    ...data,
    ...(data.length & 1 ? [0] : []),
  ];
  return Uint8Array.from([...Buffer.from('RIFF', 'latin1'), ...le(body.length), ...body]);
};

describe('EXIF DateTimeOriginal', () => {
  it('reads it with its offset from a JPEG (little-endian TIFF)', () => {
    expect(exifDateTimeOriginal(jpeg(tiff({ 0x9003: '2025:03:02 16:05:09', 0x9011: '+08:00' })))).toBe('2025-03-02T08:05:09.000Z');
  });

  it('reads a big-endian block without an offset as the local time', () => {
    expect(exifDateTimeOriginal(jpeg(tiff({ 0x9003: '2024:11:30 23:59:01' }, false)))).toBe(
      new Date(2024, 10, 30, 23, 59, 1).toISOString(),
    );
  });

  it('reads a PNG eXIf chunk and a WebP EXIF chunk', () => {
    expect(exifDateTimeOriginal(png(tiff({ 0x9003: '2025:01:05 09:00:00', 0x9011: '-05:00' })))).toBe('2025-01-05T14:00:00.000Z');
    expect(exifDateTimeOriginal(webp(tiff({ 0x9003: '2025:01:05 09:00:00', 0x9011: '+00:00' })))).toBe('2025-01-05T09:00:00.000Z');
  });

  it('gives nothing for a rendered screenshot without EXIF, other tags only, or no image at all', () => {
    for (const file of ['01-alipay-jiebei-zero.jpg', '02-alipay-huabei-paused.png']) {
      expect(exifDateTimeOriginal(readFileSync(new URL(`../../test/fixtures/screenshots/dev/${file}`, import.meta.url)))).toBeUndefined();
    }
    expect(exifDateTimeOriginal(jpeg(tiff({ 0x9004: '2025:03:02 16:05:09' })))).toBeUndefined();
    expect(exifDateTimeOriginal(new TextEncoder().encode('借呗额度已关闭'))).toBeUndefined();
    expect(exifDateTimeOriginal(new Uint8Array(0))).toBeUndefined();
  });

  it('refuses dates that are not real, and never throws on damaged or hostile blocks', () => {
    for (const stamp of [
      '0000:00:00 00:00:00',
      '2025:02:30 10:00:00',
      '2025:13:01 10:00:00',
      '2025:01:01 24:00:00',
      '2025-01-01 10:00:00',
      '',
    ]) {
      expect(exifDateTimeOriginal(jpeg(tiff({ 0x9003: stamp }))), stamp).toBeUndefined();
    }
    const good = jpeg(tiff({ 0x9003: '2025:03:02 16:05:09', 0x9011: '+08:00' }));
    for (let cut = 0; cut < good.length; cut += 7) expect(() => exifDateTimeOriginal(good.subarray(0, cut))).not.toThrow();
    // Every single-byte change of the block: an answer or nothing, never an exception.
    for (let i = 0; i < good.length; i++) {
      const bad = good.slice();
      bad[i] = (bad[i]! + 0x80) & 255;
      expect(() => exifDateTimeOriginal(bad)).not.toThrow();
    }
    // An Exif pointer that points back at IFD0 reads IFD0 once as the Exif IFD and stops.
    const loop = tiff({ 0x9003: '2025:03:02 16:05:09' });
    loop.set([8, 0, 0, 0], 8 + 2 + 8);
    expect(exifDateTimeOriginal(jpeg(loop))).toBeUndefined();
    // A JPEG of nothing but empty segments ends at the segment bound.
    const segments = Uint8Array.from([0xff, 0xd8, ...Array.from({ length: 10_000 }, () => [0xff, 0xfe, 0, 2]).flat()]);
    expect(exifDateTimeOriginal(segments)).toBeUndefined();
  });
});
