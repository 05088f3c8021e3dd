import type { Accessor } from "../table/Accessor.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import { barChart, type BarChartOptions } from "./barChart.js";

/**
 * Options for {@link precisionBarChart}: those of `barChart` but `y` (always `precision`), with
 * `lower` and `upper` defaulting to the fields of those names.
 */
export interface PrecisionBarChartOptions<T> extends Omit<
  BarChartOptions<T>,
  "y" | "lower" | "upper"
> {
  /** The interval's lower bound; default the `lower` field. */
  lower?: Accessor<T>;
  /** The interval's upper bound; default the `upper` field. */
  upper?: Accessor<T>;
}

/**
 * Precision per category as bars on a percent axis, each with its interval as a whisker: rows
 * with `precision`, `lower` and `upper` (as `overview.precisionRows` gives them) need only `x`.
 * @example precisionBarChart(precisionRows(groups, ["queue"]), { x: "queue", title: "Precision by queue" })
 */
export function precisionBarChart<T>(
  data: RowsOrTable<T>,
  options: PrecisionBarChartOptions<T>,
): string {
  return barChart(data, {
    lower: "lower",
    upper: "upper",
    yFormat: "percent",
    ...options,
    y: "precision",
  });
}
