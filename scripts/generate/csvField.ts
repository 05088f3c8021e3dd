/** A value the generator writes into a CSV cell; null and undefined become an empty field. */
export type CsvValue = string | number | boolean | null | undefined;

/**
 * Formats one CSV field per RFC 4180: quoted only when it holds a comma, quote, CR or LF.
 * Numbers must already be what should be printed (integers, or strings from toFixed).
 * @example csvField('say "hi", bye'); // '"say ""hi"", bye"'
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? value : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
