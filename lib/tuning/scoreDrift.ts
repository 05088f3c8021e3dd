import { countTotals, type ScoreCounts } from "../metrics/ScoreCounts.js";
import { badBins } from "../metrics/messages.js";
import { MetricsError } from "../metrics/MetricsError.js";

/** How far a score distribution moved between two periods or model versions. */
export interface ScoreDrift {
  /** Population stability index over the reference's quantile bins (< 0.1 stable, 0.1–0.25 moderate, > 0.25 major). */
  psi: number;
  /** Kolmogorov–Smirnov statistic: the largest gap between the two score CDFs. */
  ks: number;
  /** Asymptotic two-sample KS p-value. */
  ksPValue: number;
  /** The score where the gap is largest. */
  ksAt: number;
  referenceN: number;
  currentN: number;
  /** "stable" | "moderate" | "major" from the PSI. */
  verdict: "stable" | "moderate" | "major";
}

/** Options for {@link scoreDrift}. */
export interface ScoreDriftOptions {
  /** PSI bins, cut at the reference's quantiles. Default 10. */
  bins?: number;
  /** Added to each bin's share so an empty bin stays finite. Default 1e-4. */
  epsilon?: number;
}

/**
 * PSI and Kolmogorov–Smirnov between a reference and a current score distribution (labels are
 * ignored: all listings count), exact from score counts. NaN when either side is empty.
 * @example scoreDrift(v3Counts, v4Counts).psi // 0.31
 */
export function scoreDrift(
  reference: ScoreCounts,
  current: ScoreCounts,
  options: ScoreDriftOptions = {},
): ScoreDrift {
  const { bins = 10, epsilon = 1e-4 } = options;
  if (!(Number.isInteger(bins) && bins >= 2)) throw new MetricsError(badBins(bins));
  const total = (c: ScoreCounts) => {
    const t = countTotals(c);
    return t.positives + t.negatives;
  };
  const n1 = total(reference);
  const n2 = total(current);
  const empty = {
    psi: NaN,
    ks: NaN,
    ksPValue: NaN,
    ksAt: NaN,
    referenceN: n1,
    currentN: n2,
    verdict: "stable" as const,
  };
  if (n1 === 0 || n2 === 0) return empty;
  // Merge the two sorted score lists, walking both CDFs.
  const cuts: number[] = [];
  let i = 0,
    j = 0,
    c1 = 0,
    c2 = 0,
    ks = 0,
    ksAt = NaN,
    nextCut = 1;
  const r = reference,
    c = current;
  while (i < r.scores.length || j < c.scores.length) {
    const s = Math.min(
      i < r.scores.length ? r.scores[i] : Infinity,
      j < c.scores.length ? c.scores[j] : Infinity,
    );
    if (i < r.scores.length && r.scores[i] === s) c1 += r.positives[i] + r.negatives[i++];
    if (j < c.scores.length && c.scores[j] === s) c2 += c.positives[j] + c.negatives[j++];
    const gap = Math.abs(c1 / n1 - c2 / n2);
    if (gap > ks) [ks, ksAt] = [gap, s];
    while (nextCut < bins && c1 / n1 >= nextCut / bins) {
      if (cuts[cuts.length - 1] !== s) cuts.push(s);
      nextCut++;
    }
  }
  // PSI over bins (−∞, cut₁], (cut₁, cut₂], …
  const share = (x: ScoreCounts, n: number) => {
    const out = new Float64Array(cuts.length + 1);
    for (let k = 0, b = 0; k < x.scores.length; k++) {
      while (b < cuts.length && x.scores[k] > cuts[b]) b++;
      out[b] += (x.positives[k] + x.negatives[k]) / n;
    }
    return out;
  };
  const p = share(r, n1);
  const q = share(c, n2);
  let psi = 0;
  for (let b = 0; b < p.length; b++)
    psi += (q[b] + epsilon - (p[b] + epsilon)) * Math.log((q[b] + epsilon) / (p[b] + epsilon));
  const en = Math.sqrt((n1 * n2) / (n1 + n2));
  return {
    psi,
    ks,
    ksAt,
    referenceN: n1,
    currentN: n2,
    ksPValue: kolmogorovSurvival((en + 0.12 + 0.11 / en) * ks),
    verdict: psi < 0.1 ? "stable" : psi <= 0.25 ? "moderate" : "major",
  };
}

// Q_KS(λ) = 2 Σ (−1)^(k−1) exp(−2 k² λ²) (Numerical Recipes' probks).
function kolmogorovSurvival(lambda: number): number {
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (k % 2 ? 1 : -1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}
