import type { ScoreHistogram } from "./ScoreHistogram.js";

/** Options for {@link populationStabilityIndex}. */
export interface PopulationStabilityIndexOptions {
  /** Groups: fine bins are merged into this many groups of about equal reference mass. Default 10. */
  groups?: number;
  /** Added to every group's share so an empty group does not give an infinite term. Default 0.0001. */
  epsilon?: number;
}

// Working arrays, reused: a monitor computes an index per model family for every window it closes.
let groupOfScratch = new Int32Array(100);
let refScratch = new Float64Array(10);
let curScratch = new Float64Array(10);

/**
 * The population stability index of a current score histogram against a reference:
 * Σ (cur − ref) · ln(cur / ref) over groups of bins cut at the reference's deciles. Below 0.1 is
 * usually read as stable, 0.1–0.25 as a moderate shift, above 0.25 as a major one. NaN when
 * either histogram is empty.
 * @example populationStabilityIndex(lastWeek, lastDay) // 0.31
 */
export function populationStabilityIndex(
  reference: ScoreHistogram,
  current: ScoreHistogram,
  options: PopulationStabilityIndexOptions = {},
): number {
  const { groups = 10, epsilon = 1e-4 } = options;
  if (reference.count === 0 || current.count === 0) return NaN;
  const bins = reference.counts.length;
  // Cut the fine bins where the reference's cumulative share passes k / groups.
  if (groupOfScratch.length < bins) groupOfScratch = new Int32Array(bins);
  const groupOf = groupOfScratch;
  let cumulative = 0;
  let group = 0;
  for (let i = 0; i < bins; i++) {
    groupOf[i] = group;
    cumulative += reference.counts[i];
    while (group < groups - 1 && cumulative / reference.count >= (group + 1) / groups) group++;
  }
  if (refScratch.length < groups) {
    refScratch = new Float64Array(groups);
    curScratch = new Float64Array(groups);
  }
  const ref = refScratch.fill(0, 0, groups);
  const cur = curScratch.fill(0, 0, groups);
  for (let i = 0; i < bins; i++) {
    ref[groupOf[i]] += reference.counts[i] / reference.count;
    cur[groupOf[i]] += current.counts[i] / current.count;
  }
  let psi = 0;
  for (let g = 0; g <= groupOf[bins - 1]; g++) {
    const r = ref[g] + epsilon;
    const c = cur[g] + epsilon;
    psi += (c - r) * Math.log(c / r);
  }
  return psi;
}
