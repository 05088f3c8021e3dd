import type { ScoreCounts } from "./ScoreCounts.js";

/**
 * Cumulative counts at every distinct score, highest first: flagging scores ≥ thresholds[i]
 * catches truePositives[i] violations and raises falsePositives[i] false alarms (scikit-learn's
 * `_binary_clf_curve`). Scores with zero weight are skipped, as scikit-learn drops them.
 */
export interface ThresholdSweep {
  /** Distinct scores, descending. */
  thresholds: Float64Array;
  truePositives: Float64Array;
  falsePositives: Float64Array;
  /** All violations and non-violations (the last cumulative values). */
  positives: number;
  negatives: number;
}

/**
 * The cumulative confusion counts at every distinct score, from score counts, in one pass.
 * @example const { thresholds, truePositives } = thresholdSweep(countScores(scores, labels));
 */
export function thresholdSweep(counts: ScoreCounts): ThresholdSweep {
  const { scores, positives, negatives } = counts;
  let m = 0;
  for (let i = 0; i < scores.length; i++) if (positives[i] + negatives[i] > 0) m++;
  const thresholds = new Float64Array(m);
  const truePositives = new Float64Array(m);
  const falsePositives = new Float64Array(m);
  let tp = 0;
  let fp = 0;
  for (let i = scores.length - 1, j = 0; i >= 0; i--) {
    if (positives[i] + negatives[i] === 0) continue;
    tp += positives[i];
    fp += negatives[i];
    thresholds[j] = scores[i];
    truePositives[j] = tp;
    falsePositives[j++] = fp;
  }
  return { thresholds, truePositives, falsePositives, positives: tp, negatives: fp };
}
