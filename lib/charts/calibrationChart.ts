import * as Plot from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { formatPercent } from "../format/formatPercent.js";

/** A reliability bin (as reliabilityTable returns it) with a series name. */
export interface CalibrationRow {
  meanScore: number;
  observed: number;
  lower: number;
  upper: number;
  n: number;
  /** Series, e.g. the model version. Default "model". */
  series?: string;
}

/**
 * The calibration (reliability) plot: observed violation rate against mean score per bin, with
 * Wilson intervals and the diagonal a calibrated model follows; one colour per series.
 * @example calibrationChart(reliabilityTable(counts).map((b) => ({ ...b, series: "v4" })), { title: "Calibration" })
 */
export function calibrationChart(rows: readonly CalibrationRow[], options: ChartOptions): string {
  const data = rows.map((r) => ({ ...r, series: r.series ?? "model" }));
  const several = data.some((d) => d.series !== "model");
  const numbers: ChartNumbers = {
    columns: [
      ...(several ? [{ label: "series" }] : []),
      { label: "mean score", numeric: true },
      { label: "observed rate", numeric: true },
      { label: "95% interval", numeric: true },
      { label: "n", numeric: true },
    ],
    rows: data.map((d) => [
      ...(several ? [d.series] : []),
      d.meanScore.toFixed(3),
      formatPercent(d.observed),
      `${formatPercent(d.lower)}–${formatPercent(d.upper)}`,
      d.n.toLocaleString("en-US"),
    ]),
  };
  return renderPlot(
    {
      ...basePlotOptions(
        options,
        "Observed violation rate against mean score per score bin, with 95% Wilson intervals; the diagonal is perfect calibration.",
      ),
      height: options.height ?? 360,
      x: { domain: [0, 1], label: options.xLabel ?? "mean score in bin" },
      y: { domain: [0, 1], label: options.yLabel ?? "observed violation rate", grid: true },
      color: { legend: data.some((d) => d.series !== "model") },
      marks: [
        Plot.line(
          [
            [0, 0],
            [1, 1],
          ],
          { stroke: "#bbb", strokeDasharray: "4 3" },
        ),
        Plot.ruleX(data, {
          x: "meanScore",
          y1: "lower",
          y2: "upper",
          stroke: "series",
          strokeOpacity: 0.6,
        }),
        Plot.line(data, { x: "meanScore", y: "observed", stroke: "series" }),
        Plot.dot(data, {
          x: "meanScore",
          y: "observed",
          fill: "series",
          r: 3.5,
          title: (d: CalibrationRow & { series: string }) =>
            `${d.series}: mean score ${d.meanScore.toFixed(3)}, observed ${formatPercent(d.observed)} (n ${d.n})`,
        }),
        Plot.ruleY([0], { stroke: theme.nonViolationColor, strokeOpacity: 0 }),
      ],
    },
    numbers,
    options.lang,
  );
}
