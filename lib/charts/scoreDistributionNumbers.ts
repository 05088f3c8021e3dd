import type { ChartNumbers } from "./ChartNumbers.js";
import { MISSING } from "../format/missing.js";

/** A class's bin as {@link scoreDistributionNumbers} reads it. */
export interface ClassBin {
  name: string;
  x0: number;
  x1: number;
  count: number;
  /** Share of the class's rows in this bin, 0–1. */
  fraction: number;
}

/** Formats of {@link scoreDistributionNumbers}. */
export interface ScoreDistributionNumbersOptions {
  classes: readonly string[];
  unit: string;
  score: (value: number) => string;
  count: (value: number) => string;
  share: (value: number) => string;
}

/**
 * A score distribution chart's numbers: one row per score bin, and for each class its count and
 * its share of the class.
 * @example scoreDistributionNumbers(bins, { classes: ["violation", "no violation"], unit: "listings", score, count, share })
 */
export function scoreDistributionNumbers(
  bins: readonly ClassBin[],
  options: ScoreDistributionNumbersOptions,
): ChartNumbers {
  const { classes } = options;
  const byRange = new Map<string, { x0: number; cells: string[] }>();
  for (const bin of bins) {
    const range = `${options.score(bin.x0)}–${options.score(bin.x1)}`;
    let row = byRange.get(range);
    if (row === undefined) {
      row = { x0: bin.x0, cells: classes.flatMap(() => [MISSING, MISSING]) };
      byRange.set(range, row);
    }
    const k = classes.indexOf(bin.name);
    row.cells[2 * k] = options.count(bin.count);
    row.cells[2 * k + 1] = options.share(bin.fraction);
  }
  return {
    columns: [
      { label: "score" },
      ...classes.flatMap((name) => [
        { label: `${name}: ${options.unit}`, numeric: true },
        { label: `${name}: share`, numeric: true },
      ]),
    ],
    rows: [...byRange]
      .sort((a, b) => a[1].x0 - b[1].x0)
      .map(([range, row]) => [range, ...row.cells]),
  };
}
