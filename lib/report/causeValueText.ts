import { formatValue } from "../format/formatValue.js";
import type { KpiKind } from "../rca/leafCube.js";

const oneDecimal = { minimumFractionDigits: 1, maximumFractionDigits: 1 };

/**
 * A root-cause KPI value for reading: a ratio KPI's as a percentage, an additive KPI's (a sum,
 * possibly scaled) with one decimal; a missing ratio shows `MISSING`, a missing sum 0.0.
 * @example causeValueText(0.594, "ratio") // "59.4%"
 */
export function causeValueText(value: number | null, kind: KpiKind): string {
  return kind === "ratio"
    ? formatValue(value, "percent")
    : (value ?? 0).toLocaleString("en-US", oneDecimal);
}
