import type { ScoreCounts } from "../metrics/ScoreCounts.js";
import { thresholdSweep } from "../metrics/thresholdSweep.js";

/** What flagging every score ≥ threshold gives, in population-weighted counts. */
export interface ThresholdPoint {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Flagged listings (true + false positives). */
  flagged: number;
  /** NaN when nothing is flagged. */
  precision: number;
  recall: number;
  /** Fβ (β from the options; F1 by default). */
  fbeta: number;
  /** Flags per day: flagged / days (NaN without days). */
  flagsPerDay: number;
  /** costFalsePositive × FP + costFalseNegative × FN, per day when days is known. */
  cost: number;
}

/** Options for {@link thresholdPoints}. */
export interface ThresholdPointsOptions {
  /** β of Fβ. Default 1. */
  beta?: number;
  /** Days the scores cover, for flags per day. Default: none (NaN). */
  days?: number;
  /** Cost of one false positive (a wasted review, a wrongly blocked listing). Default 1. */
  costFalsePositive?: number;
  /** Cost of one false negative (a missed violation). Default 1. */
  costFalseNegative?: number;
}

/**
 * One point per distinct score, highest threshold first: counts, precision, recall, Fβ, flags
 * per day and cost — the table every threshold objective is read from.
 * @example thresholdPoints(populationCounts(sample), { days: 30 })
 */
export function thresholdPoints(
  counts: ScoreCounts,
  options: ThresholdPointsOptions = {},
): ThresholdPoint[] {
  const { beta = 1, days, costFalsePositive = 1, costFalseNegative = 1 } = options;
  const sweep = thresholdSweep(counts);
  const b2 = beta * beta;
  const perDay = days ? 1 / days : 1;
  return Array.from(sweep.thresholds, (threshold, i) => {
    const tp = sweep.truePositives[i];
    const fp = sweep.falsePositives[i];
    const fn = sweep.positives - tp;
    return {
      threshold,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      flagged: tp + fp,
      precision: tp + fp > 0 ? tp / (tp + fp) : NaN,
      recall: sweep.positives > 0 ? tp / sweep.positives : NaN,
      fbeta: tp > 0 ? ((1 + b2) * tp) / ((1 + b2) * tp + b2 * fn + fp) : 0,
      flagsPerDay: days ? (tp + fp) / days : NaN,
      cost: (costFalsePositive * fp + costFalseNegative * fn) * perDay,
    };
  });
}
