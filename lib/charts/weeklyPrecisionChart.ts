import { formatValue } from "../format/formatValue.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import type { ChartOptions } from "./ChartOptions.js";
import { timeSeriesChart } from "./timeSeriesChart.js";

/** Options for {@link weeklyPrecisionChart}: a chart's title, caption and labels, and these. */
export interface WeeklyPrecisionChartOptions extends ChartOptions {
  /** A field to draw one line per value of (a queue, a detector); default one line. */
  z?: string;
  /** The precision target: a band from it up, labelled "target ≥ …"; default none. */
  target?: number;
}

/**
 * Precision per week on a 0–100% axis: rows with `week` and `precision` (as
 * `overview.precisionRows` gives them, with `lower` and `upper` for the hover text), optionally
 * one line per `z` and the band above a precision target.
 * @example weeklyPrecisionChart(weekly, { z: "queue", target: 0.85, title: "Precision by queue and week" })
 */
export function weeklyPrecisionChart<T extends { week: string; precision: number }>(
  data: RowsOrTable<T>,
  options: WeeklyPrecisionChartOptions,
): string {
  const { target, ...chart } = options;
  return timeSeriesChart(data, {
    ...chart,
    x: "week",
    y: "precision",
    yFormat: "percent",
    yDomain: [0, 1],
    ...(target === undefined
      ? {}
      : { target: { lower: target }, targetLabel: `target ≥ ${formatValue(target, "percent")}` }),
  });
}
