import * as Plot from "@observablehq/plot";
import { accessorValues } from "./accessorValues.js";
import { basePlotOptions } from "./basePlotOptions.js";
import type { ChartOptions } from "./ChartOptions.js";
import type { Accessor } from "../table/Accessor.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { histogramBins } from "./histogramBins.js";
import { invalidThreshold, missingOption } from "./messages.js";
import { numericValues } from "./numericValues.js";
import { renderPlot } from "./renderPlot.js";
import { scoreDistributionNumbers } from "./scoreDistributionNumbers.js";
import { theme } from "./theme.js";
import { valueFormatter } from "../format/valueFormatter.js";
import { messages } from "../i18n/messages.js";
import { MISSING } from "../format/missing.js";

const NAME = "scoreDistributionChart";
const VIOLATION = "violation";
const NOT_VIOLATION = "no violation";

/** How the two classes share the chart: drawn over each other, or in two stacked panels. */
export type ScoreLayoutName = "overlay" | "facet";

/** Options of `scoreDistributionChart`. */
export interface ScoreDistributionChartOptions<T> extends ChartOptions {
  /** Model score of each row, in `domain`; required. */
  score: Accessor<T>;
  /** Ground-truth label of each row; rows whose label is null or undefined are left out; required. */
  label: Accessor<T>;
  /** Label values that mean "violation"; default [true, "violation", 1, "1", "true"]. */
  positive?: readonly unknown[];
  /** Decision threshold, drawn as a dashed rule; default none. */
  threshold?: number;
  /** Layout of the two classes; default "overlay". */
  layout?: ScoreLayoutName;
  /** Bin count or ascending edges; default 20 (width 0.05 on [0, 1]). */
  thresholds?: number | readonly number[];
  /** Score range; default [0, 1]. */
  domain?: readonly [number, number];
  /** Show each class as shares of that class (true) or as row counts; default true, since classes are imbalanced. */
  normalize?: boolean;
  /** What one counted row is, for tooltips; default "listings". */
  unit?: string;
}

/**
 * An SVG/figure HTML string of score histograms for violations and non-violations, overlaid or in
 * two panels, with the decision threshold marked and tooltips per bin.
 *
 * The description states the share of each class at or above the threshold (recall and false
 * positive rate on this data). Options: see `ScoreDistributionChartOptions` (score, label, title required).
 * @example scoreDistributionChart(scored, { score: "score", label: "is_violation", threshold: 0.7, title: "counterfeit_v4 scores" })
 */
export function scoreDistributionChart<T>(
  data: RowsOrTable<T>,
  options: ScoreDistributionChartOptions<T>,
): string {
  if (!options?.title) throw new Error(missingOption(NAME, "title", '"counterfeit_v4 scores"'));
  if (options.score === undefined) throw new Error(missingOption(NAME, "score", '"score"'));
  if (options.label === undefined) throw new Error(missingOption(NAME, "label", '"is_violation"'));
  const {
    threshold,
    layout = "overlay",
    normalize = true,
    unit = "listings",
    domain = [0, 1],
  } = options;
  const { thresholds = 20, positive = [true, "violation", 1, "1", "true"] } = options;
  if (threshold !== undefined && !Number.isFinite(threshold))
    throw new Error(invalidThreshold(NAME, threshold));
  const format = valueFormatter("number");
  const share = valueFormatter("percent");
  const count = valueFormatter("integer");
  const rows = tableRows(data, NAME);
  const scores = numericValues(accessorValues(rows, options.score, NAME, "score"), NAME, "score");
  const labels = accessorValues(rows, options.label, NAME, "label");
  const positives = new Set(positive);

  const byClass = new Map<string, number[]>([
    [NOT_VIOLATION, []],
    [VIOLATION, []],
  ]);
  let unlabelled = 0;
  scores.forEach((score, i) => {
    if (labels[i] === null || labels[i] === undefined || score === null) return void unlabelled++;
    byClass.get(positives.has(labels[i]) ? VIOLATION : NOT_VIOLATION)!.push(score);
  });

  const bins = [...byClass].flatMap(([name, values]) =>
    histogramBins(values, { thresholds, domain }).map((bin) => {
      const fraction = values.length > 0 ? bin.count / values.length : 0;
      return {
        ...bin,
        name,
        fraction,
        value: normalize ? fraction : bin.count,
        title: `${name}\nscore ${format(bin.x0)}–${format(bin.x1)}\n${unit}: ${count(bin.count)} (${share(fraction)} of ${name})`,
      };
    }),
  );

  const facet = layout === "facet";
  const color = {
    domain: [NOT_VIOLATION, VIOLATION],
    range: [theme.nonViolationColor, theme.violationColor],
  };
  const marks: Plot.Markish[] = [
    // Empty bins would be zero-height rects: invisible, but bytes and tooltips nobody can reach.
    Plot.rectY(
      bins.filter((bin) => bin.count > 0),
      {
        x1: "x0",
        x2: "x1",
        y1: 0,
        y2: "value",
        fill: "name",
        fillOpacity: facet ? 0.85 : 0.45,
        stroke: "name",
        strokeOpacity: facet ? 0 : 0.9,
        insetLeft: 0.5,
        insetRight: 0.5,
        title: "title",
        ...(facet ? { fy: "name" } : {}),
      },
    ),
    Plot.ruleY([0]),
  ];
  if (threshold !== undefined) {
    marks.push(Plot.ruleX([threshold], { strokeWidth: 1.5, strokeDasharray: "4,3" }));
    // In panels, label the threshold once, in the top panel.
    const note = { x: threshold, text: `threshold ${format(threshold)}`, name: VIOLATION };
    marks.push(
      Plot.text([note], {
        x: "x",
        text: "text",
        frameAnchor: "top",
        textAnchor: "start",
        dx: 4,
        dy: 2,
        lineAnchor: "top",
        ...(facet ? { fy: "name" } : {}),
      }),
    );
  }
  const [violations, others] = [byClass.get(VIOLATION)!, byClass.get(NOT_VIOLATION)!];
  if (violations.length + others.length === 0) {
    marks.push(
      Plot.text([messages(options.lang).charts.noData], {
        frameAnchor: "middle",
        fontSize: 14,
        facet: "super",
      }),
    );
  }

  const above = (values: number[]) => values.filter((v) => v >= threshold!).length / values.length;
  const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
  const part = (name: string, values: number[]) =>
    `${count(values.length)} ${name}${values.length > 0 ? ` (mean score ${format(mean(values))})` : ""}`;
  const description =
    `Score distributions of ${count(violations.length + others.length)} labelled ${unit}: ` +
    `${part("violations", violations)}, ${part("non-violations", others)}` +
    (threshold !== undefined && violations.length + others.length > 0
      ? `; at threshold ${format(threshold)}, ${violations.length > 0 ? share(above(violations)) : MISSING} of violations and ` +
        `${others.length > 0 ? share(above(others)) : MISSING} of non-violations score at or above it`
      : "") +
    (unlabelled > 0 ? `; rows without label or score left out: ${count(unlabelled)}` : "") +
    ".";

  const numbers = scoreDistributionNumbers(bins, {
    classes: [VIOLATION, NOT_VIOLATION],
    unit,
    score: format,
    count,
    share,
  });
  return renderPlot(
    {
      ...basePlotOptions(options, description),
      marginRight: facet ? 96 : theme.marginRight,
      x: { domain: [...domain], label: options.xLabel === undefined ? "score" : options.xLabel },
      y: {
        label:
          options.yLabel === undefined ? (normalize ? `share of class` : unit) : options.yLabel,
        tickFormat: normalize ? share : count,
        grid: true,
        nice: true,
      },
      ...(facet ? { fy: { domain: [VIOLATION, NOT_VIOLATION], label: null, padding: 0.2 } } : {}),
      color: { ...color, legend: true },
      marks,
    },
    numbers,
    options.lang,
  );
}
