import { formatEstimate } from "../format/formatEstimate.js";
import type { ModelThresholdReadout } from "../tuning/thresholdReadout.js";

/**
 * One table row per model of a threshold readout's stability check: the recommendation made on
 * the first half of the window, its expected precision, what the second half observed and whether
 * the targets held there (naming those that did not).
 * @example htmlTable(thresholdStabilityRows(readout.models))
 */
export function thresholdStabilityRows(
  models: readonly ModelThresholdReadout[],
): Record<string, string | number>[] {
  return models.map(({ model, stability: s }) => {
    const { expected, observed, holds, held } = s.check;
    const failed = Object.entries(held)
      .filter(([, ok]) => !ok)
      .map(([constraint]) => constraint);
    return {
      model,
      "tuned on": `before ${s.cut} (n ${s.first.n})`,
      threshold: s.recommendation.threshold,
      "expected precision": formatEstimate(expected.precision),
      "next: precision": `${formatEstimate(observed.precision)} (n ${s.second.n})`,
      "next: flags/day": observed.flagsPerDay.estimate.toFixed(1),
      holds: holds ? "yes" : `no (${failed.join(", ")})`,
    };
  });
}
