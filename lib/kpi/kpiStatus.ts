import type { KpiTarget } from "./KpiDefinition.js";

/** A KPI's standing in one period; "partial" marks a period the data covers only in part. */
export type KpiStatusKind = "met" | "at_risk" | "missed" | "no_data" | "no_target" | "partial";

/**
 * The status of a value against a target: met on the good side of `target.value` (inclusive), at
 * risk up to `target.warning` (inclusive), missed beyond it; NaN is "no_data".
 * @example kpiStatus(0.75, { value: 0.8, direction: "higher", warning: 0.7 }) // "at_risk"
 */
export function kpiStatus(value: number, target: KpiTarget | undefined): KpiStatusKind {
  if (!Number.isFinite(value)) return "no_data";
  if (!target) return "no_target";
  const sign = target.direction === "higher" ? 1 : -1;
  if (sign * (value - target.value) >= 0) return "met";
  if (target.warning !== undefined && sign * (value - target.warning) >= 0) return "at_risk";
  return "missed";
}
