import { randomLcg, randomNormal } from "d3-random";

/**
 * A seeded source of every random draw the generator makes: one LCG stream, so the same seed and the
 * same call order give the same data on every machine.
 * @example const rng = new Random(42); rng.lognormal(35_000, 0.6);
 */
export class Random {
  readonly #uniform: () => number;
  readonly #standardNormal: () => number;

  constructor(seed: number) {
    this.#uniform = randomLcg(seed);
    this.#standardNormal = randomNormal.source(this.#uniform)(0, 1);
  }

  /** A uniform draw in [0, 1). */
  uniform(): number {
    return this.#uniform();
  }

  /** A uniform draw in [low, high). */
  between(low: number, high: number): number {
    return low + (high - low) * this.#uniform();
  }

  /** A uniform integer in [low, high], both ends included. */
  int(low: number, high: number): number {
    return low + Math.floor((high - low + 1) * this.#uniform());
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.#uniform() < p;
  }

  /** A normal draw with the given mean and standard deviation. */
  normal(mean: number, sd: number): number {
    return mean + sd * this.#standardNormal();
  }

  /** A lognormal draw with the given median and log-scale sigma. */
  lognormal(median: number, sigma: number): number {
    return median * Math.exp(sigma * this.#standardNormal());
  }

  /** One element of a non-empty list, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(items.length * this.#uniform())];
  }

  /** An index drawn with probability proportional to weights (see {@link cumulativeWeights}). */
  index(cumulative: readonly number[]): number {
    const target = this.#uniform() * cumulative[cumulative.length - 1];
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  /** One element drawn with probability proportional to weight(element). */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    return items[this.index(cumulativeWeights(items.map(weight)))];
  }
}

/**
 * Running sums of weights, the input of {@link Random.index}.
 * @example cumulativeWeights([1, 2, 1]); // [1, 3, 4]
 */
export function cumulativeWeights(weights: readonly number[]): number[] {
  let total = 0;
  return weights.map((weight) => (total += weight));
}
