import type { ShadowRecommendation, ShadowRuleReadout } from "./ShadowReadout.js";
import { formatPercent } from "../format/formatPercent.js";

/** The bars a shadow rule must clear to be promoted. */
export interface ShadowRecommendationOptions {
  /** Labeled hits needed before precision is judged. Default 20. */
  minLabeled?: number;
  /** The 95 % lower bound precision must reach to promote (its upper bound below it: retire). Default 0.6. */
  minPrecisionLow?: number;
}

const num = (x: number) => (Number.isInteger(x) ? String(x) : x.toFixed(1));

/**
 * Recommends promote, keep in shadow or retire for a shadow rule from its readout, each reason
 * a sentence that says only what the evidence shows (counts, labels known by the as-of day,
 * intervals). Retire: no hit, no hit the live rules miss, or precision whose 95 % upper bound is
 * under the bar. Keep in shadow: too few labels, an interval still reaching under the bar, no
 * labeled new catch yet, or a queue it would push over capacity. Otherwise promote.
 * @example shadowRecommendation(readout.rules[0], { minPrecisionLow: 0.7 }).decision; // "keep in shadow"
 */
export function shadowRecommendation(
  rule: Omit<ShadowRuleReadout, "recommendation">,
  options: ShadowRecommendationOptions & { asOf: string; days: number; datedLabels: boolean },
): ShadowRecommendation {
  const { minLabeled = 20, minPrecisionLow = 0.6, asOf, days, datedLabels } = options;
  const { known, queueLoad: q } = rule;
  const when = datedLabels ? `as of ${asOf}` : "by the label column";
  const p = known.precision;
  const precisionText = `precision ${formatPercent(p.estimate)} (95% ${formatPercent(p.lower)}–${formatPercent(p.upper)}, ${known.tp} violations of ${known.labeled} labeled hits, ${when})`;
  const overlap = rule.hits > 0 ? 1 - rule.newHits / rule.hits : 0;
  const top = [...rule.overlap].sort((a, b) => b.shared - a.shared)[0];
  const overlapText =
    rule.hits > 0
      ? `${formatPercent(overlap)} of its ${rule.hits} hits are already flagged by live rules${top && top.shared > 0 ? ` (most with ${top.rule}: ${top.shared})` : ""}, so it adds ${rule.newHits}`
      : "";
  const queueText = Number.isFinite(q.capacity)
    ? `it would add ${num(q.extraPerDay)} flags a day (peak ${q.peakExtra}) to queue ${q.queue}, which takes in ${num(q.loadPerDay)} a day against a capacity of ${num(q.capacity)} (${q.capacitySource})`
    : `it would add ${num(q.extraPerDay)} flags a day (peak ${q.peakExtra}) to queue ${q.queue}, whose capacity is not known: check it can take them`;
  const out = (decision: ShadowRecommendation["decision"], ...reasons: string[]) => ({
    decision,
    reasons: reasons.filter(Boolean),
  });

  if (rule.hits === 0) return out("retire", `It hit no listing in the ${days} days of the window.`);
  if (rule.newHits === 0)
    return out(
      "retire",
      `Every one of its ${rule.hits} hits is already flagged by a live rule${top ? ` (most with ${top.rule})` : ""}: promoting it adds no listing to review.`,
    );
  if (known.labeled >= minLabeled && p.upper < minPrecisionLow)
    return out(
      "retire",
      `Its ${precisionText}: even the upper bound is under the bar of ${formatPercent(minPrecisionLow)}.`,
      `${overlapText}.`,
    );
  const wait: string[] = [];
  if (known.labeled < minLabeled)
    wait.push(
      `Only ${known.labeled} of its ${rule.hits} hits have a label ${when} (${minLabeled} needed to judge precision); ${known.tp} of them are violations.`,
    );
  else if (p.lower < minPrecisionLow)
    wait.push(
      `Its ${precisionText}: the interval still reaches under the bar of ${formatPercent(minPrecisionLow)}; more labels will tell.`,
    );
  if (known.newlyCaught === 0)
    wait.push(
      `None of its ${rule.newHits} new hits (${known.newLabeled} labeled) is a labeled violation yet: no catch the live rules miss is shown.`,
    );
  if (q.fits === false)
    wait.push(
      `${queueText[0].toUpperCase()}${queueText.slice(1)}: over capacity by ${num(-q.headroom)} a day; narrow the rule or add reviewers first.`,
    );
  if (wait.length) return out("keep in shadow", ...wait, overlapText ? `${overlapText}.` : "");
  return out(
    "promote",
    `Its ${precisionText} clears the bar of ${formatPercent(minPrecisionLow)}.`,
    `${known.newlyCaught} of its ${rule.newHits} new hits are labeled violations the live rules miss (${known.newlyFlaggedClean} labeled non-violations, ${rule.newHits - known.newLabeled} not labeled yet).`,
    `${overlapText}.`,
    `${queueText[0].toUpperCase()}${queueText.slice(1)}.`,
  );
}
