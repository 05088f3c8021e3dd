import { formatValue } from "../format/formatValue.js";
import type { ShadowArrivalPoint } from "../rules/shadowArrivalSeries.js";
import type { ChartOptions } from "./ChartOptions.js";
import { timeSeriesChart } from "./timeSeriesChart.js";

/** Options for {@link precisionArrivalChart}: a chart's title, caption and labels, and `bar`. */
export interface PrecisionArrivalChartOptions extends ChartOptions {
  /** The precision the lower bound must reach, drawn as a line labelled "bar …". */
  bar: number;
}

/**
 * A shadow rule's precision as labels arrived: the estimate and both ends of its 95% interval per
 * day (`rules.shadowArrivalSeries`) on a 0–100% axis, against the bar for promotion.
 * @example precisionArrivalChart(shadowArrivalSeries(readout.rules[0]), { bar: 0.6, title: "cf_new: precision as labels arrived" })
 */
export function precisionArrivalChart(
  points: readonly ShadowArrivalPoint[],
  options: PrecisionArrivalChartOptions,
): string {
  const { bar, ...chart } = options;
  return timeSeriesChart(points, {
    ...chart,
    x: "day",
    y: "value",
    z: "series",
    yFormat: "percent",
    yDomain: [0, 1],
    target: bar,
    targetLabel: `bar ${formatValue(bar, "percent")}`,
  });
}
