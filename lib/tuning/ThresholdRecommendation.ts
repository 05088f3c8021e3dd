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

/** The result of recommendThreshold. */
export interface ThresholdRecommendation {
  /** The recommended threshold (flag scores ≥ it); the closest one when no threshold is feasible. */
  threshold: number;
  /** Whether the threshold meets every constraint on the point estimates. */
  feasible: boolean;
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
  warnings: string[];
}
