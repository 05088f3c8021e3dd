import { normalQuantile } from "./normalQuantile.js";
/** A proportion with its sample size and a confidence interval. */
export interface ProportionInterval {
  /** successes / trials, NaN when trials is 0. */
  estimate: number;
  lower: number;
  upper: number;
  successes: number;
  trials: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
}

/** Options for {@link wilsonInterval}. */
export interface WilsonIntervalOptions {
  /** Confidence level. Default: 0.95. */
  level?: number;
}

/**
 * The Wilson score interval for a binomial proportion: well-behaved near 0 and 1 and for small n,
 * unlike the normal approximation. With no trials the estimate and bounds are NaN.
 * @example wilsonInterval(8, 10) // { estimate: 0.8, lower: 0.4902, upper: 0.9433, ... }
 */
export function wilsonInterval(
  successes: number,
  trials: number,
  options: WilsonIntervalOptions = {},
): ProportionInterval {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1))
    throw new RangeError(`wilsonInterval: level ${level} is outside (0, 1); pass e.g. 0.95`);
  if (!(trials >= 0) || !(successes >= 0) || successes > trials) {
    throw new RangeError(
      `wilsonInterval: ${successes} successes in ${trials} trials is impossible; need 0 ≤ successes ≤ trials`,
    );
  }
  if (trials === 0) return { estimate: NaN, lower: NaN, upper: NaN, successes, trials, level };
  const z = normalQuantile(1 - (1 - level) / 2);
  const p = successes / trials;
  const z2n = (z * z) / trials;
  const centre = (p + z2n / 2) / (1 + z2n);
  const half = (z / (1 + z2n)) * Math.sqrt((p * (1 - p)) / trials + z2n / (4 * trials));
  // Clamp: rounding can push a bound a hair outside [0, 1] at p = 0 or 1.
  return {
    estimate: p,
    lower: Math.max(0, centre - half),
    upper: Math.min(1, centre + half),
    successes,
    trials,
    level,
  };
}
