import { noNegatives, noPositives } from "./messages.js";
import type { ScoreCounts } from "./ScoreCounts.js";
import { thresholdSweep } from "./thresholdSweep.js";

/** An ROC curve in scikit-learn's order: thresholds descending from an added (0, 0) point. */
export interface RocCurve {
  fpr: Float64Array;
  tpr: Float64Array;
  /** The highest score + 1 (the (0, 0) point), then every distinct score, descending. */
  thresholds: Float64Array;
  warnings: string[];
}

/**
 * The ROC curve with scikit-learn's definitions (`roc_curve(..., drop_intermediate=False)`):
 * every distinct score, after a first point at the highest score + 1 where nothing is flagged;
 * fpr (tpr) is NaN, with a warning, when there are no non-violations (violations).
 * @example const { fpr, tpr } = rocCurve(countScores(scores, labels));
 */
export function rocCurve(counts: ScoreCounts): RocCurve {
  const sweep = thresholdSweep(counts);
  const m = sweep.thresholds.length;
  const fpr = new Float64Array(m + 1);
  const tpr = new Float64Array(m + 1);
  const thresholds = new Float64Array(m + 1);
  const warnings: string[] = [];
  if (sweep.negatives <= 0) warnings.push(noNegatives("the false positive rate"));
  if (sweep.positives <= 0) warnings.push(noPositives("the true positive rate (recall)"));
  thresholds[0] = m > 0 ? sweep.thresholds[0] + 1 : 1;
  for (let j = 0; j <= m; j++) {
    if (j > 0) thresholds[j] = sweep.thresholds[j - 1];
    const fp = j > 0 ? sweep.falsePositives[j - 1] : 0;
    const tp = j > 0 ? sweep.truePositives[j - 1] : 0;
    fpr[j] = sweep.negatives > 0 ? fp / sweep.negatives : NaN;
    tpr[j] = sweep.positives > 0 ? tp / sweep.positives : NaN;
  }
  return { fpr, tpr, thresholds, warnings };
}
