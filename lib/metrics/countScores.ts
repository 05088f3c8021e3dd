import { MetricsError } from "./MetricsError.js";
import { badLabel, badResolution, badScore, badWeight, lengthMismatch } from "./messages.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** Options for {@link countScores}. */
export interface CountScoresOptions {
  /**
   * Steps per unit to round scores to (10000 = 4 decimals), or "exact" to keep every distinct
   * score. Default "exact" (scores already on a 10⁴ or 10⁶ grid are counted in one pass, others sorted).
   */
  resolution?: number | "exact";
  /** A weight per row (e.g. 1 / inclusion probability). Default: 1 for every row. */
  weights?: ArrayLike<number>;
  /** Column names for messages. Default "score" and "label". */
  scoreColumn?: string;
  labelColumn?: string;
}

const GRIDS = [1e4, 1e6];

/**
 * Counts violations and non-violations at each distinct score, from parallel arrays (typed arrays
 * are fastest). Scores must be numbers in [0, 1]; labels 0/1 or booleans; anything else throws a
 * {@link MetricsError} naming the row.
 * @example countScores(new Float64Array([0.2, 0.9, 0.9]), new Uint8Array([0, 1, 0]))
 */
export function countScores(
  scores: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
  options: CountScoresOptions = {},
): ScoreCounts {
  const { resolution = "exact", weights } = options;
  const scoreColumn = options.scoreColumn ?? "score";
  const labelColumn = options.labelColumn ?? "label";
  const n = scores.length;
  if (labels.length !== n || (weights && weights.length !== n))
    throw new MetricsError(lengthMismatch(n, weights ? weights.length : labels.length));
  if (resolution !== "exact" && !(Number.isInteger(resolution) && resolution >= 1))
    throw new MetricsError(badResolution(resolution));
  for (let i = 0; i < n; i++) {
    const s = scores[i];
    if (!(s >= 0 && s <= 1)) throw new MetricsError(badScore(i + 1, scoreColumn, s));
    const y = labels[i];
    if (y !== 0 && y !== 1 && y !== true && y !== false)
      throw new MetricsError(badLabel(i + 1, labelColumn, y));
    if (weights && !(weights[i] >= 0 && Number.isFinite(weights[i])))
      throw new MetricsError(badWeight(i + 1, weights[i]));
  }
  if (resolution !== "exact") return gridCounts(scores, labels, weights, resolution, false)!;
  for (const grid of GRIDS) {
    const counts = gridCounts(scores, labels, weights, grid, true);
    if (counts) return { ...counts, resolution: "exact" };
  }
  return sortedCounts(scores, labels, weights);
}

// One pass into resolution + 1 bins; with `strict`, gives up (null) at the first score off the
// grid. k / resolution is the double nearest to the decimal, so on-grid scores come back exactly.
function gridCounts(
  scores: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
  weights: ArrayLike<number> | undefined,
  resolution: number,
  strict: boolean,
): ScoreCounts | null {
  const pos = new Float64Array(resolution + 1);
  const neg = new Float64Array(resolution + 1);
  let rounded = 0;
  for (let i = 0; i < scores.length; i++) {
    const k = Math.round(scores[i] * resolution);
    if (k / resolution !== scores[i]) {
      if (strict) return null;
      rounded++;
    }
    const w = weights ? weights[i] : 1;
    if (labels[i] === 1 || labels[i] === true) pos[k] += w;
    else neg[k] += w;
  }
  let bins = 0;
  for (let k = 0; k <= resolution; k++) if (pos[k] + neg[k] > 0) bins++;
  const out = {
    scores: new Float64Array(bins),
    positives: new Float64Array(bins),
    negatives: new Float64Array(bins),
  };
  for (let k = 0, j = 0; k <= resolution; k++) {
    if (pos[k] + neg[k] === 0) continue;
    out.scores[j] = k / resolution;
    out.positives[j] = pos[k];
    out.negatives[j++] = neg[k];
  }
  return { ...out, resolution, rounded };
}

function sortedCounts(
  scores: ArrayLike<number>,
  labels: ArrayLike<number | boolean>,
  weights: ArrayLike<number> | undefined,
): ScoreCounts {
  const order = Uint32Array.from({ length: scores.length }, (_, i) => i);
  order.sort((a, b) => scores[a] - scores[b]);
  const values: number[] = [];
  const pos: number[] = [];
  const neg: number[] = [];
  for (const i of order) {
    const s = scores[i];
    if (values.length === 0 || values[values.length - 1] !== s) {
      values.push(s);
      pos.push(0);
      neg.push(0);
    }
    const w = weights ? weights[i] : 1;
    if (labels[i] === 1 || labels[i] === true) pos[pos.length - 1] += w;
    else neg[neg.length - 1] += w;
  }
  return {
    scores: Float64Array.from(values),
    positives: Float64Array.from(pos),
    negatives: Float64Array.from(neg),
    resolution: "exact",
    rounded: 0,
  };
}
