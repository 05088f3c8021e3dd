import type { BeforeAfterRow } from "../charts/beforeAfterChart.js";
import type { RateMixSegment } from "../rca/ratioDecomposition.js";

/**
 * Rows of a before-and-after chart from a ratio decomposition's segments: each value's rate in the
 * baseline and now, labelled with its denominators (`contact (n 120→80)`).
 * @example beforeAfterChart(rateBeforeAfterRows(decomposition.segments.slice(0, 8)), { title: "Precision before and after" })
 */
export function rateBeforeAfterRows(segments: readonly RateMixSegment[]): BeforeAfterRow[] {
  return segments.map((s) => ({
    label: `${s.value} (n ${s.baseline.denominator}→${s.current.denominator})`,
    baseline: s.baseline.rate,
    current: s.current.rate,
  }));
}
