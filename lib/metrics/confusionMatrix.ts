import { badThreshold } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** Counts at one threshold: a listing is flagged when its score is ≥ the threshold. */
export interface ConfusionMatrix {
  threshold: number;
  /** Flagged violations. */
  truePositives: number;
  /** Flagged non-violations. */
  falsePositives: number;
  /** Unflagged non-violations. */
  trueNegatives: number;
  /** Unflagged (missed) violations. */
  falseNegatives: number;
}

/**
 * The confusion matrix of flagging every score ≥ threshold (counts, or weights when the score
 * counts are weighted).
 * @example confusionMatrix(countScores(scores, labels), 0.8) // { truePositives: 42, falsePositives: 9, ... }
 */
export function confusionMatrix(counts: ScoreCounts, threshold: number): ConfusionMatrix {
  if (!(threshold >= 0 && threshold <= 1)) throw new MetricsError(badThreshold(threshold));
  const m = { threshold, truePositives: 0, falsePositives: 0, trueNegatives: 0, falseNegatives: 0 };
  for (let i = 0; i < counts.scores.length; i++) {
    if (counts.scores[i] >= threshold) {
      m.truePositives += counts.positives[i];
      m.falsePositives += counts.negatives[i];
    } else {
      m.falseNegatives += counts.positives[i];
      m.trueNegatives += counts.negatives[i];
    }
  }
  return m;
}
