import { formatEstimate } from "../format/formatEstimate.js";
import { formatValue } from "../format/formatValue.js";
import type { SegmentRecommendation } from "../tuning/recommendThresholdBy.js";

/**
 * One table row per segment of a per-segment recommendation: the segment's key columns, its n and
 * violations, its threshold ("(overall)" when it had too few violations for its own), expected
 * precision and recall with 95% intervals, and the precision at the current threshold.
 * @example htmlTable(segmentRecommendationRows(recommendThresholdBy(groups, { minPrecision: 0.8, current: 0.8 })))
 */
export function segmentRecommendationRows(
  segments: readonly SegmentRecommendation[],
): Record<string, string | number>[] {
  return segments.map((s) => {
    const r = s.recommendation;
    const current = r.current
      ? {
          [`at ${r.current.threshold.toFixed(2)}: precision`]: formatValue(
            r.current.precision.estimate,
            "percent",
          ),
        }
      : {};
    return {
      ...Object.fromEntries(Object.entries(s.key).map(([k, v]) => [k, String(v)])),
      n: s.n,
      violations: s.positives,
      threshold: s.fallback ? `${r.threshold} (overall)` : r.threshold,
      precision: formatEstimate(r.expected.precision),
      recall: formatEstimate(r.expected.recall),
      ...current,
    };
  });
}
