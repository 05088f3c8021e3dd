/** What every CSV link of a report starts with: the media type, then UTF-8's byte-order mark. */
export const csvDataUriPrefix = "data:text/csv;charset=utf-8,%EF%BB%BF";

/**
 * CSV text as a `data:` URI for a download link that needs no script: UTF-8 with a byte-order
 * mark (so Excel, Korean Excel included, reads it as UTF-8), percent-encoded down to letters,
 * digits and `-_.~%` so it is inert in any attribute. Lone surrogates become U+FFFD.
 * @example `<a download="queues.csv" href="${csvDataUri(csvText(table))}">CSV</a>`
 */
export function csvDataUri(csv: string): string {
  const encoded = encodeURIComponent(csv.toWellFormed()).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return csvDataUriPrefix + encoded;
}

/**
 * Whether a value is exactly what {@link csvDataUri} makes: the prefix, then only letters, digits,
 * `-_.~` and `%XX` escapes. Report pages keep such links and no other `data:` link.
 * @example isCsvDataUri("data:text/csv;charset=utf-8,%EF%BB%BFa%2Cb") // true
 */
export function isCsvDataUri(value: string): boolean {
  if (!value.startsWith(csvDataUriPrefix)) return false;
  for (let i = csvDataUriPrefix.length; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 37 /* % */) {
      if (!isHex(value.charCodeAt(i + 1)) || !isHex(value.charCodeAt(i + 2))) return false;
      i += 2;
    } else if (!isPlain(c)) return false;
  }
  return true;
}

/**
 * The CSV text of a link made by {@link csvDataUri}, without the byte-order mark; undefined for
 * anything else (or bytes that are not UTF-8).
 * @example csvFromDataUri(csvDataUri("a,b\r\n")) // "a,b\r\n"
 */
export function csvFromDataUri(value: string): string | undefined {
  if (!isCsvDataUri(value)) return undefined;
  try {
    return decodeURIComponent(value.slice(csvDataUriPrefix.length));
  } catch {
    return undefined;
  }
}

const isHex = (c: number) => (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
const isPlain = (c: number) =>
  (c >= 48 && c <= 57) ||
  ((c | 0x20) >= 97 && (c | 0x20) <= 122) ||
  c === 45 ||
  c === 95 ||
  c === 46 ||
  c === 126;
