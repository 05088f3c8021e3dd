import { formatPointChange } from "../format/formatPointChange.js";
import { formatValue } from "../format/formatValue.js";
import type { RateMixSegment } from "../rca/ratioDecomposition.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of a drill-down table, one row per value of `dimension` inside a segment: the value
 * (headed by the dimension), this week's n, precision in the baseline and this week, and the
 * value's total effect in signed percentage points.
 * @example htmlTable(ratioDecomposition(drill, "detector").segments, { columns: drillDownColumns("detector") })
 */
export function drillDownColumns(dimension: string): TableColumn<RateMixSegment>[] {
  const pct = (x: number | null) => formatValue(x, "percent");
  return [
    { name: "value", label: dimension },
    { name: "n1", label: "this week n", format: "integer", value: (s) => s.current.denominator },
    { name: "r0", label: "baseline precision", value: (s) => pct(s.baseline.rate) },
    { name: "r1", label: "this week", value: (s) => pct(s.current.rate) },
    { name: "total", label: "effect", value: (s) => formatPointChange(s.total) },
  ];
}
