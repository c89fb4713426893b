/**
 * Page images from their bytes: which image format (PNG, JPEG, TIFF) the magic numbers show, the
 * size of each page, and the pages of a multi-page TIFF, each cut out as a TIFF of its own (the same
 * bytes, the header pointing at that page's directory and the directory's link to the next page
 * cleared), since the OCR engine reads the first page of a TIFF only.
 */
export type ImageKind = 'png' | 'jpeg' | 'tiff';

export interface PageImage {
  /** The page's bytes, made when asked for (a TIFF page is a copy of the file: one at a time). */
  data(): Uint8Array;
  /** Size in pixels, when the header says it (null when it cannot be read). */
  width: number | null;
  height: number | null;
}

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TIFF_TAG_WIDTH = 256;
const TIFF_TAG_HEIGHT = 257;
/** More directories than this is a loop in a damaged file, not pages. */
const MAX_TIFF_PAGES = 10000;

const startsWith = (bytes: Uint8Array, magic: number[]) => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** The image format the bytes open with, or null. */
export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (startsWith(bytes, PNG_MAGIC)) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return null;
}

function pngSize(bytes: Uint8Array): [number, number] | null {
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
}

/** A JPEG's size from its first start-of-frame marker. */
function jpegSize(bytes: Uint8Array): [number, number] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = view.getUint16(at + 2);
    const frame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (frame) return [view.getUint16(at + 7), view.getUint16(at + 5)];
    at += 2 + length;
  }
  return null;
}

interface TiffDirectory {
  offset: number;
  /** Where the directory's link to the next one is written. */
  nextAt: number;
  width: number | null;
  height: number | null;
}

/** A TIFF's page directories in order (a cut or looping chain ends the list). */
function tiffDirectories(bytes: Uint8Array): TiffDirectory[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const little = bytes[0] === 0x49;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const dirs: TiffDirectory[] = [];
  const seen = new Set<number>();
  let offset = bytes.length >= 8 ? u32(4) : 0;
  while (offset > 0 && offset + 2 <= bytes.length && !seen.has(offset) && dirs.length < MAX_TIFF_PAGES) {
    seen.add(offset);
    const count = u16(offset);
    const nextAt = offset + 2 + count * 12;
    if (nextAt + 4 > bytes.length) break;
    let width: number | null = null;
    let height: number | null = null;
    for (let i = 0; i < count; i++) {
      const entry = offset + 2 + i * 12;
      const tag = u16(entry);
      if (tag !== TIFF_TAG_WIDTH && tag !== TIFF_TAG_HEIGHT) continue;
      const value = u16(entry + 2) === 3 ? u16(entry + 8) : u32(entry + 8);
      if (tag === TIFF_TAG_WIDTH) width = value;
      else height = value;
    }
    dirs.push({ offset, nextAt, width, height });
    offset = u32(nextAt);
  }
  return dirs;
}

/** The pages of an image file: one for PNG and JPEG, one per directory of a TIFF. */
export function pageImages(bytes: Uint8Array): PageImage[] {
  const kind = imageKind(bytes);
  if (kind === 'png' || kind === 'jpeg') {
    const size = kind === 'png' ? pngSize(bytes) : jpegSize(bytes);
    return [{ data: () => bytes, width: size?.[0] ?? null, height: size?.[1] ?? null }];
  }
  if (kind !== 'tiff') return [];
  const dirs = tiffDirectories(bytes);
  if (dirs.length <= 1) return [{ data: () => bytes, width: dirs[0]?.width ?? null, height: dirs[0]?.height ?? null }];
  const little = bytes[0] === 0x49;
  const cut = (dir: TiffDirectory) => {
    const page = new Uint8Array(bytes);
    const view = new DataView(page.buffer);
    view.setUint32(4, dir.offset, little);
    view.setUint32(dir.nextAt, 0, little);
    return page;
  };
  return dirs.map((dir) => ({ data: () => cut(dir), width: dir.width, height: dir.height }));
}
