import type { ChartNumbers } from "./ChartNumbers.js";
import { formatWallClock } from "../format/formatWallClock.js";
import { MISSING } from "../format/missing.js";

/** A point as {@link timeSeriesNumbers} reads it: wall-clock time, value, series, partial flag. */
export interface TimeSeriesPoint {
  x: Date;
  y: number | null;
  z: string;
  partial: boolean;
}

/**
 * A time series chart's numbers: one row per time in order, one value column per series (a
 * single "value" column for one series); a time with a partial period says so.
 * @example timeSeriesNumbers(points, ["counterfeit", "contact"], { timeLabel: "day", valueLabel: "precision", format })
 */
export function timeSeriesNumbers(
  points: readonly TimeSeriesPoint[],
  series: readonly string[],
  options: { timeLabel: string; valueLabel: string; format: (value: number) => string },
): ChartNumbers {
  const column = new Map(series.map((name, k) => [name, k]));
  const times = new Map<number, { x: Date; partial: boolean; cells: string[] }>();
  for (const p of points) {
    const key = p.x.getTime();
    let time = times.get(key);
    if (time === undefined) {
      time = { x: p.x, partial: false, cells: series.map(() => MISSING) };
      times.set(key, time);
    }
    time.partial ||= p.partial;
    time.cells[column.get(p.z)!] = p.y === null ? MISSING : options.format(p.y);
  }
  const rows = [...times.values()]
    .sort((a, b) => a.x.getTime() - b.x.getTime())
    .map((t) => [formatWallClock(t.x) + (t.partial ? " (partial period)" : ""), ...t.cells]);
  const single = series.length <= 1;
  return {
    columns: [
      { label: options.timeLabel },
      ...series.map((name) => ({ label: single ? options.valueLabel : name, numeric: true })),
    ],
    rows,
    note: single ? undefined : `Values are ${options.valueLabel}.`,
  };
}
