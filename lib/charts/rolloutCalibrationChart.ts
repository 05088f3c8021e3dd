import type { Lang } from "../i18n/Lang.js";
import { brierScore } from "../metrics/brierScore.js";
import { reliabilityTable } from "../metrics/reliabilityTable.js";
import type { RolloutShift } from "../tuning/rolloutShift.js";
import { calibrationChart } from "./calibrationChart.js";

/**
 * Calibration before and after a model rollout: the observed violation rate by score decile of the
 * retired model on the shadow listings and of the new model on all its scores since, with 95%
 * Wilson intervals and both Brier scores in the caption.
 * @example rolloutCalibrationChart(await rolloutShift(ds, readout, { threshold: 0.8 }), { lang: "en" })
 */
export function rolloutCalibrationChart(
  shift: RolloutShift,
  options: { lang?: Lang } = {},
): string {
  const { before: old, after: model, shadowListings } = shift.rollout;
  return calibrationChart(
    [
      ...reliabilityTable(shift.before, { bins: 10 }).map((b) => ({ ...b, series: old })),
      ...reliabilityTable(shift.after, { bins: 10 }).map((b) => ({ ...b, series: model })),
    ],
    {
      lang: options.lang,
      title: "Calibration: observed violation rate by score",
      caption: `${old}: shadow listings (n ${shadowListings}); ${model}: all its scores since the rollout (n ${shift.afterN.toLocaleString("en-US")}). Brier score ${old} ${brierScore(shift.before).toFixed(4)}, ${model} ${brierScore(shift.after).toFixed(4)}. Bars: 95% Wilson intervals.`,
    },
  );
}
