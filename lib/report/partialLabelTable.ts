import { formatEstimate } from "../format/formatEstimate.js";
import type { Lang } from "../i18n/Lang.js";
import type { ThresholdEstimate } from "../metrics/thresholdEstimate.js";
import type { PartialLabelComparison } from "../tuning/partialLabelComparison.js";
import { htmlTable } from "./htmlTable.js";

const row = (labels: string, e: ThresholdEstimate) => ({
  labels,
  precision: formatEstimate(e.precision),
  recall: formatEstimate(e.recall),
  "rests on": e.basis,
});

/**
 * The partial-label check as a table: precision and recall with 95% intervals from reviews plus
 * audits (inverse-probability weighted), then from the ground truth, and what each rests on.
 * @example partialLabelTable(await partialLabelComparison(ds, readout.models[0]), { lang: "en" })
 */
export function partialLabelTable(
  comparison: PartialLabelComparison,
  options: { lang?: Lang } = {},
): string {
  const { model, threshold, estimated, truth } = comparison;
  return htmlTable([row("reviews + audits (IPW)", estimated), row("ground truth", truth)], {
    lang: options.lang,
    caption: `${model} at its current threshold ${threshold.toFixed(2)}, violations of any policy. 95% intervals: seeded bootstrap within strata (reviews; each audit stratum).`,
  });
}
