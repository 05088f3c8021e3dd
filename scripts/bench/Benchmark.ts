/** One benchmark: the kit's way and a baseline doing the same work on the same input. */
export interface Benchmark {
  name: string;
  /** What is measured, on what input, against which baseline. */
  description: string;
  /** Timed runs of each side; overrides --runs for benchmarks too long to repeat. */
  runs?: number;
  /** Prepares input (e.g. generates data); not timed. May return a promise, which is awaited. */
  setup?: () => void | Promise<void>;
  /** Removes what setup made (e.g. a temporary directory); runs even when a side fails. */
  teardown?: () => void | Promise<void>;
  /** The kit's way; may return a promise, which is awaited (and timed). */
  kit: () => unknown;
  /** The baseline; may return a promise, which is awaited (and timed). */
  baseline: () => unknown;
  /** Throws when the two results disagree: a fast wrong answer is not a win. */
  check?: (kit: unknown, baseline: unknown) => void;
}
