import type { LabelledSample } from "./LabelledSample.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** Whether `t` is a multiple of `step` (as the grid writes it: k · step to 10 decimals). */
export function onStepGrid(t: number, step: number): boolean {
  return Math.abs(Number((Math.round(t / step) * step).toFixed(10)) - t) < 1e-12;
}

/**
 * Score counts with every score moved down to the multiple of `step` at or below it, counts of a
 * cell added together. For thresholds that are multiples of `step` nothing changes — a score is
 * at or above k · step exactly when its folded score is — so a bootstrap over thresholds on that
 * grid resamples ~1/step cells instead of one per distinct score (10,000 for 4-decimal scores).
 * Resampling rows then folding and folding then resampling draw from the same multinomial.
 * @example foldScoreCounts(counts, 0.01).scores.length // ≤ 101
 */
export function foldScoreCounts(counts: ScoreCounts, step: number): ScoreCounts {
  const cells = new Map<number, [number, number]>();
  for (let i = 0; i < counts.scores.length; i++) {
    // The grid point written as the threshold grid writes it, so `score ≥ t` compares equal doubles.
    const k = Math.floor(counts.scores[i] / step + 1e-9);
    const key = Number((k * step).toFixed(10));
    const cell = cells.get(key) ?? [0, 0];
    cell[0] += counts.positives[i];
    cell[1] += counts.negatives[i];
    cells.set(key, cell);
  }
  const scores = [...cells.keys()].sort((a, b) => a - b);
  return {
    ...counts,
    scores: Float64Array.from(scores),
    positives: Float64Array.from(scores, (s) => cells.get(s)![0]),
    negatives: Float64Array.from(scores, (s) => cells.get(s)![1]),
  };
}

/** {@link foldScoreCounts} applied to every stratum of a labelled sample. */
export function foldSample(sample: LabelledSample, step: number): LabelledSample {
  return {
    ...sample,
    strata: sample.strata.map((s) => ({ ...s, counts: foldScoreCounts(s.counts, step) })),
  };
}
