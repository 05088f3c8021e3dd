import type { GrainName } from "../time/periodStart.js";
import type { KpiTarget } from "./KpiDefinition.js";
import type { KpiStatusKind } from "./kpiStatus.js";

/** One KPI in one period (and one combination of dimension values), with the numbers behind it. */
export interface KpiValue {
  kpi: string;
  title: string;
  area: string;
  format: string;
  /** First day of the period (YYYY-MM-DD, the default zone). */
  period: string;
  /** The period's grain: the KPI's own, or a coarser one it was rolled up to. */
  grain: GrainName;
  /**
   * The data covers only part of the period (it starts after the period starts, or the report
   * ends before the period does). Its status is "partial" unless partial periods are judged.
   */
  partial: boolean;
  /** Dimension values; empty for the KPI over all of them. */
  dimensions: Record<string, string>;
  value: number;
  /**
   * Counts rolled up to a coarser period: the value is the mean per this grain (the target's), and
   * `total` the period's sum. Absent when the value is the period's own count.
   */
  per?: GrainName;
  total?: number;
  /** Ratio KPIs: the numerator and denominator (before `scale`). */
  numerator?: number;
  denominator?: number;
  /**
   * Units behind the value, never a summed measure: rows (reviews, appeals, audits) or distinct
   * values (listings) in the denominator of a ratio or in a count, values of a quantile. A flow
   * KPI (count, ratio, quantile) with n = 0 has no data. Stock KPIs are read at the period end:
   * a backlog's n is its open items (0 is an empty queue), a freshness's n is 1 when a row exists.
   */
  n: number;
  /** 95% Wilson interval, for ratios of plain counts. */
  lower?: number;
  upper?: number;
  target?: KpiTarget;
  status: KpiStatusKind;
}
