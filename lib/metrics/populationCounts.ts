import type { LabelledSample } from "./LabelledSample.js";
import { mergeScoreCounts } from "./mergeScoreCounts.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/**
 * The score counts a labelled sample estimates for the whole population: each stratum's counts
 * times its weight (the Horvitz–Thompson estimate), merged.
 * @example confusionMatrix(populationCounts(sample), 0.8)
 */
export function populationCounts(sample: LabelledSample): ScoreCounts {
  const scaled = sample.strata.map((s) =>
    s.weight === 1
      ? s.counts
      : {
          ...s.counts,
          positives: s.counts.positives.map((c) => c * s.weight),
          negatives: s.counts.negatives.map((c) => c * s.weight),
        },
  );
  return scaled.length === 1 ? scaled[0] : mergeScoreCounts(...scaled);
}
