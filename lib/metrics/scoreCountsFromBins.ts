import { badScore } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** One row of a GROUP BY result: a score bin and its counts. */
export interface ScoreBinRow {
  bin: number | bigint;
  positives: number | bigint;
  negatives: number | bigint;
  invalid?: number | bigint;
}

/**
 * Score counts from the rows of {@link scoreCountsSql} (one segment's rows), at the resolution
 * the query used. A bin with invalid rows (score outside [0, 1], label not 0/1) throws.
 * @example scoreCountsFromBins(reader.getRowObjectsJS(), 10000)
 */
export function scoreCountsFromBins(
  rows: readonly ScoreBinRow[],
  resolution = 10_000,
): ScoreCounts {
  const sorted = [...rows].sort((a, b) => Number(a.bin) - Number(b.bin));
  sorted.forEach((r, i) => {
    if (Number(r.invalid ?? 0) > 0)
      throw new MetricsError(
        badScore(i + 1, "bin", Number(r.bin) / resolution).replace(
          "score ",
          `${Number(r.invalid)} rows with score `,
        ),
      );
  });
  return {
    scores: Float64Array.from(sorted, (r) => Number(r.bin) / resolution),
    positives: Float64Array.from(sorted, (r) => Number(r.positives)),
    negatives: Float64Array.from(sorted, (r) => Number(r.negatives)),
    resolution,
    rounded: 0,
  };
}
