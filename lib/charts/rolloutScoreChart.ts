import type { Lang } from "../i18n/Lang.js";
import type { RolloutShift } from "../tuning/rolloutShift.js";
import { scoreDistributionChart } from "./scoreDistributionChart.js";

/**
 * The new model's scores on the shadow listings of a rollout, violations and the rest in two
 * panels, with the threshold the shift was measured at.
 * @example rolloutScoreChart(await rolloutShift(ds, readout, { threshold: 0.8 }), { lang: "en" })
 */
export function rolloutScoreChart(shift: RolloutShift, options: { lang?: Lang } = {}): string {
  const { scores, positives, negatives } = shift.shadow;
  // One row per listing: the chart bins rows, and counts here are whole listings (no weights).
  const rows = [...scores].flatMap((score, i) => [
    ...Array.from({ length: positives[i] }, () => ({ score, label: true })),
    ...Array.from({ length: negatives[i] }, () => ({ score, label: false })),
  ]);
  return scoreDistributionChart(rows, {
    lang: options.lang,
    title: `${shift.rollout.after} scores on shadow listings, by label`,
    score: "score",
    label: "label",
    threshold: shift.threshold,
    layout: "facet",
  });
}
