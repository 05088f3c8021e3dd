import { MISSING } from "./missing.js";

/**
 * A change between two shares in percentage points, always signed (a true minus sign, `−`), with
 * `digits` decimals (default 1): `+1.2 pp`, `−25.6 pp`. Null, undefined and non-finite values show
 * {@link MISSING}.
 * @example formatPointChange(-0.256) // "−25.6 pp"
 */
export function formatPointChange(change: number | null | undefined, digits = 1): string {
  if (change == null || !Number.isFinite(change)) return MISSING;
  return `${change >= 0 ? "+" : "−"}${(Math.abs(change) * 100).toFixed(digits)} pp`;
}
