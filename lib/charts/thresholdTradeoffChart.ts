import * as Plot from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";

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
    Plot.tip(
      defined,
      Plot.pointerX({
        x: "threshold",
        y: "estimate",
        stroke: "metric",
        title: (r: TradeoffRow) =>
          `${r.metric} at ${r.threshold}: ${(r.estimate * 100).toFixed(1)}% [${(r.lower * 100).toFixed(1)}–${(r.upper * 100).toFixed(1)}%]`,
      }),
    ),
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
  return renderPlot({
    ...basePlotOptions(
      options,
      "Precision, recall, F1 and queue rate against the score threshold, with 95% bootstrap bands.",
    ),
    x: { domain: [0, 1], label: options.xLabel ?? "threshold (flag score ≥)" },
    y: { domain: [0, 1], label: options.yLabel ?? "share", tickFormat: "%", grid: true },
    color: { legend: true, domain: ["precision", "recall", "F1", "flag rate"] },
    marks,
  });
}
