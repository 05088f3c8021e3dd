import { unknownFormat } from "./messages.js";
import { MISSING } from "./missing.js";

/** A named number format, or a function from a number to its label. */
export type ValueFormat = "number" | "integer" | "percent" | "krw" | ((value: number) => string);

const NAMED: Record<string, Intl.NumberFormatOptions> = {
  number: { maximumFractionDigits: 3 },
  integer: { maximumFractionDigits: 0 },
  percent: { style: "percent", maximumFractionDigits: 1 },
  krw: { style: "currency", currency: "KRW", maximumFractionDigits: 0 },
};

/**
 * A function that labels numbers for axes and tooltips, in the kit's fixed locale (`en-US`, as the chart theme's).
 *
 * Formats: `"number"` (default; up to 3 decimals, grouped thousands), `"integer"`, `"percent"`
 * (0.925 → 92.5%), `"krw"` (₩12,000), or your own function. Non-finite values read {@link MISSING}.
 * @example valueFormatter("percent")(0.925) // "92.5%"
 */
export function valueFormatter(format: ValueFormat = "number"): (value: number) => string {
  if (typeof format === "function") return format;
  const options = Object.hasOwn(NAMED, format) ? NAMED[format] : undefined;
  if (options === undefined) throw new Error(unknownFormat(format));
  const intl = new Intl.NumberFormat("en-US", options);
  return (value) => (Number.isFinite(value) ? intl.format(value) : MISSING);
}
