import { formatValue, type FormatName } from "./formatValue.js";
import { MISSING } from "./missing.js";

/**
 * An interval's two bounds for reading, each in full: `78.9%–83.4%`, for a table column or a
 * sentence that gives the estimate elsewhere ({@link formatInterval} shows both together). A
 * missing bound shows {@link MISSING} on its own.
 * @example formatRange(0.7891, 0.8344) // "78.9%–83.4%"
 */
export function formatRange(
  lower: number | null | undefined,
  upper: number | null | undefined,
  format: FormatName = "percent",
): string {
  const low = formatValue(lower, format);
  const high = formatValue(upper, format);
  return low === MISSING || high === MISSING ? MISSING : `${low}–${high}`;
}
