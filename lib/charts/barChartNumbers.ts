import type { BarDatum } from "./BarDatum.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { MISSING } from "../format/missing.js";

/** Labels and format of {@link barChartNumbers}' columns. */
export interface BarChartNumbersOptions {
  categoryLabel: string;
  /** Header of the colour group column; none when the bars are not grouped. */
  groupLabel?: string;
  valueLabel: string;
  /** Whether bars carry an interval (a column "interval"). */
  interval: boolean;
  format: (value: number) => string;
}

const shown = (value: number | null, format: (value: number) => string) =>
  value === null ? MISSING : format(value);

/**
 * A bar chart's numbers: one row per bar in the chart's category order, with its group, value
 * and interval.
 * @example barChartNumbers(bars, ["bags", "shoes"], { categoryLabel: "queue", valueLabel: "precision", interval: false, format })
 */
export function barChartNumbers(
  bars: readonly BarDatum[],
  order: readonly string[],
  options: BarChartNumbersOptions,
): ChartNumbers {
  const { format, groupLabel, interval } = options;
  const rank = new Map(order.map((category, i) => [category, i]));
  const rows = bars
    .map((bar, i) => ({ bar, i }))
    .sort((a, b) => rank.get(a.bar.category)! - rank.get(b.bar.category)! || a.i - b.i)
    .map(({ bar }) => [
      bar.category,
      ...(groupLabel === undefined ? [] : [bar.group]),
      shown(bar.value, format),
      ...(interval ? [`${shown(bar.lower, format)}–${shown(bar.upper, format)}`] : []),
    ]);
  return {
    columns: [
      { label: options.categoryLabel },
      ...(groupLabel === undefined ? [] : [{ label: groupLabel }]),
      { label: options.valueLabel, numeric: true },
      ...(interval ? [{ label: "interval", numeric: true }] : []),
    ],
    rows,
  };
}
