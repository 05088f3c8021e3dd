import { labelledSample, type LabelledSample } from "../metrics/LabelledSample.js";
import type { ScoreCounts } from "../metrics/ScoreCounts.js";
import type { ConstraintName } from "./chooseThreshold.js";
import { recommendThreshold } from "./recommendThreshold.js";
import type { ThresholdOutlook, ThresholdRecommendation } from "./ThresholdRecommendation.js";

/** How a recommendation made on one period fares on the next. */
export interface RecommendationBacktest {
  threshold: number;
  /** Expected on the period it was made on. */
  expected: ThresholdOutlook;
  /** Measured on the next period, with intervals. */
  observed: ThresholdOutlook;
  /** Whether each constraint held on the next period's point estimate. */
  held: Partial<Record<ConstraintName, boolean>>;
  /** True when every constraint held. */
  holds: boolean;
  basis: string;
}

/** Options for {@link recommendationBacktest}. */
export interface RecommendationBacktestOptions {
  /** Days the next period covers, for flags per day (needed when a capacity was set). */
  days?: number;
  seed?: number;
  replicates?: number;
}

/**
 * Checks a recommendation on the next period: precision, recall and flags per day at the
 * recommended threshold there, with intervals, and whether each constraint still holds.
 * @example recommendationBacktest(recommendThreshold(august, opts), september, { days: 30 }).holds
 */
export function recommendationBacktest(
  recommendation: ThresholdRecommendation,
  next: ScoreCounts | LabelledSample,
  options: RecommendationBacktestOptions = {},
): RecommendationBacktest {
  const k = recommendation.constraints;
  const check = recommendThreshold("strata" in next ? next : labelledSample(next), {
    ...k,
    days: options.days ?? (k.capacity !== undefined ? NaN : undefined),
    current: recommendation.threshold,
    replicates: options.replicates ?? recommendation.replicates,
    seed: options.seed ?? recommendation.seed,
    level: recommendation.level,
    step: recommendation.step,
  });
  const observed = check.current!;
  const held: Partial<Record<ConstraintName, boolean>> = {};
  if (k.minPrecision !== undefined)
    held.minPrecision = observed.precision.estimate >= k.minPrecision;
  if (k.minRecall !== undefined) held.minRecall = observed.recall.estimate >= k.minRecall;
  if (k.capacity !== undefined) held.capacity = observed.flagsPerDay.estimate <= k.capacity;
  return {
    threshold: recommendation.threshold,
    expected: recommendation.expected,
    observed,
    held,
    holds: Object.values(held).every(Boolean),
    basis: check.basis,
  };
}
