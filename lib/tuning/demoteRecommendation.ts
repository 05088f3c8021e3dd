import type { RecommendationBacktest } from "./recommendationBacktest.js";
import type { ThresholdRecommendation } from "./ThresholdRecommendation.js";
import { formatPercent } from "../format/formatPercent.js";

const score = (t: number) => t.toFixed(2);

/**
 * The recommendation as it may be shown once checked on the next period: unchanged when the
 * check held; otherwise demoted (verdict "failed_next_period", `meetsTargets` false) with a
 * rationale that opens with what failed, so no report presents it as a decision.
 * @example demoteRecommendation(tuned, recommendationBacktest(tuned, october)).rationale // "Not confirmed on the next period: …"
 */
export function demoteRecommendation(
  recommendation: ThresholdRecommendation,
  check: RecommendationBacktest,
): ThresholdRecommendation {
  if (check.holds) return recommendation;
  const k = recommendation.constraints;
  const o = check.observed;
  const failed: string[] = [];
  if (check.held.minPrecision === false)
    failed.push(
      `precision ${formatPercent(o.precision.estimate, 0)} [${formatPercent(o.precision.lower, 0)}–${formatPercent(o.precision.upper, 0)}] < ${formatPercent(k.minPrecision, 0)}`,
    );
  if (check.held.minRecall === false)
    failed.push(
      `recall ${formatPercent(o.recall.estimate, 0)} [${formatPercent(o.recall.lower, 0)}–${formatPercent(o.recall.upper, 0)}] < ${formatPercent(k.minRecall, 0)}`,
    );
  if (check.held.capacity === false)
    failed.push(`${o.flagsPerDay.estimate.toFixed(1)} flags/day > ${k.capacity}`);
  return {
    ...recommendation,
    meetsTargets: false,
    verdict: "failed_next_period",
    rationale: `Not confirmed on the next period: at ${score(check.threshold)}, ${failed.join(", ")} (${check.basis}). Do not ship it as a decision; re-tune on recent labels. Original reasoning: ${recommendation.rationale}`,
  };
}
