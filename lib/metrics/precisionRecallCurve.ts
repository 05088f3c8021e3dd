import { noPositives } from "./messages.js";
import type { ScoreCounts } from "./ScoreCounts.js";
import { thresholdSweep } from "./thresholdSweep.js";

/** A precision–recall curve in scikit-learn's order: thresholds ascending, then a final (1, 0) point. */
export interface PrecisionRecallCurve {
  /** One per threshold, then 1. */
  precision: Float64Array;
  /** One per threshold (decreasing), then 0. */
  recall: Float64Array;
  /** Distinct scores, ascending. */
  thresholds: Float64Array;
  /** Degenerate data (no violations) explained; empty otherwise. */
  warnings: string[];
}

/**
 * The precision–recall curve with scikit-learn's definitions (`precision_recall_curve`): one point
 * per distinct score (tied scores move together), precision 0 where nothing is flagged, and recall
 * 1 everywhere (with a warning) when there are no violations.
 * @example const { precision, recall, thresholds } = precisionRecallCurve(countScores(scores, labels));
 */
export function precisionRecallCurve(counts: ScoreCounts): PrecisionRecallCurve {
  const sweep = thresholdSweep(counts);
  const m = sweep.thresholds.length;
  const precision = new Float64Array(m + 1);
  const recall = new Float64Array(m + 1);
  const thresholds = new Float64Array(m);
  const warnings: string[] = [];
  if (sweep.positives === 0) warnings.push(noPositives("recall (set to 1 at every threshold)"));
  for (let j = 0; j < m; j++) {
    const i = m - 1 - j;
    const tp = sweep.truePositives[i];
    const flagged = tp + sweep.falsePositives[i];
    precision[j] = flagged !== 0 ? tp / flagged : 0;
    recall[j] = sweep.positives === 0 ? 1 : tp / sweep.positives;
    thresholds[j] = sweep.thresholds[i];
  }
  precision[m] = 1;
  recall[m] = 0;
  return { precision, recall, thresholds, warnings };
}
