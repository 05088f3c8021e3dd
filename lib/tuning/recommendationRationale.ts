import type { ThresholdRecommendation } from "./ThresholdRecommendation.js";
import { formatPercent } from "../format/formatPercent.js";
import { MISSING } from "../format/missing.js";

const range = (e: { lower: number; upper: number }) =>
  `[${formatPercent(e.lower, 0)}–${formatPercent(e.upper, 0)}]`;
const num = (x: number) =>
  Number.isNaN(x) ? MISSING : x >= 10 ? Math.round(x).toLocaleString("en-US") : x.toFixed(1);
const score = (t: number) =>
  Math.abs(t * 100 - Math.round(t * 100)) < 1e-9 ? t.toFixed(2) : String(Number(t.toFixed(4)));

const OBJECTIVES: Record<string, string> = {
  f1: "the highest F1",
  fbeta: "the highest Fβ",
  recall: "the highest recall",
  precision: "the highest precision",
  cost: "the lowest expected cost",
  custom: "the best value of the custom objective",
};

/** Options for {@link recommendationRationale}. */
export interface RationaleOptions {
  /**
   * Start with the action and its expected effect. Default true; a card whose impact line already
   * gives the effect leaves it out, so the reader does not read the same figures twice.
   */
  effect?: boolean;
}

/**
 * The plain-language rationale of a recommendation: the action (raise/lower/keep), the expected
 * effect with intervals, whether each constraint holds and how likely, and the labels behind it.
 * @example recommendationRationale(recommendation) // "Raise the threshold from 0.80 to 0.88: …"
 */
export function recommendationRationale(
  r: Omit<ThresholdRecommendation, "rationale">,
  options: RationaleOptions = {},
): string {
  const e = r.expected;
  const c = r.current;
  const parts: string[] = [];
  const verb = !c
    ? "Set"
    : r.threshold > c.threshold
      ? "Raise"
      : r.threshold < c.threshold
        ? "Lower"
        : "Keep";
  // Only a recommendation that meets its targets is worded as an instruction.
  const action =
    r.verdict !== "meets_targets" && c && verb !== "Keep"
      ? `The estimate favours ${score(r.threshold)} over ${score(c.threshold)}`
      : c && verb !== "Keep"
        ? `${verb} the threshold from ${score(c.threshold)} to ${score(r.threshold)}`
        : `${verb} the threshold at ${score(r.threshold)}`;
  const effect = [
    `precision ${c ? `${formatPercent(c.precision.estimate, 0)} → ` : ""}${formatPercent(e.precision.estimate, 0)} ${range(e.precision)}`,
    `recall ${c ? `${formatPercent(c.recall.estimate, 0)} → ` : ""}${formatPercent(e.recall.estimate, 0)} ${range(e.recall)}`,
  ];
  if (!Number.isNaN(e.flagsPerDay.estimate)) {
    const delta = c ? e.flagsPerDay.estimate - c.flagsPerDay.estimate : NaN;
    effect.push(
      `${num(e.flagsPerDay.estimate)} flags/day [${num(e.flagsPerDay.lower)}–${num(e.flagsPerDay.upper)}]` +
        (c ? ` (${delta >= 0 ? "+" : "−"}${num(Math.abs(delta))}/day)` : ""),
    );
  }
  if (options.effect ?? true) parts.push(`${action}: ${effect.join(", ")}.`);
  const held: string[] = [];
  const k = r.constraints;
  const probability = e.constraintProbability;
  if (k.minPrecision !== undefined)
    held.push(
      `precision ≥ ${formatPercent(k.minPrecision, 0)} (holds in ${formatPercent(probability.minPrecision ?? NaN, 0)} of bootstrap replicates)`,
    );
  if (k.minRecall !== undefined)
    held.push(
      `recall ≥ ${formatPercent(k.minRecall, 0)} (holds in ${formatPercent(probability.minRecall ?? NaN, 0)})`,
    );
  if (k.capacity !== undefined)
    held.push(
      `at most ${num(k.capacity)} flags/day (holds in ${formatPercent(probability.capacity ?? NaN, 0)}` +
        (e.daysOverCapacity !== undefined
          ? `; ${e.daysOverCapacity} days of the volume series would exceed it`
          : "") +
        ")",
    );
  const objective = OBJECTIVES[r.objective] ?? r.objective;
  if (r.feasible && r.verdict === "not_enough_evidence")
    parts.push(
      `Not enough evidence that it meets the targets: ${held.join(", ")}, short of the ${formatPercent(r.confidence, 0)} required.${
        r.labelsNeeded !== undefined
          ? ` About ${r.labelsNeeded.toLocaleString("en-US")} more labelled listings (now ${r.labelled.toLocaleString("en-US")}) would settle it if the estimates hold.`
          : " The estimate sits too close to a target for more labels alone to settle it."
      }`,
    );
  else if (r.feasible)
    parts.push(
      held.length
        ? `It gives ${objective} among thresholds with ${held.join(", ")}.`
        : `It gives ${objective}.`,
    );
  else
    parts.push(
      `No threshold meets every constraint (${held.join(", ")}); this is the closest one. Relax a target, add review capacity or improve the model.`,
    );
  parts.push(
    `The threshold itself is uncertain: ${score(r.thresholdInterval.lower)}–${score(r.thresholdInterval.upper)} (${formatPercent(r.level, 0)} bootstrap).`,
  );
  parts.push(`Based on ${r.basis}.`);
  return parts.join(" ");
}
