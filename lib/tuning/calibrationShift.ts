import { confusionMatrix } from "../metrics/confusionMatrix.js";
import { detectionRates } from "../metrics/detectionRates.js";
import { countTotals, type ScoreCounts } from "../metrics/ScoreCounts.js";
import { thresholdSweep } from "../metrics/thresholdSweep.js";
import { formatPercent } from "../format/formatPercent.js";

/** What a shift in score calibration does to a fixed threshold. */
export interface CalibrationShift {
  threshold: number;
  /** Share of listings flagged at the threshold, before and after. */
  flagRateBefore: number;
  flagRateAfter: number;
  /** Precision and recall at the threshold before and after (NaN when a side has no labels of a kind). */
  precisionBefore: number;
  precisionAfter: number;
  recallBefore: number;
  recallAfter: number;
  /** The threshold on the new scores that flags the same share as the old threshold did. */
  equivalentThreshold: number;
  /** One sentence for a report. */
  summary: string;
}

/**
 * Compares a fixed threshold on old and new scores of the same kind of listings (e.g. v3 and v4
 * on shadow traffic): flag rate, precision and recall move, and the threshold that restores the
 * old flag rate (quantile matching).
 * @example calibrationShift(v3Counts, v4Counts, 0.8).equivalentThreshold // 0.87
 */
export function calibrationShift(
  before: ScoreCounts,
  after: ScoreCounts,
  threshold: number,
): CalibrationShift {
  const rates = (c: ScoreCounts) => detectionRates(confusionMatrix(c, threshold));
  const b = rates(before);
  const a = rates(after);
  const sweep = thresholdSweep(after);
  const { positives, negatives } = countTotals(after);
  const n = positives + negatives;
  // The lowest new threshold flagging no more than the old share.
  let equivalent = sweep.thresholds.length ? sweep.thresholds[0] : NaN;
  for (let i = 0; i < sweep.thresholds.length; i++) {
    if ((sweep.truePositives[i] + sweep.falsePositives[i]) / n > b.flagRate + 1e-12) break;
    equivalent = sweep.thresholds[i];
  }
  return {
    threshold,
    flagRateBefore: b.flagRate,
    flagRateAfter: a.flagRate,
    precisionBefore: b.precision,
    precisionAfter: a.precision,
    recallBefore: b.recall,
    recallAfter: a.recall,
    equivalentThreshold: equivalent,
    summary: `At ${threshold} the new scores flag ${formatPercent(a.flagRate)} of listings instead of ${formatPercent(b.flagRate)} (×${(a.flagRate / b.flagRate).toFixed(2)}); a threshold of ${equivalent} on the new scores flags the old share.`,
  };
}
