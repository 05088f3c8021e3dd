import { countTotals } from "../metrics/ScoreCounts.js";
import type { SegmentScoreCounts } from "../metrics/scoreCountsBy.js";
import { recommendThreshold, type RecommendThresholdOptions } from "./recommendThreshold.js";
import type { ThresholdRecommendation } from "./ThresholdRecommendation.js";
import { mergeScoreCounts } from "../metrics/mergeScoreCounts.js";

/** One segment's recommendation, or why it falls back to the overall one. */
export interface SegmentRecommendation {
  key: Record<string, unknown>;
  /** Labelled violations in the segment. */
  positives: number;
  n: number;
  /** Fewer violations than minSupport: the overall recommendation applies. */
  fallback: boolean;
  recommendation: ThresholdRecommendation;
}

/** Options for {@link recommendThresholdBy}. */
export interface RecommendThresholdByOptions extends RecommendThresholdOptions {
  /** Fewest labelled violations a segment needs for its own threshold. Default 30. */
  minSupport?: number;
  /** Days per segment for flags/day: capacity is shared, so by default each segment gets the overall days. */
  days?: number;
}

/**
 * Recommends a threshold per segment (e.g. per category) from per-segment score counts; a segment
 * with fewer than `minSupport` labelled violations gets the overall recommendation (`fallback`).
 * A capacity applies per segment, so split the team's capacity across segments before calling.
 * @example recommendThresholdBy(scoreCountsBy(rows, { score: "score", label: "y", by: ["category"] }), { minPrecision: 0.8 })
 */
export function recommendThresholdBy(
  segments: readonly SegmentScoreCounts[],
  options: RecommendThresholdByOptions = {},
): SegmentRecommendation[] {
  const { minSupport = 30, ...rest } = options;
  let overall: ThresholdRecommendation | undefined;
  const all = () =>
    (overall ??= recommendThreshold(mergeScoreCounts(...segments.map((s) => s.counts)), rest));
  return segments.map(({ key, counts }) => {
    const { positives, negatives } = countTotals(counts);
    const fallback = positives < minSupport;
    return {
      key,
      positives,
      n: positives + negatives,
      fallback,
      recommendation: fallback ? all() : recommendThreshold(counts, rest),
    };
  });
}
