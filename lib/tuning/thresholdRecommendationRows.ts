import { formatEstimate } from "../format/formatEstimate.js";
import { formatValue } from "../format/formatValue.js";
import type { ModelThresholdReadout } from "./thresholdReadout.js";

const pct = (x: number) => formatValue(x, "percent");
const span = (e: { lower: number; upper: number }, digits: number) =>
  `${e.lower.toFixed(digits)}–${e.upper.toFixed(digits)}`;

/**
 * One table row per model of a threshold readout: labelled n, current and recommended threshold
 * (95% interval), verdict, expected precision and flags per day with their intervals, how likely
 * each target holds and the days over capacity — the threshold-tuning report's summary table.
 * @example htmlTable(thresholdRecommendationRows((await thresholdReadout(ds, options)).models))
 */
export function thresholdRecommendationRows(
  models: readonly ModelThresholdReadout[],
): Record<string, string | number>[] {
  return models.map(({ model, recommendation: r }) => ({
    model: model,
    n: r.labelled,
    current: r.current!.threshold,
    verdict: r.verdict.replaceAll("_", " "),
    "recommended [95% CI]": `${r.threshold.toFixed(2)} [${span(r.thresholdInterval, 2)}]`,
    "precision (rec.)": formatEstimate(r.expected.precision),
    "P(precision ≥ floor)": pct(r.expected.constraintProbability.minPrecision ?? NaN),
    "flags/day (rec.)": `${r.expected.flagsPerDay.estimate.toFixed(1)} [${span(r.expected.flagsPerDay, 1)}]`,
    "P(within capacity)": pct(r.expected.constraintProbability.capacity ?? NaN),
    "days over capacity": r.expected.daysOverCapacity ?? 0,
  }));
}
