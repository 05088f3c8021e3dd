import { periodStart } from "../time/periodStart.js";
import type { ThresholdRecommendation } from "../tuning/ThresholdRecommendation.js";
import type { RolloutShift } from "../tuning/rolloutShift.js";

/** Options for {@link rolloutFinding}. */
export interface RolloutFindingOptions {
  /** The dataset's time zone, for the day the new model went live; required. */
  zone: string;
  /** The new model's threshold recommendation, when the report made one: named as the re-tune. */
  retune?: ThresholdRecommendation;
}

/**
 * A rollout's finding in one Markdown paragraph: when the new model went live in place of which,
 * the calibration shift's summary, PSI and KS, and the recommendation that re-tunes for it.
 * @example rolloutFinding(shift, { zone: ds.definition.zone }) // "**Finding.** counterfeit_v4 went live on 2026-08-31 in place of …"
 */
export function rolloutFinding(shift: RolloutShift, options: RolloutFindingOptions): string {
  const { rollout, drift } = shift;
  const { retune, zone } = options;
  const live = periodStart(rollout.liveFrom, "day", { zone });
  const next = retune
    ? ` The recommendation above (${retune.threshold.toFixed(2)}) is the re-tune this shift calls for.`
    : "";
  return `**Finding.** ${rollout.after} went live on ${live} in place of ${rollout.before}. ${shift.shift.summary} PSI ${drift.psi.toFixed(2)} (${drift.verdict}), KS ${drift.ks.toFixed(3)}.${next}`;
}
