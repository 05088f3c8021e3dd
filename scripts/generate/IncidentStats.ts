/** A counter of cases and of the cases where a condition held ("hits"). */
export interface Tally {
  n: number;
  hits: number;
}

/**
 * Tallies and samples the generator collects while writing, so incidents.json can state what an
 * analysis should find (e.g. rule precision before and during an incident) from ground truth.
 * @example stats.count("phone.during", listing.policy === "off_platform_contact");
 */
export class IncidentStats {
  readonly #tallies = new Map<string, Tally>();
  readonly #samples = new Map<string, number[]>();

  /** Adds one case to tally `key`, a hit when `hit` is true. */
  count(key: string, hit = false): void {
    const tally = this.#tallies.get(key) ?? { n: 0, hits: 0 };
    tally.n += 1;
    if (hit) tally.hits += 1;
    this.#tallies.set(key, tally);
  }

  /** Adds one value to sample `key` (kept to compute a median or mean). */
  sample(key: string, value: number): void {
    const values = this.#samples.get(key) ?? [];
    values.push(value);
    this.#samples.set(key, values);
  }

  /** The tally of `key` (zeros when nothing was counted). */
  tally(key: string): Tally {
    return this.#tallies.get(key) ?? { n: 0, hits: 0 };
  }

  /** hits / n of `key`, rounded to 3 decimals; null when n is 0. */
  rate(key: string): number | null {
    const { n, hits } = this.tally(key);
    return n === 0 ? null : Math.round((hits / n) * 1000) / 1000;
  }

  /** The median of sample `key`, rounded to 2 decimals; null when empty. */
  median(key: string): number | null {
    const values = [...(this.#samples.get(key) ?? [])].sort((a, b) => a - b);
    if (values.length === 0) return null;
    const middle = values.length >> 1;
    const value = values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    return Math.round(value * 100) / 100;
  }

  /** The mean of sample `key`, rounded to 4 decimals; null when empty. */
  mean(key: string): number | null {
    const values = this.#samples.get(key) ?? [];
    if (values.length === 0) return null;
    return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10_000) / 10_000;
  }
}
