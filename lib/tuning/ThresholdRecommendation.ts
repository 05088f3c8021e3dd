import type { ConstraintName, ThresholdConstraints } from "./chooseThreshold.js";
import type { ThresholdPoint } from "./thresholdPoints.js";

/** A point estimate with its bootstrap interval. */
export interface Estimate {
  estimate: number;
  lower: number;
  upper: number;
}

/** What a threshold is expected to give, with intervals. */
export interface ThresholdOutlook {
  threshold: number;
  precision: Estimate;
  recall: Estimate;
  /** NaN without days. */
  flagsPerDay: Estimate;
  fbeta: number;
  /** Per day when days is known. */
  cost: number;
  /** With dailyVolume and capacity: days whose expected flags would exceed the capacity. */
  daysOverCapacity?: number;
  /** Share of bootstrap replicates in which each given constraint holds at this threshold. */
  constraintProbability: Partial<Record<ConstraintName, number>>;
}

/**
 * What a recommendation may be presented as: "meets_targets" (every constraint holds with the
 * required confidence), "not_enough_evidence" (it holds on the estimate, not confidently),
 * "no_threshold_meets" (the closest threshold), "failed_next_period" (demoted by a backtest).
 */
export type ThresholdVerdictName =
  "meets_targets" | "not_enough_evidence" | "no_threshold_meets" | "failed_next_period";

/** The result of recommendThreshold. */
export interface ThresholdRecommendation {
  /** The recommended threshold (flag scores ≥ it); the closest one when no threshold is feasible. */
  threshold: number;
  /** Whether the threshold meets every constraint on the point estimates. */
  feasible: boolean;
  /** P(constraint holds) every constraint needs before the threshold is said to meet it. */
  confidence: number;
  /** Whether it may be presented as meeting the targets: only when verdict is "meets_targets". */
  meetsTargets: boolean;
  verdict: ThresholdVerdictName;
  /**
   * With "not_enough_evidence": about how many more labelled listings (of the same mix) would
   * make the least certain constraint hold with the required confidence, if the estimates stay.
   */
  labelsNeeded?: number;
  /** Labelled listings the numbers rest on. */
  labelled: number;
  /** The objective maximised (cost minimised). */
  objective: string;
  constraints: ThresholdConstraints;
  expected: ThresholdOutlook;
  /** The same numbers at the current threshold, when one was given. */
  current?: ThresholdOutlook;
  /** Bootstrap interval of the recommended threshold itself (re-optimised on each replicate). */
  thresholdInterval: Estimate;
  /** Plain-language rationale a manager can act on. */
  rationale: string;
  /** Which labels the numbers rest on. */
  basis: string;
  /** Every candidate threshold (for charts), highest first. */
  points: ThresholdPoint[];
  level: number;
  replicates: number;
  seed: number;
  /** The grid thresholds were chosen on (multiples of it); undefined: every distinct score. */
  step?: number;
  warnings: string[];
}
