import { formatPointChange } from "../format/formatPointChange.js";
import { formatValue } from "../format/formatValue.js";
import { MISSING } from "../format/missing.js";
import type { TableColumn } from "../view/TableColumn.js";
import type { RateMixSegment } from "./ratioDecomposition.js";

/**
 * The columns of a rate-and-mix table of one dimension's segments ({@link ratioDecomposition}):
 * the value (headed by the `dimension`), its status, n and rate in the baseline and this week,
 * and the rate, mix and interaction effects in percentage points.
 * @example htmlTable(ratioDecomposition(cube, "queue").segments, { columns: rateMixColumns("queue") })
 */
export function rateMixColumns(dimension: string): TableColumn<RateMixSegment>[] {
  const pct = (x: number | null) => (x === null ? MISSING : formatValue(x, "percent"));
  return [
    { name: "value", label: dimension },
    { name: "status" },
    { name: "n0", label: "baseline n", format: "integer", value: (s) => s.baseline.denominator },
    { name: "n1", label: "this week n", format: "integer", value: (s) => s.current.denominator },
    { name: "r0", label: "baseline precision", value: (s) => pct(s.baseline.rate) },
    { name: "r1", label: "this week", value: (s) => pct(s.current.rate) },
    { name: "rate", value: (s) => formatPointChange(s.rateEffect) },
    { name: "mix", value: (s) => formatPointChange(s.mixEffect) },
    { name: "interaction", value: (s) => formatPointChange(s.interactionEffect) },
  ];
}
