import { countTotals, type ScoreCounts } from "./ScoreCounts.js";

/** One stratum of labelled listings: its score counts (rows, not weights) and what each row stands for. */
export interface LabelledStratum {
  /** e.g. "reviewed flags", "audit: new_overseas". */
  name: string;
  /** Unweighted counts of the labelled rows. */
  counts: ScoreCounts;
  /** Listings each labelled row represents (1 / inclusion probability; 1 when everything is labelled). */
  weight: number;
}

/**
 * Labelled listings as a stratified sample of the scored population: fully labelled data is one
 * stratum of weight 1; partial labels (reviews of flags, audits of unflagged listings) are several.
 * Bootstrap intervals resample within each stratum. `basis` says which labels the numbers rest on.
 */
export interface LabelledSample {
  strata: LabelledStratum[];
  basis: string;
}

/**
 * A fully labelled sample: every scored listing has a label (ground truth, or a test set).
 * @example labelledSample(countScores(scores, labels), "ground truth of 12,000 scored listings")
 */
export function labelledSample(counts: ScoreCounts, basis?: string): LabelledSample {
  const { positives, negatives } = countTotals(counts);
  const n = positives + negatives;
  return {
    strata: [{ name: "labelled", counts, weight: 1 }],
    basis:
      basis ??
      `${n.toLocaleString("en-US")} labelled listings (${positives.toLocaleString("en-US")} violations)`,
  };
}
