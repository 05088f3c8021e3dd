import * as Plot from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";

/** Options of {@link thresholdCurveChart}. */
export interface ThresholdCurveChartOptions extends ChartOptions {
  /** Which value of each point to draw: "cost" (cost curve) or "flagsPerDay" (capacity curve). Required. */
  y: "cost" | "flagsPerDay";
  /** A limit drawn as a dashed rule, e.g. the review capacity. Default none. */
  limit?: number;
  current?: number;
  recommended?: number;
  /** Top of the y axis; higher values are clipped to it (keeps the region near a capacity readable). Default: automatic. */
  yMax?: number;
}

/**
 * Expected cost or expected flags per day against the threshold (cost curve, capacity curve),
 * with a limit (capacity) and the current and recommended thresholds marked.
 * @example thresholdCurveChart(recommendation.points, { y: "flagsPerDay", limit: 6, title: "Capacity curve" })
 */
export function thresholdCurveChart(
  points: readonly { threshold: number; cost: number; flagsPerDay: number }[],
  options: ThresholdCurveChartOptions,
): string {
  const rows = points.filter((p) => Number.isFinite(p[options.y]));
  const marks: Plot.Markish[] = [
    Plot.line(rows, {
      x: "threshold",
      y: options.y,
      curve: "step-after",
      stroke: theme.categorical[0],
      strokeWidth: 2,
    }),
    Plot.tip(
      rows,
      Plot.pointerX({
        x: "threshold",
        y: options.y,
        title: (p: { threshold: number; cost: number; flagsPerDay: number }) =>
          `threshold ${p.threshold}\n${options.y === "cost" ? "cost" : "flags/day"} ${p[options.y].toFixed(1)}`,
      }),
    ),
  ];
  if (options.limit !== undefined)
    marks.push(
      Plot.ruleY([options.limit], { stroke: theme.violationColor, strokeDasharray: "4 3" }),
    );
  if (options.current !== undefined)
    marks.push(Plot.ruleX([options.current], { stroke: "#888", strokeDasharray: "4 3" }));
  if (options.recommended !== undefined)
    marks.push(Plot.ruleX([options.recommended], { stroke: theme.targetColor, strokeWidth: 2 }));
  return renderPlot({
    ...basePlotOptions(
      options,
      `${options.y === "cost" ? "Expected cost" : "Expected flags per day"} against the score threshold.`,
    ),
    x: { domain: [0, 1], label: options.xLabel ?? "threshold (flag score ≥)" },
    y: {
      ...(options.yMax !== undefined ? { domain: [0, options.yMax], clamp: true } : {}),
      label: options.yLabel ?? (options.y === "cost" ? "expected cost" : "flags per day"),
      grid: true,
      zero: true,
    },
    marks,
  });
}
