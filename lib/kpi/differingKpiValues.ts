import type { KpiValue } from "./KpiValue.js";

const key = (v: KpiValue) => `${v.kpi} ${v.period} ${JSON.stringify(v.dimensions)}`;

/**
 * The values that differ from the reference value of the same KPI, period and dimensions (equal
 * within 1e-9, both NaN, or the same value); a value the reference lacks differs.
 * @example differingKpiValues(streamed.values, batch.values).map((v) => v.period) // ["2026-10-19"]
 */
export function differingKpiValues(
  values: readonly KpiValue[],
  reference: readonly KpiValue[],
): KpiValue[] {
  const expected = new Map(reference.map((v) => [key(v), v.value]));
  return values.filter((v) => {
    const b = expected.get(key(v));
    return !(
      b === v.value ||
      (Number.isNaN(b) && Number.isNaN(v.value)) ||
      Math.abs((b ?? NaN) - v.value) < 1e-9
    );
  });
}
