import { MISSING } from "./missing.js";

/**
 * A share as a percentage for a sentence: `(share × 100)` with `digits` decimals (default 1) and
 * `%`, no thousands separators; null, undefined, NaN and ±Infinity show {@link MISSING}. Tables
 * use `formatValue(share, "percent")`, which groups thousands.
 * @example formatPercent(0.5936) // "59.4%"
 */
export function formatPercent(share: number | null | undefined, digits = 1): string {
  return share == null || !Number.isFinite(share) ? MISSING : `${(share * 100).toFixed(digits)}%`;
}
