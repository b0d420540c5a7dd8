// When a photo or screenshot was taken, from its EXIF `DateTimeOriginal`
// (CIPA DC-008 Exif 2.32, tag 0x9003, with `OffsetTimeOriginal` 0x9011 when
// the camera wrote one): https://www.cipa.jp/std/documents/download_e.html?DC-008-Translation-2019-E
// The EXIF block is a TIFF structure (https://www.itu.int/itudoc/itu-t/com16/tiff-fx/docs/tiff6.pdf, section 2)
// found in a JPEG APP1 segment ("Exif\0\0"), a PNG `eXIf` chunk
// (https://www.w3.org/TR/png-3/#eXIf) or a WebP `EXIF` chunk
// (https://developers.google.com/speed/webp/docs/riff_container).
//
// Pure and bounded: it reads only the bytes it is given (the caller passes the
// first EXIF_SCAN_BYTES of the file), every offset is checked against them,
// at most two directories of at most MAX_ENTRIES entries are read, and
// nothing is followed twice. Anything unexpected gives undefined.

/** How much of the start of a file is read for its EXIF block. */
export const EXIF_SCAN_BYTES = 256 * 1024;
const MAX_ENTRIES = 512;
const MAX_SEGMENTS = 256;

const ascii = (b: Uint8Array, at: number, length: number): string => String.fromCharCode(...b.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32be = (b: Uint8Array, at: number): number => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const u32le = (b: Uint8Array, at: number): number =>
  ((b[at] ?? 0) | ((b[at + 1] ?? 0) << 8) | ((b[at + 2] ?? 0) << 16)) + (b[at + 3] ?? 0) * 0x1000000;

/** The TIFF block inside a JPEG, PNG or WebP file's first bytes, if any. */
function tiffBlock(b: Uint8Array): Uint8Array | undefined {
  if (b[0] === 0xff && b[1] === 0xd8) {
    let at = 2;
    for (let n = 0; n < MAX_SEGMENTS && at + 4 <= b.length; n++) {
      if (b[at] !== 0xff) return undefined;
      const marker = b[at + 1] ?? 0;
      if (marker === 0xda || marker === 0xd9) return undefined; // image data starts: no EXIF before it
      const length = u16be(b, at + 2);
      if (length < 2) return undefined;
      if (marker === 0xe1 && ascii(b, at + 4, 6) === 'Exif\0\0') return b.subarray(at + 10, Math.min(b.length, at + 2 + length));
      at += 2 + length;
    }
    return undefined;
  }
  if (u32be(b, 0) === 0x89504e47 && u32be(b, 4) === 0x0d0a1a0a) {
    for (let at = 8, n = 0; n < MAX_SEGMENTS && at + 8 <= b.length; n++) {
      const length = u32be(b, at);
      const type = ascii(b, at + 4, 4);
      if (type === 'eXIf') return b.subarray(at + 8, Math.min(b.length, at + 8 + length));
      if (type === 'IDAT' || type === 'IEND') return undefined;
      at += 12 + length;
    }
    return undefined;
  }
  if (ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') {
    for (let at = 12, n = 0; n < MAX_SEGMENTS && at + 8 <= b.length; n++) {
      const length = u32le(b, at + 4);
      if (ascii(b, at, 4) === 'EXIF') {
        const data = b.subarray(at + 8, Math.min(b.length, at + 8 + length));
        // Some writers keep JPEG's "Exif\0\0" prefix inside the chunk.
        return ascii(data, 0, 6) === 'Exif\0\0' ? data.subarray(6) : data;
      }
      at += 8 + length + (length & 1);
    }
  }
  return undefined;
}

interface Entry {
  type: number;
  count: number;
  /** Where the value is: inside the entry when it fits in 4 bytes, else at its offset. */
  valueAt: number;
}

/** The entries of the directory at `offset` in a TIFF block, by tag. */
function directory(t: Uint8Array, offset: number, little: boolean): Map<number, Entry> | undefined {
  const u16 = (at: number) => (little ? (t[at] ?? 0) | ((t[at + 1] ?? 0) << 8) : u16be(t, at));
  const u32 = (at: number) => (little ? u32le(t, at) : u32be(t, at));
  if (offset < 8 || offset + 2 > t.length) return undefined;
  const count = u16(offset);
  if (count > MAX_ENTRIES || offset + 2 + count * 12 > t.length) return undefined;
  const entries = new Map<number, Entry>();
  for (let i = 0; i < count; i++) {
    const at = offset + 2 + i * 12;
    const type = u16(at + 2);
    const n = u32(at + 4);
    const size = ({ 1: 1, 2: 1, 3: 2, 4: 4, 7: 1 } as Record<number, number>)[type] ?? 8;
    entries.set(u16(at), { type, count: n, valueAt: n * size <= 4 ? at + 8 : u32(at + 8) });
  }
  return entries;
}

const STAMP = /^(\d{4}):(\d{2}):(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;
const OFFSET = /^([+-])(\d{2}):(\d{2})$/;

const asciiValue = (t: Uint8Array, entry: Entry | undefined, max: number): string | undefined => {
  if (!entry || entry.type !== 2 || entry.count < 1 || entry.count > max || entry.valueAt + entry.count > t.length) return undefined;
  return ascii(t, entry.valueAt, entry.count).replace(/\0+$/, '');
};

/**
 * The EXIF DateTimeOriginal of an image, as an ISO instant; undefined when the
 * bytes hold none or it is not a real date. Without OffsetTimeOriginal the
 * stamp is the camera's local time, read here as the browser's local time.
 */
export function exifDateTimeOriginal(bytes: Uint8Array): string | undefined {
  const t = tiffBlock(bytes);
  if (!t || t.length < 8) return undefined;
  const order = ascii(t, 0, 2);
  if (order !== 'II' && order !== 'MM') return undefined;
  const little = order === 'II';
  const u16 = (at: number) => (little ? (t[at] ?? 0) | ((t[at + 1] ?? 0) << 8) : u16be(t, at));
  const u32 = (at: number) => (little ? u32le(t, at) : u32be(t, at));
  if (u16(2) !== 42) return undefined;
  const pointer = directory(t, u32(4), little)?.get(0x8769);
  if (!pointer || pointer.type !== 4 || pointer.count !== 1) return undefined;
  const exif = directory(t, u32(pointer.valueAt), little);
  const stamp = STAMP.exec(asciiValue(t, exif?.get(0x9003), 20) ?? '');
  if (!stamp) return undefined;
  const [year, month, day, hour, minute, second] = stamp.slice(1).map(Number) as [number, number, number, number, number, number];
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  // 2025:02:30 would roll over into March: not a real date.
  if (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  const zone = OFFSET.exec(asciiValue(t, exif?.get(0x9011), 7) ?? '');
  const instant = zone
    ? Date.UTC(year, month - 1, day, hour, minute, second) - (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3])) * 60_000
    : new Date(year, month - 1, day, hour, minute, second).getTime();
  return Number.isNaN(instant) ? undefined : new Date(instant).toISOString();
}
