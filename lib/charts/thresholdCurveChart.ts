import * as Plot from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { hoverBandMarks } from "./hoverBandMarks.js";
import { markedThresholdRows } from "./markedThresholdRows.js";

const round = (value: number) => value.toFixed(1);

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
  ];
  if (options.limit !== undefined)
    marks.push(
      Plot.ruleY([options.limit], { stroke: theme.violationColor, strokeDasharray: "4 3" }),
    );
  if (options.current !== undefined)
    marks.push(Plot.ruleX([options.current], { stroke: "#888", strokeDasharray: "4 3" }));
  if (options.recommended !== undefined)
    marks.push(Plot.ruleX([options.recommended], { stroke: theme.targetColor, strokeWidth: 2 }));
  const measure = options.y === "cost" ? "expected cost" : "flags per day";
  const kept = markedThresholdRows(rows, {
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
        title: `threshold ${label(k)}\n${measure} ${round(k.point[options.y])}`,
      })),
      [0, 1],
    ),
  );
  const numbers: ChartNumbers = {
    columns: [{ label: "threshold" }, { label: measure, numeric: true }],
    rows: kept.map((k) => [label(k), round(k.point[options.y])]),
    note:
      kept.length < rows.length
        ? `${kept.length} of ${rows.length} thresholds, evenly spaced, with the marked ones.`
        : undefined,
  };
  return renderPlot(
    {
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
    },
    numbers,
    options.lang,
  );
}
