import * as Plot from "@observablehq/plot";
import type { ChartOptions } from "./ChartOptions.js";
import { renderPlot } from "./renderPlot.js";
import { basePlotOptions } from "./basePlotOptions.js";
import { theme } from "./theme.js";
import type { ChartNumbers } from "./ChartNumbers.js";
import { CURVE_POINTS } from "./markedThresholdRows.js";
import { evenlySpaced } from "./evenlySpaced.js";
import { roundedCoordinates } from "./roundedCoordinates.js";
import { formatPercent } from "../format/formatPercent.js";
import { MISSING } from "../format/missing.js";

/** A precision–recall curve (as precisionRecallCurve returns it). */
export interface PrCurveInput {
  precision: ArrayLike<number>;
  recall: ArrayLike<number>;
  thresholds: ArrayLike<number>;
}

/** A threshold to mark on the curve. */
export interface CurveMarker {
  label: string;
  precision: number;
  recall: number;
}

/** Options of {@link precisionRecallChart}. */
export interface PrecisionRecallChartOptions extends ChartOptions {
  /** Points to mark, e.g. the current and recommended thresholds. Default none. */
  markers?: readonly CurveMarker[];
  /** A minimum precision target, drawn as a dashed rule. Default none. */
  minPrecision?: number;
}

/**
 * The precision–recall curve (a step line, as average precision integrates it) with marked
 * thresholds (current, recommended) and an optional precision target.
 * @example precisionRecallChart(precisionRecallCurve(counts), { title: "counterfeit_v4", markers: [{ label: "current 0.80", precision: 0.76, recall: 0.71 }] })
 */
export function precisionRecallChart(
  curve: PrCurveInput,
  options: PrecisionRecallChartOptions,
): string {
  const rows = Array.from(curve.precision, (precision, i) => ({
    precision,
    recall: curve.recall[i],
    threshold: curve.thresholds[i],
  }));
  const markers = options.markers ?? [];
  const kept = evenlySpaced(
    rows.filter((r) => Number.isFinite(r.precision) && Number.isFinite(r.recall)),
    CURVE_POINTS,
  );
  // Markers close to each other: the higher one's label goes above it, the lower one's below, so
  // each label stays beside its own dot ("current" and "recommended" at neighbouring thresholds).
  const shift = markers.map(() => 0);
  markers.forEach((m, i) =>
    markers.slice(0, i).forEach((o, j) => {
      if (Math.abs(o.recall - m.recall) >= 0.12 || Math.abs(o.precision - m.precision) >= 0.08)
        return;
      const [upper, lower] = m.precision >= o.precision ? [i, j] : [j, i];
      shift[upper] = -10;
      shift[lower] = 14;
    }),
  );
  const marks: Plot.Markish[] = [
    Plot.line(rows, {
      x: "recall",
      y: "precision",
      curve: "step-before",
      stroke: theme.categorical[0],
      strokeWidth: 2,
    }),
    // Invisible cells around the thinned points: hovering near the curve reads the nearest one.
    Plot.voronoi(kept, {
      x: "recall",
      y: "precision",
      fill: "white",
      fillOpacity: 0,
      stroke: "none",
      render: roundedCoordinates,
      title: (r: (typeof rows)[number]) =>
        `threshold ${r.threshold ?? MISSING}\nprecision ${formatPercent(r.precision)}\nrecall ${formatPercent(r.recall)}`,
    }),
    Plot.dot(markers, {
      x: "recall",
      y: "precision",
      r: 5,
      fill: (_d: CurveMarker, i: number) => (i === 0 ? "#888" : theme.targetColor),
      stroke: "white",
    }),
    ...markers.map((marker, i) =>
      Plot.text([marker], {
        x: "recall",
        y: "precision",
        text: "label",
        dx: 8,
        dy: shift[i],
        textAnchor: "start",
        fill: "#333",
      }),
    ),
  ];
  if (options.minPrecision !== undefined)
    marks.push(
      Plot.ruleY([options.minPrecision], { stroke: theme.targetColor, strokeDasharray: "4 3" }),
    );
  const numbers: ChartNumbers = {
    columns: [
      { label: "threshold" },
      { label: "precision", numeric: true },
      { label: "recall", numeric: true },
    ],
    rows: kept.map((r) => [
      String(r.threshold ?? MISSING),
      formatPercent(r.precision),
      formatPercent(r.recall),
    ]),
    note: [
      kept.length < rows.length ? `${kept.length} of ${rows.length} points, evenly spaced.` : "",
      ...markers.map(
        (m) =>
          `Marked ${m.label}: precision ${formatPercent(m.precision)}, recall ${formatPercent(m.recall)}.`,
      ),
    ]
      .filter((line) => line !== "")
      .join(" "),
  };
  return renderPlot(
    {
      ...basePlotOptions(
        options,
        `Precision against recall over every threshold; marked: ${markers.map((m) => m.label).join(", ") || "none"}.`,
      ),
      x: { domain: [0, 1], label: options.xLabel ?? "recall", tickFormat: "%" },
      y: { domain: [0, 1], label: options.yLabel ?? "precision", tickFormat: "%", grid: true },
      marks,
    },
    numbers,
    options.lang,
  );
}
