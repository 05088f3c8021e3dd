import * as Plot from "@observablehq/plot";
import { accessorLabel, accessorValues } from "./accessorValues.js";
import { barCategoryOrder, type BarSortName } from "./barCategoryOrder.js";
import { barChartNumbers } from "./barChartNumbers.js";
import type { BarDatum } from "./BarDatum.js";
import { basePlotOptions } from "./basePlotOptions.js";
import type { ChartOptions } from "./ChartOptions.js";
import type { Accessor } from "../table/Accessor.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { errorBarMarks } from "./errorBarMarks.js";
import { estimateTextWidth } from "./estimateTextWidth.js";
import { duplicateCategory, missingOption } from "./messages.js";
import { numericValues } from "./numericValues.js";
import { renderPlot } from "./renderPlot.js";
import { theme } from "./theme.js";
import { valueFormatter, type ValueFormat } from "../format/valueFormatter.js";
import { valueLabelMarks } from "./valueLabelMarks.js";
import { messages } from "../i18n/messages.js";
import { MISSING } from "../format/missing.js";

const NAME = "barChart";

/** Options of `barChart`; `x` is always the category and `y` the value, whatever the orientation. */
export interface BarChartOptions<T> extends ChartOptions {
  /** Category of each bar; required. */
  x: Accessor<T>;
  /** Length of each bar; required. */
  y: Accessor<T>;
  /** Colour group; rows sharing a category stack; default one colour for all bars. */
  fill?: Accessor<T>;
  /** Lay categories down the y axis with bars running right; default false. */
  horizontal?: boolean;
  /** Category order; default "data" (first appearance). */
  sort?: BarSortName;
  /** Print each value at the end of its bar; default false. */
  valueLabels?: boolean;
  /** Lower end of an interval around each value (error bar); default none. */
  lower?: Accessor<T>;
  /** Upper end of an interval around each value (error bar); default none. */
  upper?: Accessor<T>;
  /** Format of the value axis, labels and tooltips; default "number". */
  yFormat?: ValueFormat;
  /** Value axis range; default from 0 to the largest value or upper bound, rounded. */
  yDomain?: readonly [number, number];
  /** Tooltip text of a row; default category, group, value and interval. */
  tooltip?: (row: T, index: number) => string;
}

const label = (value: unknown): string =>
  value === null || value === undefined ? MISSING : String(value);

/**
 * An SVG/figure HTML string of bars per category, optionally coloured by group, with value labels
 * and error bars for rates with intervals.
 *
 * Options: see `BarChartOptions` (x, y, title required).
 * @example barChart(byQueue, { x: "queue", y: "precision", lower: "lo", upper: "hi", yFormat: "percent", title: "Precision by queue" })
 */
export function barChart<T>(data: RowsOrTable<T>, options: BarChartOptions<T>): string {
  if (!options?.title) throw new Error(missingOption(NAME, "title", '"Precision by queue"'));
  if (options.x === undefined) throw new Error(missingOption(NAME, "x", '"queue"'));
  if (options.y === undefined) throw new Error(missingOption(NAME, "y", '"precision"'));
  const { horizontal = false, sort = "data", valueLabels = false } = options;
  const format = valueFormatter(options.yFormat);
  const valueLabel = options.yLabel === undefined ? accessorLabel(options.y) : options.yLabel;
  const categoryLabel = options.xLabel === undefined ? accessorLabel(options.x) : options.xLabel;
  const rows = tableRows(data, NAME);
  const xs = accessorValues(rows, options.x, NAME, "x");
  const ys = numericValues(accessorValues(rows, options.y, NAME, "y"), NAME, "y");
  const groups =
    options.fill === undefined ? undefined : accessorValues(rows, options.fill, NAME, "fill");
  const read = (accessor: Accessor<T> | undefined, option: string) =>
    accessor === undefined
      ? undefined
      : numericValues(accessorValues(rows, accessor, NAME, option), NAME, option);
  const lowers = read(options.lower, "lower");
  const uppers = read(options.upper, "upper");
  const interval = lowers !== undefined || uppers !== undefined;

  const bars: BarDatum[] = rows.map((row, i) => {
    const category = label(xs[i]);
    const group = groups === undefined ? "" : label(groups[i]);
    const [value, lower, upper] = [ys[i], lowers?.[i] ?? null, uppers?.[i] ?? null];
    const range = interval
      ? ` (${lower === null ? MISSING : format(lower)}–${upper === null ? MISSING : format(upper)})`
      : "";
    const title =
      options.tooltip?.(row, i) ??
      [
        category,
        group,
        `${valueLabel ?? "value"}: ${value === null ? MISSING : format(value)}${range}`,
      ]
        .filter((line) => line !== "")
        .join("\n");
    return { category, group, value, lower, upper, title };
  });
  if (interval) {
    const seen = new Set<string>();
    for (const bar of bars) {
      if (seen.has(bar.category)) throw new Error(duplicateCategory(NAME, bar.category));
      seen.add(bar.category);
    }
  }
  const order = barCategoryOrder(bars, sort);
  const groupNames = [...new Set(bars.map((bar) => bar.group))];
  const coloured = options.fill !== undefined;
  const fill = coloured ? "group" : theme.categorical[0];
  const stacked = order.length < bars.length;

  const longest = Math.max(0, ...order.map((c) => estimateTextWidth(c)));
  const values = bars
    .flatMap((bar) => [bar.value, bar.upper, bar.lower])
    .filter((v): v is number => v !== null);
  const valueWidth = Math.max(0, ...values.map((v) => estimateTextWidth(format(v))));
  // Horizontal bars: room for the longest category plus the rotated axis label beside it.
  const marginLeft = horizontal
    ? Math.max(theme.marginLeft, longest + 14 + (categoryLabel ? 20 : 0))
    : Math.max(theme.marginLeft, valueWidth + 16);
  // Value labels sit past the end of the bar: room for the widest one, so "100.0%" is not cut.
  const marginRight =
    valueLabels && horizontal ? Math.max(theme.marginRight, valueWidth + 12) : theme.marginRight;
  const marginTop = valueLabels && !horizontal ? Math.max(theme.marginTop, 22) : theme.marginTop;
  const plotWidth = (options.width ?? theme.width) - marginLeft - marginRight;
  const band = (horizontal ? 24 : plotWidth / Math.max(1, order.length)) * 0.9;
  const rotate = !horizontal && longest > band;
  const marginBottom = rotate ? Math.min(160, Math.ceil(longest * 0.6) + 24) : theme.marginBottom;
  const height =
    options.height ??
    (horizontal
      ? Math.max(120, order.length * 24 + theme.marginTop + theme.marginBottom)
      : theme.height);

  const c = horizontal ? "y" : "x";
  const v = horizontal ? "x" : "y";
  const barMark = horizontal ? Plot.barX : Plot.barY;
  const marks: Plot.Markish[] = [
    barMark(bars, { [c]: "category", [v]: "value", fill, title: "title", insetTop: 0 }),
    (horizontal ? Plot.ruleX : Plot.ruleY)([0]),
  ];
  if (interval) marks.push(...errorBarMarks(bars, { horizontal, band }));
  if (valueLabels) marks.push(...valueLabelMarks(bars, { horizontal, stacked, format }));
  if (values.length === 0)
    marks.push(
      Plot.text([messages(options.lang).charts.noData], { frameAnchor: "middle", fontSize: 14 }),
    );

  const ranked = bars.filter((bar) => bar.value !== null).sort((a, b) => b.value! - a.value!);
  const description =
    `${horizontal ? "Horizontal bar" : "Bar"} chart of ${valueLabel ?? "values"} by ${categoryLabel ?? "category"} ` +
    `for ${order.length} categor${order.length === 1 ? "y" : "ies"}` +
    (interval ? " with intervals" : "") +
    (ranked.length > 0 && !stacked
      ? `; highest ${ranked[0].category} (${format(ranked[0].value!)}), lowest ${ranked[ranked.length - 1].category} (${format(ranked[ranked.length - 1].value!)})`
      : "") +
    ".";

  const numbers = barChartNumbers(bars, order, {
    categoryLabel: categoryLabel ?? "category",
    groupLabel: coloured ? (accessorLabel(options.fill) ?? "group") : undefined,
    valueLabel: valueLabel ?? "value",
    interval,
    format,
  });
  return renderPlot(
    {
      ...basePlotOptions(options, description),
      height,
      marginLeft,
      marginRight,
      marginTop,
      marginBottom,
      [c]: { domain: order, label: categoryLabel, tickRotate: rotate ? -40 : 0 },
      [v]: {
        domain: options.yDomain ? [...options.yDomain] : undefined,
        label: valueLabel,
        tickFormat: format,
        grid: true,
        nice: true,
      },
      color: coloured
        ? { domain: groupNames, range: [...theme.categorical], legend: options.fill !== options.x }
        : undefined,
      marks,
    },
    numbers,
    options.lang,
  );
}
