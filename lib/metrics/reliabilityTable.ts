import { badBins } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import type { ScoreCounts } from "./ScoreCounts.js";
import { wilsonInterval } from "./wilsonInterval.js";

/** One score bin of a reliability table: mean score against the observed violation rate. */
export interface ReliabilityBin {
  /** Bin edges: scores in [x0, x1), the last bin includes 1. */
  x0: number;
  x1: number;
  n: number;
  /** Mean score of the bin's listings. */
  meanScore: number;
  /** Share of violations, with a Wilson interval (NaN when n is 0). */
  observed: number;
  lower: number;
  upper: number;
}

/** Options for {@link reliabilityTable}. */
export interface ReliabilityTableOptions {
  /** Equal-width bins on [0, 1]. Default 10. */
  bins?: number;
  /** Interval level. Default 0.95. */
  level?: number;
}

/**
 * The reliability (calibration) table: for equal-width score bins, the mean score and the observed
 * violation rate with its Wilson interval; a calibrated model has them equal. Empty bins are left out.
 * @example reliabilityTable(countScores(scores, labels), { bins: 10 })
 */
export function reliabilityTable(
  counts: ScoreCounts,
  options: ReliabilityTableOptions = {},
): ReliabilityBin[] {
  const { bins = 10, level } = options;
  if (!(Number.isInteger(bins) && bins >= 2)) throw new MetricsError(badBins(bins));
  const n = new Float64Array(bins);
  const pos = new Float64Array(bins);
  const sum = new Float64Array(bins);
  for (let i = 0; i < counts.scores.length; i++) {
    const b = Math.min(bins - 1, Math.floor(counts.scores[i] * bins));
    const total = counts.positives[i] + counts.negatives[i];
    n[b] += total;
    pos[b] += counts.positives[i];
    sum[b] += total * counts.scores[i];
  }
  const out: ReliabilityBin[] = [];
  for (let b = 0; b < bins; b++) {
    if (n[b] === 0) continue;
    // Wilson needs whole counts; weighted counts are rounded for the interval only.
    const ci = wilsonInterval(Math.round(pos[b]), Math.round(n[b]), { level });
    out.push({
      x0: b / bins,
      x1: (b + 1) / bins,
      n: n[b],
      meanScore: sum[b] / n[b],
      observed: pos[b] / n[b],
      lower: ci.lower,
      upper: ci.upper,
    });
  }
  return out;
}
