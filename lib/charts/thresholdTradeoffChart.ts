import * as Plot from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { hoverBandMarks } from "./hoverBandMarks.js";
import { markedThresholdRows } from "./markedThresholdRows.js";
import { formatPercent } from "../format/formatPercent.js";
import { MISSING } from "../format/missing.js";

const METRICS = ["precision", "recall", "F1", "flag rate"];
const withBand = (r: TradeoffRow) =>
  Number.isNaN(r.lower)
    ? formatPercent(r.estimate)
    : `${formatPercent(r.estimate)} [${(r.lower * 100).toFixed(1)}–${formatPercent(r.upper)}]`;

/** A metric at a threshold with a band, as thresholdBands returns. */
export interface TradeoffRow {
  threshold: number;
  metric: string;
  estimate: number;
  lower: number;
  upper: number;
}

/** Options of {@link thresholdTradeoffChart}. */
export interface ThresholdTradeoffChartOptions extends ChartOptions {
  /** Current threshold, a grey dashed rule. Default none. */
  current?: number;
  /** Recommended threshold, a solid rule. Default none. */
  recommended?: number;
}

/**
 * Precision, recall, F1 and queue (flag) rate against the threshold, each with its bootstrap band,
 * the current and recommended thresholds marked.
 * @example thresholdTradeoffChart(thresholdBands(sample), { title: "counterfeit_v4", current: 0.8, recommended: 0.86 })
 */
export function thresholdTradeoffChart(
  rows: readonly TradeoffRow[],
  options: ThresholdTradeoffChartOptions,
): string {
  const defined = rows.filter((r) => !Number.isNaN(r.estimate));
  const marks: Plot.Markish[] = [
    Plot.areaY(
      defined.filter((r) => !Number.isNaN(r.lower)),
      { x: "threshold", y1: "lower", y2: "upper", fill: "metric", fillOpacity: 0.15 },
    ),
    Plot.lineY(defined, { x: "threshold", y: "estimate", stroke: "metric", strokeWidth: 2 }),
  ];
  if (options.current !== undefined)
    marks.push(
      Plot.ruleX([options.current], { stroke: "#888", strokeDasharray: "4 3" }),
      Plot.text([options.current], {
        x: (d: number) => d,
        y: 1,
        text: () => "current",
        dy: -4,
        fill: "#555",
      }),
    );
  if (options.recommended !== undefined)
    marks.push(
      Plot.ruleX([options.recommended], { stroke: theme.targetColor, strokeWidth: 2 }),
      Plot.text([options.recommended], {
        x: (d: number) => d,
        y: 0.92,
        text: () => "recommended",
        dy: -4,
        fill: theme.targetColor,
      }),
    );
  const metrics = [
    ...METRICS.filter((m) => defined.some((r) => r.metric === m)),
    ...new Set(defined.map((r) => r.metric).filter((m) => !METRICS.includes(m))),
  ];
  const byThreshold = new Map<number, { threshold: number; cells: string[] }>();
  for (const r of defined) {
    let row = byThreshold.get(r.threshold);
    if (row === undefined) {
      row = { threshold: r.threshold, cells: metrics.map(() => MISSING) };
      byThreshold.set(r.threshold, row);
    }
    row.cells[metrics.indexOf(r.metric)] = withBand(r);
  }
  const kept = markedThresholdRows([...byThreshold.values()], {
    current: options.current,
    recommended: options.recommended,
  });
  const label = (k: (typeof kept)[number]) =>
    `${k.point.threshold}${k.marks.length > 0 ? ` (${k.marks.join(", ")})` : ""}`;
  // Drawn last, so the invisible bands are on top and catch the pointer.
  marks.push(
    hoverBandMarks(
      kept.map((k) => ({
        x: k.point.threshold,
        title: [`threshold ${label(k)}`, ...metrics.map((m, j) => `${m} ${k.point.cells[j]}`)].join(
          "\n",
        ),
      })),
      [0, 1],
    ),
  );
  const numbers: ChartNumbers = {
    columns: [{ label: "threshold" }, ...metrics.map((m) => ({ label: m, numeric: true }))],
    rows: kept.map((k) => [label(k), ...k.point.cells]),
    note:
      (kept.length < byThreshold.size
        ? `${kept.length} of ${byThreshold.size} thresholds, evenly spaced, with the marked ones. `
        : "") + "Each cell: estimate [95% bootstrap band].",
  };
  return renderPlot(
    {
      ...basePlotOptions(
        options,
        "Precision, recall, F1 and queue rate against the score threshold, with 95% bootstrap bands.",
      ),
      x: { domain: [0, 1], label: options.xLabel ?? "threshold (flag score ≥)" },
      y: { domain: [0, 1], label: options.yLabel ?? "share", tickFormat: "%", grid: true },
      color: { legend: true, domain: ["precision", "recall", "F1", "flag rate"] },
      marks,
    },
    numbers,
    options.lang,
  );
}
