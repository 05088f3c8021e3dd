import type { ScoreCounts } from "./ScoreCounts.js";
import { thresholdSweep } from "./thresholdSweep.js";

/** One row of a top-k% table: flag the highest-scoring k% and what that catches. */
export interface TopKRow {
  /** The share asked for, e.g. 0.01. */
  share: number;
  /** Score cut-off: flag scores ≥ cutoff. */
  cutoff: number;
  /** Listings at or above the cut-off (ties keep this at or below share × n). */
  flagged: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
}

/** Options for {@link topKTable}. */
export interface TopKTableOptions {
  /** Shares of listings to flag. Default [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2]. */
  shares?: readonly number[];
}

/**
 * The top-k% table: for each share, the lowest score cut-off that flags at most that share of
 * listings (ties are never split), and its TP, FP, precision and recall.
 * @example topKTable(countScores(scores, labels), { shares: [0.01, 0.05] })
 */
export function topKTable(counts: ScoreCounts, options: TopKTableOptions = {}): TopKRow[] {
  const shares = options.shares ?? [0.001, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2];
  const sweep = thresholdSweep(counts);
  const n = sweep.positives + sweep.negatives;
  return shares.map((share) => {
    let j = -1;
    while (
      j + 1 < sweep.thresholds.length &&
      sweep.truePositives[j + 1] + sweep.falsePositives[j + 1] <= share * n
    )
      j++;
    const tp = j >= 0 ? sweep.truePositives[j] : 0;
    const fp = j >= 0 ? sweep.falsePositives[j] : 0;
    return {
      share,
      cutoff: j >= 0 ? sweep.thresholds[j] : NaN,
      flagged: tp + fp,
      truePositives: tp,
      falsePositives: fp,
      precision: tp + fp > 0 ? tp / (tp + fp) : NaN,
      recall: sweep.positives > 0 ? tp / sweep.positives : NaN,
    };
  });
}
