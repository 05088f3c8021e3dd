import type { KpiValue } from "../kpi/KpiValue.js";
import { kpiTargetText } from "../kpi/kpiTargetText.js";
import type { ChartOptions } from "./ChartOptions.js";
import { timeSeriesChart } from "./timeSeriesChart.js";

/** Options for {@link kpiTimeSeriesChart}: a chart's title, caption and labels, and these. */
export interface KpiTimeSeriesChartOptions extends ChartOptions {
  /** A dimension of the values to draw one line per value of; default one line. */
  dimension?: string;
  /** The value axis [min, max]; default from the values. */
  yDomain?: readonly [number, number];
  /** Dots on each period; default true. */
  dots?: boolean;
}

/**
 * A KPI's values by period against its target: the band where the first value's target is met,
 * labelled "target ≥ …", running periods marked, percent or number axis by the KPI's format.
 * @example kpiTimeSeriesChart(values.filter((v) => v.kpi === "precision"), { title: "Precision by week" })
 */
export function kpiTimeSeriesChart(
  values: readonly KpiValue[],
  options: KpiTimeSeriesChartOptions,
): string {
  const { dimension, ...chart } = options;
  const first = values[0];
  const target = first?.target;
  const rows = values.map((v) => ({
    period: v.period,
    ...(dimension === undefined ? {} : { segment: String(v.dimensions[dimension]) }),
    value: v.value,
    partial: v.partial,
  }));
  return timeSeriesChart(rows, {
    ...chart,
    x: "period",
    y: "value",
    ...(dimension === undefined ? {} : { z: "segment" }),
    partial: "partial",
    yFormat: first?.format === "percent" ? "percent" : "number",
    target:
      target && (target.direction === "higher" ? { lower: target.value } : { upper: target.value }),
    targetLabel: first && `target ${kpiTargetText(first, chart.lang)}`,
  });
}
