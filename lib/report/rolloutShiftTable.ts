import { formatValue } from "../format/formatValue.js";
import type { Lang } from "../i18n/Lang.js";
import type { RolloutShift } from "../tuning/rolloutShift.js";
import { htmlTable } from "./htmlTable.js";

/**
 * A rollout's score shift as a one-row table: shadow listings, PSI and its verdict, KS and its
 * p-value, both versions' flag rates at the threshold and the new model's threshold that keeps the
 * old flag rate.
 * @example rolloutShiftTable(await rolloutShift(ds, readout, { threshold: 0.8 }), { lang: "en" })
 */
export function rolloutShiftTable(shift: RolloutShift, options: { lang?: Lang } = {}): string {
  const { before: old, after: model, shadowListings } = shift.rollout;
  const { drift, shift: s } = shift;
  const at = shift.threshold.toFixed(2);
  const row = {
    listings: shadowListings,
    PSI: drift.psi.toFixed(3),
    verdict: drift.verdict,
    KS: drift.ks.toFixed(3),
    "KS p-value": drift.ksPValue < 1e-4 ? "< 0.0001" : drift.ksPValue.toFixed(4),
    [`flag rate ${old} @${at}`]: formatValue(s.flagRateBefore, "percent"),
    [`flag rate ${model} @${at}`]: formatValue(s.flagRateAfter, "percent"),
    [`${model} threshold with ${old}'s flag rate`]: s.equivalentThreshold,
  };
  return htmlTable([row], {
    lang: options.lang,
    caption: `Same listings scored by ${old} and ${model} (shadow period). PSI over ${old}'s score deciles; KS = largest gap between the score CDFs.`,
  });
}
