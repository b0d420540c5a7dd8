// What an image file is, read from its first bytes rather than its name or
// MIME type (a renamed file, a pasted blob without a type): the format, the
// size its header states, and whether it is animated. Pure and linear in the
// file's length, so it runs before any decoding or engine load.
// Formats: PNG and APNG https://www.w3.org/TR/png-3/ (acTL before IDAT marks an
// animation), JPEG https://www.w3.org/Graphics/JPEG/itu-t81.pdf (SOFn markers),
// GIF https://www.w3.org/Graphics/GIF/spec-gif89a.txt (image descriptors),
// WebP https://developers.google.com/speed/webp/docs/riff_container (VP8X
// animation flag), BMP, and ISO-BMFF `ftyp` brands for HEIF/HEIC and AVIF
// (https://aomediacodec.github.io/av1-avif/, `avis` is an image sequence).

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'avif' | 'heic';

export interface Sniffed {
  kind: ImageKind;
  /** As the header states them; absent where the header does not say (HEIF, AVIF). */
  width?: number;
  height?: number;
  animated: boolean;
}

const ascii = (b: Uint8Array, at: number, length: number): string => String.fromCharCode(...b.subarray(at, at + length));
const u16be = (b: Uint8Array, at: number): number => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u16le = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u24le = (b: Uint8Array, at: number): number => u16le(b, at) | ((b[at + 2] ?? 0) << 16);
const u32be = (b: Uint8Array, at: number): number => u16be(b, at) * 0x10000 + u16be(b, at + 2);
const i32le = (b: Uint8Array, at: number): number => u16le(b, at) | (u16le(b, at + 2) << 16);

/** The image format of `bytes`, or null when they are not an image we know. */
export function sniffImage(bytes: Uint8Array): Sniffed | null {
  if (bytes.length < 12) return null;
  if (u32be(bytes, 0) === 0x89504e47 && u32be(bytes, 4) === 0x0d0a1a0a) return png(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return jpeg(bytes);
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return gif(bytes);
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webp(bytes);
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) {
    return { kind: 'bmp', width: Math.abs(i32le(bytes, 18)), height: Math.abs(i32le(bytes, 22)), animated: false };
  }
  if (ascii(bytes, 4, 4) === 'ftyp') return isoBmff(bytes);
  return null;
}

function png(b: Uint8Array): Sniffed {
  const out: Sniffed = { kind: 'png', width: u32be(b, 16), height: u32be(b, 20), animated: false };
  for (let at = 8; at + 8 <= b.length;) {
    const length = u32be(b, at);
    const type = ascii(b, at + 4, 4);
    if (type === 'acTL') out.animated = true;
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + length;
  }
  return out;
}

function jpeg(b: Uint8Array): Sniffed {
  for (let at = 2; at + 9 < b.length;) {
    if (b[at] !== 0xff) break;
    const marker = b[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Markers without a length: TEM, RSTn, SOI.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) {
      at += 2;
      continue;
    }
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): precision, height, width.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { kind: 'jpeg', height: u16be(b, at + 5), width: u16be(b, at + 7), animated: false };
    }
    if (marker === 0xda || marker === 0xd9) break; // scan data or end before any frame header
    at += 2 + u16be(b, at + 2);
  }
  return { kind: 'jpeg', animated: false };
}

function gif(b: Uint8Array): Sniffed {
  const out: Sniffed = { kind: 'gif', width: u16le(b, 6), height: u16le(b, 8), animated: false };
  const table = (flags: number): number => (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  const skipBlocks = (at: number): number => {
    while (at < b.length && b[at] !== 0) at += (b[at] ?? 0) + 1;
    return at + 1;
  };
  let images = 0;
  for (let at = 13 + table(b[10] ?? 0); at < b.length;) {
    const block = b[at];
    if (block === 0x21) at = skipBlocks(at + 2);
    else if (block === 0x2c) {
      if (++images > 1) {
        out.animated = true;
        break;
      }
      at = skipBlocks(at + 10 + table(b[at + 9] ?? 0) + 1);
    } else break; // trailer (0x3b) or damage
  }
  return out;
}

function webp(b: Uint8Array): Sniffed {
  const chunk = ascii(b, 12, 4);
  const data = 20;
  if (chunk === 'VP8X') {
    return { kind: 'webp', width: u24le(b, data + 4) + 1, height: u24le(b, data + 7) + 1, animated: ((b[data] ?? 0) & 0x02) !== 0 };
  }
  if (chunk === 'VP8L') {
    const bits = u16le(b, data + 1) | (u16le(b, data + 3) << 16);
    return { kind: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1, animated: false };
  }
  if (chunk === 'VP8 ') return { kind: 'webp', width: u16le(b, data + 6) & 0x3fff, height: u16le(b, data + 8) & 0x3fff, animated: false };
  return { kind: 'webp', animated: false };
}

const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);

function isoBmff(b: Uint8Array): Sniffed | null {
  const size = Math.min(u32be(b, 0), b.length);
  const brands = [ascii(b, 8, 4)];
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(b, at, 4));
  if (brands.includes('avis')) return { kind: 'avif', animated: true };
  if (brands.includes('avif')) return { kind: 'avif', animated: false };
  if (brands.some((x) => HEIF_BRANDS.has(x)) || brands.includes('mif1') || brands.includes('msf1')) {
    return { kind: 'heic', animated: brands.includes('msf1') || brands.includes('hevs') };
  }
  return null; // MP4, MOV and other ISO-BMFF files that are not still images
}
