import * as Plot from "@observablehq/plot";
import { estimateTextWidth } from "./estimateTextWidth.js";
import { renderPlot } from "./renderPlot.js";
import { theme } from "./theme.js";
import { valueFormatter, type ValueFormat } from "../format/valueFormatter.js";
import type { ChartOptions } from "./ChartOptions.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { MISSING } from "../format/missing.js";

/** One segment's KPI before and after. */
export interface BeforeAfterRow {
  label: string;
  baseline: number | null;
  current: number | null;
}

/** Options for {@link beforeAfterChart} (title required); `format` defaults to "number". */
export interface BeforeAfterChartOptions extends ChartOptions {
  format?: ValueFormat;
}

/**
 * A dumbbell chart of segments: a grey dot for the baseline, a coloured dot for now, and an arrow
 * between them, one row per segment in the given order. Missing values are left out.
 * @example beforeAfterChart([{ label: "contact", baseline: 0.86, current: 0.15 }], { title: "Precision by queue", format: "percent" })
 */
export function beforeAfterChart(
  rows: readonly BeforeAfterRow[],
  options: BeforeAfterChartOptions,
): string {
  const format = valueFormatter(options.format);
  const points = rows.flatMap((r) => [
    ...(r.baseline === null ? [] : [{ label: r.label, period: "baseline", value: r.baseline }]),
    ...(r.current === null ? [] : [{ label: r.label, period: "current", value: r.current }]),
  ]);
  const moved = rows.filter((r) => r.baseline !== null && r.current !== null);
  const marginLeft = Math.min(
    0.5 * (options.width ?? theme.width),
    12 + Math.max(0, ...rows.map((r) => estimateTextWidth(r.label))),
  );
  const shown = (value: number | null) => (value === null ? MISSING : format(value));
  const numbers: ChartNumbers = {
    columns: [
      { label: options.yLabel ?? "segment" },
      { label: "baseline", numeric: true },
      { label: "current", numeric: true },
      { label: "change", numeric: true },
    ],
    rows: rows.map((r) => [
      r.label,
      shown(r.baseline),
      shown(r.current),
      r.baseline === null || r.current === null
        ? MISSING
        : `${r.current >= r.baseline ? "+" : "−"}${format(Math.abs(r.current - r.baseline))}`,
    ]),
  };
  return renderPlot(
    {
      title: options.title,
      subtitle: options.subtitle,
      caption: options.caption,
      ariaDescription:
        options.ariaDescription ?? `Baseline and current values for ${rows.length} segments`,
      width: options.width,
      height: options.height ?? Math.max(140, rows.length * 28 + 70),
      marginLeft,
      x: { tickFormat: format, label: options.xLabel ?? null, grid: true },
      // A label wider than half the chart is shortened with "…" on the axis (whole in the tooltip).
      y: {
        domain: rows.map((r) => r.label),
        label: options.yLabel ?? null,
        tickFormat: (label: string) => fitText(label, marginLeft - 12),
      },
      color: {
        domain: ["baseline", "current"],
        range: ["#999999", theme.categorical[0]],
        legend: true,
      },
      marks: [
        Plot.arrow(moved, {
          y: "label",
          x1: "baseline",
          x2: "current",
          stroke: "#bbbbbb",
          headLength: 6,
          insetEnd: 5,
        }),
        Plot.dot(points, {
          y: "label",
          x: "value",
          fill: "period",
          r: 5,
          title: (p: { label: string; period: string; value: number }) =>
            `${p.label}, ${p.period}: ${format(p.value)}`,
        }),
      ],
    },
    numbers,
    options.lang,
  );
}

/** `text` cut to fit `width` px in the theme font, ending in "…" when cut. */
function fitText(text: string, width: number): string {
  if (estimateTextWidth(text) <= width) return text;
  let cut = [...text];
  while (cut.length > 1 && estimateTextWidth(cut.join("") + "…") > width) cut = cut.slice(0, -1);
  return cut.join("") + "…";
}
