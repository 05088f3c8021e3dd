import type { Segment } from "./Segment.js";

/**
 * One ranked cause of a KPI change, with its evidence. For a ratio KPI `baseline`/`current` are
 * the segment's rates; for an additive KPI its (scaled) baseline and current sums.
 */
export interface RcaCause {
  segment: Segment;
  /** The method's ranking score (higher is a better cause). */
  score: number;
  baseline: number | null;
  current: number | null;
  /** Change of the overall KPI if only this segment had moved (Adtributor's counterfactual). */
  contribution: number;
  /** `contribution` as a share of the overall change (1 = explains it all). */
  explanatoryPower: number;
  /** Jensen–Shannon surprise of the segment's share (sum over numerator and denominator for ratios). */
  surprise: number;
  /** Ratio: current − baseline rate. Additive: (current − baseline) / baseline; null when undefined. */
  effectSize: number | null;
  /** Ratio: two-proportion z statistic when both rates are proportions; null otherwise. */
  zScore: number | null;
  /** Rows in the segment in each period. */
  support: { baseline: number; current: number };
  /** Ratio KPIs: raw numerator and denominator sums. */
  counts?: {
    baseline: { numerator: number; denominator: number };
    current: { numerator: number; denominator: number };
  };
  /** Ratio KPIs: this segment's rate, mix and interaction effects (they sum to its share of the change). */
  rateEffect?: number;
  mixEffect?: number;
  interactionEffect?: number;
}
