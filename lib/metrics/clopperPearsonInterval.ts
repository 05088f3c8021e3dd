import { betaQuantile } from "./betaQuantile.js";
import { badLevel, badTrials } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import type { ProportionInterval } from "./wilsonInterval.js";

/** Options for {@link clopperPearsonInterval}. */
export interface ClopperPearsonIntervalOptions {
  /** Confidence level. Default 0.95. */
  level?: number;
}

/**
 * The Clopper–Pearson ("exact") interval for a binomial proportion, from beta quantiles: it covers
 * at least `level` for every true proportion, so it is wider than Wilson's. NaN with no trials.
 * @example clopperPearsonInterval(8, 10) // { estimate: 0.8, lower: 0.4439, upper: 0.9748, ... }
 */
export function clopperPearsonInterval(
  successes: number,
  trials: number,
  options: ClopperPearsonIntervalOptions = {},
): ProportionInterval {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new MetricsError(badLevel(level));
  if (
    !Number.isInteger(successes) ||
    !Number.isInteger(trials) ||
    successes < 0 ||
    successes > trials
  )
    throw new MetricsError(badTrials(successes, trials));
  if (trials === 0) return { estimate: NaN, lower: NaN, upper: NaN, successes, trials, level };
  const alpha = 1 - level;
  return {
    estimate: successes / trials,
    lower: successes === 0 ? 0 : betaQuantile(alpha / 2, successes, trials - successes + 1),
    upper:
      successes === trials ? 1 : betaQuantile(1 - alpha / 2, successes + 1, trials - successes),
    successes,
    trials,
    level,
  };
}
