/**
 * Mergeable counts by key (events by type, flags by detector, decisions by verdict): the smallest
 * sufficient statistic a window needs. `merge` returns a new accumulator; neither input changes.
 * @example const c = new CountAccumulator(); c.add("flagged"); c.get("flagged") // 1
 */
export class CountAccumulator {
  private readonly counts = new Map<string, number>();

  /** Adds `weight` (default 1) to a key. */
  add(key: string, weight = 1): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + weight);
  }

  /** The count of a key, 0 when never added. */
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }

  /** The keys, in the order they were first added. */
  keys(): IterableIterator<string> {
    return this.counts.keys();
  }

  /** The sum over all keys. */
  total(): number {
    let sum = 0;
    for (const v of this.counts.values()) sum += v;
    return sum;
  }

  /** Keys and counts, sorted by key. */
  entries(): [string, number][] {
    return [...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** A new accumulator with the counts of both. */
  merge(other: CountAccumulator): CountAccumulator {
    const merged = new CountAccumulator();
    for (const source of [this, other]) for (const [k, v] of source.counts) merged.add(k, v);
    return merged;
  }
}
