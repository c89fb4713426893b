/**
 * What a zip file (a Word document is one) says its entries take once decompressed, read from its
 * central directory: nothing is inflated, so a zip bomb is seen for what it is before any reader
 * expands it. Null when the bytes hold no readable central directory (the Word reader then says why).
 */
export interface ZipEntrySize {
  name: string;
  /** The size the entry declares once decompressed; Infinity for a ZIP64 entry, whose size is not read here. */
  size: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

export function zipEntrySizes(bytes: Uint8Array): ZipEntrySize[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end record is in the last 22 bytes plus a comment of up to 65,535
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === END_OF_CENTRAL_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end === -1) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntrySize[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_DIRECTORY_ENTRY) return entries.length ? entries : null;
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    entries.push({ name, size: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
