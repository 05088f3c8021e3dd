import { formatValue, type FormatName } from "./formatValue.js";
import { MISSING } from "./missing.js";

/**
 * An estimate with its interval for reading: `81.2% [78.9–83.4%]`, `₩12,000 [₩11,500–₩12,600]`.
 * A missing bound shows the estimate alone; a missing estimate shows {@link MISSING}.
 * @example formatInterval(0.812, 0.789, 0.834) // "81.2% [78.9–83.4%]"
 */
export function formatInterval(
  estimate: number | null | undefined,
  lower: number | null | undefined,
  upper: number | null | undefined,
  format: FormatName = "percent",
): string {
  const value = formatValue(estimate, format);
  if (
    value === MISSING ||
    lower == null ||
    upper == null ||
    Number.isNaN(lower) ||
    Number.isNaN(upper)
  )
    return value;
  const low = formatValue(lower, format);
  const high = formatValue(upper, format);
  // "78.9–83.4%" reads better than "78.9%–83.4%" when both bounds carry the same unit suffix.
  const shared = format === "percent" ? `${low.replace(/%$/, "")}–${high}` : `${low}–${high}`;
  return `${value} [${shared}]`;
}
