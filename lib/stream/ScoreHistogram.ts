/**
 * Counts of scores in [0, 1] in equal-width bins (default 100), mergeable by adding counts: the
 * state a drift test needs from a window, whatever its number of events. Scores outside [0, 1]
 * are clamped into the end bins; NaN is ignored.
 * @example const h = new ScoreHistogram(); h.add(0.42); h.count // 1
 */
export class ScoreHistogram {
  readonly counts: Float64Array;
  count = 0;

  constructor(bins = 100) {
    this.counts = new Float64Array(bins);
  }

  /** Adds one score. */
  add(score: number): void {
    this.addToBin(this.binOf(score), 1);
  }

  /** The bin a score falls in (clamped into the end bins), or -1 for NaN. */
  binOf(score: number): number {
    if (Number.isNaN(score)) return -1;
    const n = this.counts.length;
    return Math.min(n - 1, Math.max(0, Math.floor(score * n)));
  }

  /** Adds `weight` scores (-1 removes one) to a bin from {@link binOf}; bin -1 (NaN) changes nothing. */
  addToBin(bin: number, weight: number): void {
    if (bin < 0) return;
    this.counts[bin] += weight;
    this.count += weight;
  }

  /** Adds (sign 1) or removes (sign -1) another histogram's counts in place: running window sums. */
  accumulate(other: ScoreHistogram, sign: 1 | -1 = 1): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i] += sign * other.counts[i];
    this.count += sign * other.count;
  }

  /** A new histogram with the counts of both (same number of bins). */
  merge(other: ScoreHistogram): ScoreHistogram {
    const merged = new ScoreHistogram(this.counts.length);
    for (let i = 0; i < merged.counts.length; i++)
      merged.counts[i] = this.counts[i] + other.counts[i];
    merged.count = this.count + other.count;
    return merged;
  }
}
