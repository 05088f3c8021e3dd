// Zip record signatures and the offsets of their DOS time and date fields.
const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;
const localHeader = 0x04034b50;

/**
 * A zip archive with every entry's modification time set to 1980-01-01 00:00 (the first DOS time),
 * so the same content gives the same bytes (zip libraries stamp the current time). Walks the
 * central directory and the local headers it points to; anything that does not read as a zip is
 * returned unchanged. Copies; the input is not modified.
 * @example await writeFileAtomic(path, fixedZipTimes(await workbook.xlsx.writeBuffer()));
 */
export function fixedZipTimes(zip: Uint8Array): Uint8Array {
  const bytes = Uint8Array.from(zip);
  const view = new DataView(bytes.buffer);
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) === endOfDirectory) {
      end = at;
      break;
    }
  }
  if (end < 0) return zip;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== directoryEntry) return zip;
    stamp(view, at + 12);
    const local = view.getUint32(at + 42, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== localHeader) return zip;
    stamp(view, local + 10);
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true);
  }
  return bytes;
}

// DOS time 00:00:00 and date 1980-01-01 ((0 << 9) | (1 << 5) | 1).
function stamp(view: DataView, offset: number): void {
  view.setUint16(offset, 0, true);
  view.setUint16(offset + 2, 0x21, true);
}
