import { randomLcg } from "d3-random";
import type { LabelledSample } from "./LabelledSample.js";
import { checkReplicates } from "./checkReplicates.js";
import { badLevel } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import { populationCounts } from "./populationCounts.js";
import { resampleSample } from "./resampleSample.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** A statistic with its seeded bootstrap percentile interval. */
export interface BootstrapInterval {
  /** The statistic on the sample itself. */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
  /** Replicates drawn, and how many gave NaN (left out of the percentiles). */
  replicates: number;
  undefinedReplicates: number;
  seed: number;
}

/** Options for {@link bootstrapInterval}. */
export interface BootstrapIntervalOptions {
  /** Replicates. Default 500, at most `maxReplicates` (10,000). */
  replicates?: number;
  /** Confidence level. Default 0.95. */
  level?: number;
  /** Seed of the resampling; the same seed gives the same interval. Default 1. */
  seed?: number;
}

/**
 * A percentile bootstrap interval for any statistic of the (population-weighted) score counts,
 * resampling labelled rows within each stratum; seeded, so reports are reproducible.
 * @example bootstrapInterval(sample, (c) => averagePrecision(c).value, { seed: 7 })
 */
export function bootstrapInterval(
  sample: LabelledSample,
  statistic: (counts: ScoreCounts) => number,
  options: BootstrapIntervalOptions = {},
): BootstrapInterval {
  const { replicates = 500, level = 0.95, seed = 1 } = options;
  if (!(level > 0 && level < 1)) throw new MetricsError(badLevel(level));
  checkReplicates(replicates);
  const random = randomLcg(seed);
  const values: number[] = [];
  for (let r = 0; r < replicates; r++) {
    const value = statistic(populationCounts(resampleSample(sample, random)));
    if (!Number.isNaN(value)) values.push(value);
  }
  const [lower, upper] = percentileInterval(values, level);
  return {
    estimate: statistic(populationCounts(sample)),
    lower,
    upper,
    level,
    replicates,
    undefinedReplicates: replicates - values.length,
    seed,
  };
}

/** The (1 − level)/2 and (1 + level)/2 quantiles of values (linear interpolation); NaN when empty. */
export function percentileInterval(values: number[], level: number): [number, number] {
  if (!values.length) return [NaN, NaN];
  const sorted = Float64Array.from(values).sort();
  const at = (q: number) => {
    const h = (sorted.length - 1) * q;
    const i = Math.floor(h);
    return sorted[i] + (h - i) * ((sorted[Math.min(i + 1, sorted.length - 1)] ?? 0) - sorted[i]);
  };
  return [at((1 - level) / 2), at((1 + level) / 2)];
}
