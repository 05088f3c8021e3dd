import * as Plot from "@observablehq/plot";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";
import { valueFormatter, type ValueFormat } from "../format/valueFormatter.js";
import type { ChartOptions } from "./ChartOptions.js";
import type { ChartNumbers } from "./ChartNumbers.js";

/** One bar of a waterfall: a named contribution to the change. */
export interface WaterfallStep {
  label: string;
  value: number;
}

/**
 * Options for {@link contributionWaterfallChart} (title required).
 * - `start`, `end`: the KPI before and after, drawn as full bars; `end` defaults to start + Σ steps.
 * - `format`: value format of axis and labels; default "number".
 */
export interface ContributionWaterfallChartOptions extends ChartOptions {
  start: WaterfallStep;
  end?: WaterfallStep;
  format?: ValueFormat;
}

/**
 * A waterfall of contributions: the KPI before, each step's rise (blue) or fall (orange) floating
 * from where the previous one ended, and the KPI after. Steps are drawn in the given order.
 * @example contributionWaterfallChart([{ label: "contact queue", value: -0.31 }], { title: "Precision", start: { label: "baseline", value: 0.73 }, format: "percent" })
 */
export function contributionWaterfallChart(
  steps: readonly WaterfallStep[],
  options: ContributionWaterfallChartOptions,
): string {
  const format = valueFormatter(options.format);
  const total = steps.reduce((a, s) => a + s.value, options.start.value);
  const end = options.end ?? { label: "current", value: total };
  let level = options.start.value;
  const bars = [
    {
      label: options.start.label,
      y1: 0,
      y2: options.start.value,
      kind: "level",
      text: format(options.start.value),
    },
    ...steps.map((s) => {
      const bar = {
        label: s.label,
        y1: level,
        y2: level + s.value,
        kind: s.value >= 0 ? "rise" : "fall",
        text: `${s.value >= 0 ? "+" : "−"}${format(Math.abs(s.value))}`,
      };
      level += s.value;
      return bar;
    }),
    { label: end.label, y1: 0, y2: end.value, kind: "level", text: format(end.value) },
  ];
  const colours = { level: "#999999", rise: theme.categorical[1], fall: theme.categorical[0] };
  const numbers: ChartNumbers = {
    columns: [
      { label: options.yLabel ?? "step" },
      { label: "change", numeric: true },
      { label: "level after", numeric: true },
    ],
    rows: bars.map((b) => [b.label, b.kind === "level" ? "" : b.text, format(b.y2)]),
  };
  return renderPlot(
    {
      ...basePlotOptions(
        options,
        `Waterfall from ${format(options.start.value)} to ${format(end.value)} in ${steps.length} steps`,
      ),
      height: options.height ?? Math.max(200, bars.length * 26 + 60),
      marginRight: 60,
      marginLeft: Math.min(260, 10 + 7 * Math.max(...bars.map((b) => b.label.length))),
      x: { tickFormat: format, label: options.xLabel ?? null, grid: true },
      y: { domain: bars.map((b) => b.label), label: options.yLabel ?? null },
      marks: [
        Plot.barX(bars, {
          y: "label",
          x1: "y1",
          x2: "y2",
          fill: (b: { kind: keyof typeof colours }) => colours[b.kind],
          title: (b: { label: string; text: string }) => `${b.label}: ${b.text}`,
        }),
        Plot.text(bars, {
          y: "label",
          x: (b: { y1: number; y2: number }) => Math.max(b.y1, b.y2),
          text: "text",
          textAnchor: "start",
          dx: 4,
        }),
        Plot.ruleX([0]),
      ],
    },
    numbers,
    options.lang,
  );
}
