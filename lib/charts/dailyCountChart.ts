import type { RowsOrTable } from "../table/RowsOrTable.js";
import type { ChartOptions } from "./ChartOptions.js";
import { timeSeriesChart } from "./timeSeriesChart.js";

/** Options for {@link dailyCountChart}: a chart's title, caption and labels, and `z`. */
export interface DailyCountChartOptions extends ChartOptions {
  /** A field to draw one line per value of (a series name); default one line. */
  z?: string;
}

/**
 * Counts per calendar day as lines without dots on an integer axis: rows with `day` and `count`
 * (as `overview.dailyDetectionVolumes` gives them).
 * @example dailyCountChart(daily.filter((d) => d.series !== "new listings"), { z: "series", title: "Flags per day" })
 */
export function dailyCountChart<T extends { day: string; count: number }>(
  data: RowsOrTable<T>,
  options: DailyCountChartOptions,
): string {
  return timeSeriesChart(data, {
    dots: false,
    yFormat: "integer",
    ...options,
    x: "day",
    y: "count",
  });
}
