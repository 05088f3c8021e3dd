import type { KpiValue } from "./KpiValue.js";

/**
 * The values of one KPI split by one of its dimensions: those of KPI `kpi` that carry `dimension`,
 * with a finite value (periods without data are left out), in their order.
 * @example kpiDimensionValues(values, "review_precision", "queue") // one per queue and period
 */
export function kpiDimensionValues(
  values: readonly KpiValue[],
  kpi: string,
  dimension: string,
): KpiValue[] {
  return values.filter(
    (v) => v.kpi === kpi && v.dimensions[dimension] !== undefined && Number.isFinite(v.value),
  );
}
