/**
 * Epoch milliseconds of a time value: a Date, a number (already ms) or an ISO 8601 string with an
 * offset; null, undefined and unparseable text give NaN.
 * @example timeMs("2026-08-01T00:00:00+09:00") // 1785510000000
 */
export function timeMs(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number") return value;
  if (typeof value === "string") return Date.parse(value);
  return NaN;
}
