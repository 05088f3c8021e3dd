import * as Plot from "@observablehq/plot";
import { accessorLabel, accessorValues } from "./accessorValues.js";
import { basePlotOptions } from "./basePlotOptions.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import type { ChartOptions } from "./ChartOptions.js";
import type { Accessor } from "../table/Accessor.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { estimateTextWidth } from "./estimateTextWidth.js";
import { histogramBins } from "./histogramBins.js";
import { missingOption } from "./messages.js";
import { numericValues } from "./numericValues.js";
import { renderPlot } from "./renderPlot.js";
import { theme } from "./theme.js";
import { valueFormatter, type ValueFormat } from "../format/valueFormatter.js";
import { messages } from "../i18n/messages.js";
import { MISSING } from "../format/missing.js";

const NAME = "histogramChart";

/** Options of `histogramChart`. */
export interface HistogramChartOptions<T> extends ChartOptions {
  /** Value to bin; null/undefined/NaN are left out and counted in the description; required. */
  x: Accessor<T>;
  /** Bin count (round edges, about this many bins) or ascending bin edges; default Sturges' rule. */
  thresholds?: number | readonly number[];
  /** Range to bin, [min, max]; default the values' extent. */
  domain?: readonly [number, number];
  /** Format of x ticks and tooltips; default "number". */
  xFormat?: ValueFormat;
  /** Bar colour; default the first theme colour. */
  fill?: string;
  /** What one counted row is, for tooltips and the y label; default "rows". */
  unit?: string;
}

/**
 * An SVG/figure HTML string of a histogram of one numeric column, with a tooltip per bin.
 *
 * Options: see `HistogramChartOptions` (x, title required).
 * @example histogramChart(listings, { x: "price_krw", thresholds: 20, xFormat: "krw", unit: "listings", title: "Listing prices" })
 */
export function histogramChart<T>(data: RowsOrTable<T>, options: HistogramChartOptions<T>): string {
  if (!options?.title) throw new Error(missingOption(NAME, "title", '"Listing prices"'));
  if (options.x === undefined) throw new Error(missingOption(NAME, "x", '"price_krw"'));
  const { unit = "rows", fill = theme.categorical[0] } = options;
  const format = valueFormatter(options.xFormat);
  const count = valueFormatter("integer");
  const xLabel = options.xLabel === undefined ? accessorLabel(options.x) : options.xLabel;
  const yLabel = options.yLabel === undefined ? unit : options.yLabel;
  const rows = tableRows(data, NAME);
  const values = numericValues(accessorValues(rows, options.x, NAME, "x"), NAME, "x");
  const bins = histogramBins(values, { thresholds: options.thresholds, domain: options.domain });
  const binned = bins.reduce((sum, bin) => sum + bin.count, 0);
  const missing = values.filter((v) => v === null || !Number.isFinite(v)).length;
  const share = valueFormatter("percent");
  const shown = bins.map((bin) => ({
    ...bin,
    title:
      `${xLabel ?? "value"} ${format(bin.x0)}–${format(bin.x1)}\n` +
      `${unit}: ${count(bin.count)}${binned > 0 ? ` (${share(bin.count / binned)})` : ""}`,
  }));

  const marks: Plot.Markish[] = [
    // Empty bins would be zero-height rects: invisible, but bytes and tooltips nobody can reach.
    Plot.rectY(
      shown.filter((bin) => bin.count > 0),
      {
        x1: "x0",
        x2: "x1",
        y1: 0,
        y2: "count",
        fill,
        insetLeft: 0.5,
        insetRight: 0.5,
        title: "title",
      },
    ),
    Plot.ruleY([0]),
  ];
  if (binned === 0)
    marks.push(
      Plot.text([messages(options.lang).charts.noData], { frameAnchor: "middle", fontSize: 14 }),
    );

  const mode = shown.reduce<(typeof shown)[number] | undefined>(
    (m, bin) => (m && m.count >= bin.count ? m : bin),
    undefined,
  );
  const description =
    `Histogram of ${xLabel ?? "values"} (${unit}: ${count(binned)}) in ${bins.length} bins` +
    (bins.length > 0 ? ` from ${format(bins[0].x0)} to ${format(bins[bins.length - 1].x1)}` : "") +
    (mode && binned > 0
      ? `; most in ${format(mode.x0)}–${format(mode.x1)} (${count(mode.count)})`
      : "") +
    (missing > 0 ? `; missing values left out: ${count(missing)}` : "") +
    ".";
  const maxCount = Math.max(0, ...bins.map((bin) => bin.count));
  const lastEdge = bins.length > 0 ? bins[bins.length - 1].x1 : 1;

  const numbers: ChartNumbers = {
    columns: [
      { label: xLabel ?? "value" },
      { label: unit, numeric: true },
      { label: "share", numeric: true },
    ],
    rows: bins.map((bin) => [
      `${format(bin.x0)}–${format(bin.x1)}`,
      count(bin.count),
      binned > 0 ? share(bin.count / binned) : MISSING,
    ]),
    note: missing > 0 ? `Missing values left out: ${count(missing)}.` : undefined,
  };
  return renderPlot(
    {
      ...basePlotOptions(options, description),
      marginLeft: Math.max(theme.marginLeft, estimateTextWidth(count(maxCount)) + 16),
      // The last x tick label is centred on the frame's right edge.
      marginRight: Math.max(theme.marginRight, estimateTextWidth(format(lastEdge)) / 2 + 4),
      // Explicit, so empty bins at either end still take their place on the axis.
      x: { label: xLabel, tickFormat: format, domain: [bins[0]?.x0 ?? 0, lastEdge] },
      // Integer counts: never ask for more ticks than there are units, or labels repeat ("1, 1, 2").
      y: {
        label: yLabel,
        grid: true,
        tickFormat: count,
        nice: true,
        ticks: Math.max(1, Math.min(maxCount, 8)),
        ...(binned === 0 ? { domain: [0, 1] } : {}),
      },
      marks,
    },
    numbers,
    options.lang,
  );
}
