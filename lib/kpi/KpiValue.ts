import type { KpiTarget } from "./KpiDefinition.js";
import type { KpiStatusKind } from "./kpiStatus.js";

/** One KPI in one period (and one combination of dimension values), with the numbers behind it. */
export interface KpiValue {
  kpi: string;
  title: string;
  area: string;
  format: string;
  period: string;
  /** Dimension values; empty for the KPI over all of them. */
  dimensions: Record<string, string>;
  value: number;
  /** Ratio KPIs: the numerator and denominator (before `scale`). */
  numerator?: number;
  denominator?: number;
  /** The rows behind the value: the denominator of a ratio, the values of a quantile, the count. */
  n: number;
  /** 95% Wilson interval, for ratios of plain counts. */
  lower?: number;
  upper?: number;
  target?: KpiTarget;
  status: KpiStatusKind;
}
