/**
 * The sufficient statistics of every detection metric: at each distinct score, how many
 * violations (positives) and non-violations (negatives) have it. Counts may be weights (e.g.
 * 1 / inclusion probability for audited listings). Mergeable by adding counts at equal scores,
 * so segments and periods can be counted apart (in process, in DuckDB, in a warehouse) and
 * combined.
 */
export interface ScoreCounts {
  /** Distinct scores, ascending. */
  scores: Float64Array;
  /** Violations (count or weight) at each score. */
  positives: Float64Array;
  /** Non-violations (count or weight) at each score. */
  negatives: Float64Array;
  /** Steps per unit the scores were rounded to (10000 = 4 decimals), or "exact" when no score was rounded. */
  resolution: number | "exact";
  /** Rows whose score moved when rounded to the resolution; 0 when exact. */
  rounded: number;
}

/** Total positives and negatives of score counts. */
export function countTotals(counts: ScoreCounts): { positives: number; negatives: number } {
  let positives = 0;
  let negatives = 0;
  for (let i = 0; i < counts.scores.length; i++) {
    positives += counts.positives[i];
    negatives += counts.negatives[i];
  }
  return { positives, negatives };
}
