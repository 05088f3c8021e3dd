import * as Plot from "@observablehq/plot";
import { basePlotOptions } from "./basePlotOptions.js";
import { accessorLabel, accessorValues } from "./accessorValues.js";
import type { ChartOptions } from "./ChartOptions.js";
import type { Accessor } from "../table/Accessor.js";
import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { estimateTextWidth } from "./estimateTextWidth.js";
import { formatWallClock } from "../format/formatWallClock.js";
import { missingOption, notADate } from "./messages.js";
import { numericValues } from "./numericValues.js";
import { renderPlot } from "./renderPlot.js";
import { targetBounds, targetLabel, targetMarks, type ChartTarget } from "./targetMarks.js";
import { theme } from "./theme.js";
import { timeSeriesNumbers } from "./timeSeriesNumbers.js";
import { valueFormatter, type ValueFormat } from "../format/valueFormatter.js";
import { wallClockTime } from "../time/wallClockTime.js";
import { dayTicks } from "./dayTicks.js";
import { messages } from "../i18n/messages.js";
import { MISSING } from "../format/missing.js";

const NAME = "timeSeriesChart";

/** Options of `timeSeriesChart`. */
export interface TimeSeriesChartOptions<T> extends ChartOptions {
  /** Time of each row: Date, epoch ms, ISO 8601 string with offset, or YYYY-MM-DD day; required. */
  x: Accessor<T>;
  /** Value of each row; null/undefined/NaN leave a gap in the line; required. */
  y: Accessor<T>;
  /** Series of each row, one line per series; default a single series. */
  z?: Accessor<T>;
  /** Target value (a dashed rule) or band `{ lower?, upper? }` (shaded); default none. */
  target?: ChartTarget;
  /** Text beside the target; default "target 90%", "target ≥ 90%" or "target 90%–95%". */
  targetLabel?: string;
  /** Format of y ticks and tooltips; default "number". */
  yFormat?: ValueFormat;
  /** y range [min, max]; default the data and target extent, rounded outwards. */
  yDomain?: readonly [number, number];
  /** Time zone that places and labels dates; default `theme.timeZone` (`DEFAULT_ZONE`). */
  timeZone?: string;
  /** Whether to draw a dot with a tooltip at each point; default true. */
  dots?: boolean;
  /**
   * Marks a point as a partial period (a week still running, a day the data stops in): drawn
   * hollow at the end of a dashed segment, so it is not read like a complete one. Default none.
   */
  partial?: Accessor<T>;
}

interface Point {
  x: Date;
  y: number | null;
  z: string;
  title: string;
  partial: boolean;
}

/**
 * An SVG/figure HTML string of one line per series over time, with tooltips on the points and
 * an optional target rule or shaded target band.
 *
 * Dates are placed and labelled in `timeZone` (default `DEFAULT_ZONE`) whatever the process TZ.
 * Options: see `TimeSeriesChartOptions` (x, y, title required).
 * @example timeSeriesChart(daily, { x: "day", y: "precision", target: { lower: 0.9 }, yFormat: "percent", title: "Precision by day" })
 */
export function timeSeriesChart<T>(
  data: RowsOrTable<T>,
  options: TimeSeriesChartOptions<T>,
): string {
  if (!options?.title) throw new Error(missingOption(NAME, "title", '"Precision by day"'));
  if (options.x === undefined) throw new Error(missingOption(NAME, "x", '"day"'));
  if (options.y === undefined) throw new Error(missingOption(NAME, "y", '"precision"'));
  const { target, timeZone = theme.timeZone, dots = true } = options;
  const format = valueFormatter(options.yFormat);
  const words = messages(options.lang);
  const yLabel = options.yLabel === undefined ? accessorLabel(options.y) : options.yLabel;
  const xLabel = options.xLabel === undefined ? null : options.xLabel;
  const rows = tableRows(data, NAME);
  const xs = accessorValues(rows, options.x, NAME, "x");
  const ys = numericValues(accessorValues(rows, options.y, NAME, "y"), NAME, "y");
  const zs = options.z === undefined ? undefined : accessorValues(rows, options.z, NAME, "z");
  const partials =
    options.partial === undefined
      ? undefined
      : accessorValues(rows, options.partial, NAME, "partial");

  const points: Point[] = xs.map((value, i) => {
    const x = wallClockTime(value as Date | string | number, timeZone);
    if (value === null || value === undefined || Number.isNaN(x.getTime())) {
      throw new Error(notADate(NAME, "x", i, value));
    }
    const z = zs === undefined ? "" : String(zs[i] ?? "");
    const y = ys[i];
    const partial = partials?.[i] === true;
    const lines = [
      z,
      formatWallClock(x) + (partial ? words.charts.partialPeriod : ""),
      `${yLabel ?? "value"}: ${y === null ? MISSING : format(y)}`,
    ];
    return { x, y, z, partial, title: lines.filter((line) => line !== "").join("\n") };
  });
  // Lines join points in array order, so sort by time (stable: ties keep input order).
  points.sort((a, b) => a.x.getTime() - b.x.getTime());
  const series = [...new Set(points.map((p) => p.z))];
  const values = points.flatMap((p) => (p.y === null ? [] : [p.y]));

  const { lower, upper } = target === undefined ? {} : targetBounds(target, NAME);
  const extentValues = [...values, ...[lower, upper].filter((v): v is number => v !== undefined)];
  const rawDomain: [number, number] =
    options.yDomain !== undefined
      ? [options.yDomain[0], options.yDomain[1]]
      : extentValues.length === 0
        ? [0, 1]
        : [Math.min(...extentValues), Math.max(...extentValues)];
  const yDomain = Plot.scale({ y: { domain: rawDomain, nice: options.yDomain === undefined } })
    .domain as number[];

  const single = series.length <= 1;
  const colour = (i: number) => theme.categorical[i % theme.categorical.length];
  const marks: Plot.Markish[] = [];
  const targetText =
    target === undefined
      ? undefined
      : (options.targetLabel ?? targetLabel(target, format, options.lang));
  if (target !== undefined) {
    const domain = [yDomain[0], yDomain[yDomain.length - 1]] as const;
    marks.push(...targetMarks(target, { domain, label: targetText, chart: NAME }));
  }
  marks.push(Plot.ruleY([yDomain[0]], { stroke: "currentColor", strokeOpacity: 0.3 }));
  const complete = points.filter((p) => !p.partial);
  const stroke = single ? colour(0) : "z";
  marks.push(Plot.line(complete, { x: "x", y: "y", z: "z", stroke, strokeWidth: 2 }));
  // Partial periods: each joined to its complete neighbour (the one before it, or after it for a
  // partial first period) by a dashed segment, and drawn as hollow dots.
  const partialLine = series.flatMap((name) => {
    const own = points.filter((p) => p.z === name && p.y !== null);
    return own.flatMap((p, k) => {
      if (!p.partial) return [];
      const neighbour = k > 0 ? own[k - 1] : own[k + 1];
      const segment = `${name}\u0000${k}`;
      return [p, ...(neighbour ? [neighbour] : [])]
        .sort((a, b) => a.x.getTime() - b.x.getTime())
        .map((q) => ({ ...q, segment }));
    });
  });
  if (partialLine.length)
    marks.push(
      Plot.line(partialLine, {
        x: "x",
        y: "y",
        z: "segment",
        stroke,
        strokeWidth: 2,
        strokeDasharray: "4 3",
      }),
    );
  const shown = points.filter((p) => p.y !== null);
  if (dots)
    marks.push(
      Plot.dot(
        shown.filter((p) => !p.partial),
        { x: "x", y: "y", fill: stroke, r: 3, title: "title" },
      ),
    );
  if (shown.some((p) => p.partial))
    marks.push(
      Plot.dot(
        shown.filter((p) => p.partial),
        { x: "x", y: "y", stroke, fill: "white", strokeWidth: 1.5, r: 3.5, title: "title" },
      ),
    );
  if (values.length === 0)
    marks.push(
      Plot.text([messages(options.lang).charts.noData], { frameAnchor: "middle", fontSize: 14 }),
    );

  const tickWidth = Math.max(...yDomain.map((v) => estimateTextWidth(format(v))));
  const first = points[0]?.x;
  const last = points[points.length - 1]?.x;
  const description =
    `Line chart of ${yLabel ?? "values"} over time` +
    (single
      ? ""
      : ` for ${series.length} series (${series.slice(0, 5).join(", ")}${series.length > 5 ? ", …" : ""})`) +
    (first
      ? `, ${formatWallClock(first)} to ${formatWallClock(last)} (${timeZone})`
      : ", no data") +
    (targetText !== undefined ? `; ${targetText}` : "") +
    (points.some((p) => p.partial) ? "; hollow points on a dashed line are partial periods" : "") +
    ".";

  // Day-level data spanning a few days would otherwise get 6-hourly ticks.
  const daily = points.every((p) => p.x.getTime() % 86_400_000 === 0);
  const spanDays = first ? (last.getTime() - first.getTime()) / 86_400_000 : 0;
  const numbers = timeSeriesNumbers(points, series, {
    timeLabel: xLabel ?? (daily ? "day" : "time"),
    valueLabel: yLabel ?? "value",
    format,
  });
  return renderPlot(
    {
      ...basePlotOptions(options, description),
      marginLeft: Math.max(theme.marginLeft, tickWidth + 16),
      x: {
        type: "utc",
        label: xLabel,
        // Keeps the dots of the first and last points inside the frame.
        inset: 6,
        ...(daily && spanDays < 14 ? { ticks: "day" } : {}),
        // Plot's own day ticks name months in English; a language with its own writes them itself,
        // wider, so fewer of them.
        ...(daily && first && words.charts.dayTick
          ? {
              ticks: dayTicks(first, last, (options.width ?? theme.width) - 100, 72),
              tickFormat: (d: Date) => words.charts.dayTick!(d.getUTCMonth() + 1, d.getUTCDate()),
            }
          : {}),
        ...(points.length === 0 ? { domain: [new Date(0), new Date(86_400_000)] } : {}),
        ...(values.length === 0 ? { axis: null } : {}),
      },
      y: {
        domain: yDomain,
        label: yLabel,
        tickFormat: format,
        grid: values.length > 0,
        ...(values.length === 0 ? { axis: null } : {}),
      },
      color: { domain: single ? [] : series, range: [...theme.categorical], legend: !single },
      marks,
    },
    numbers,
    options.lang,
  );
}
