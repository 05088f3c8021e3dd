import type { ScoreCounts } from "./ScoreCounts.js";

/**
 * The Brier score: the mean squared difference between score and label (0 is perfect; scikit-learn's
 * `brier_score_loss`). NaN with no rows.
 * @example brierScore(countScores([0.9, 0.2], [1, 0])) // 0.025
 */
export function brierScore(counts: ScoreCounts): number {
  let loss = 0;
  let n = 0;
  for (let i = 0; i < counts.scores.length; i++) {
    const s = counts.scores[i];
    loss += counts.positives[i] * (1 - s) * (1 - s) + counts.negatives[i] * s * s;
    n += counts.positives[i] + counts.negatives[i];
  }
  return n > 0 ? loss / n : NaN;
}
