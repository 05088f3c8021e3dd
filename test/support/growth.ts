// Checks that a function's time grows linearly with its input: times it at two sizes (best of a few
// runs, so a busy machine adds noise but not bias) and compares the ratio with the size ratio. A
// quadratic scan at 16× the input takes ~256× the time; linear takes ~16×; the bound sits between.

/** Options for {@link growthRatio}. */
export interface GrowthOptions {
  /** The smaller input size. */
  small: number;
  /** Size multiplier for the larger input. Default: 16. */
  factor?: number;
  /** Runs per size; the fastest counts. Default: 3. */
  runs?: number;
}

// Per-call time of the fastest of `runs` batches; a batch repeats the call for at least 5 ms so
// timer resolution does not inflate a fast small input.
function fastest(run: () => void, runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    let calls = 0;
    do {
      run();
      calls++;
    } while (performance.now() - t < 5);
    best = Math.min(best, (performance.now() - t) / calls);
  }
  return best;
}

/**
 * Time at `small × factor` divided by time at `small`, each the fastest of `runs` runs of
 * `fn(make(size))` (inputs built outside the timing).
 */
export function growthRatio<T>(
  make: (size: number) => T,
  fn: (input: T) => unknown,
  options: GrowthOptions,
): { ratio: number; factor: number; smallMs: number; largeMs: number } {
  const factor = options.factor ?? 16;
  const runs = options.runs ?? 3;
  const small = make(options.small);
  const large = make(options.small * factor);
  fn(small); // warm up the JIT
  const smallMs = Math.max(
    fastest(() => fn(small), runs),
    0.05,
  );
  const largeMs = fastest(() => fn(large), runs);
  return { ratio: largeMs / smallMs, factor, smallMs, largeMs };
}

/** The bound a linear function stays under: 6× the size factor (quadratic is `factor²`). */
export const linearBound = (factor: number) => factor * 6;

/**
 * Like {@link growthRatio}, but measures up to three times and keeps the smallest ratio: a busy
 * machine (other test files, other users) can slow one large run, never make a quadratic scan
 * look linear.
 */
export function linearGrowthRatio<T>(
  make: (size: number) => T,
  fn: (input: T) => unknown,
  options: GrowthOptions,
): { ratio: number; factor: number } {
  let best = growthRatio(make, fn, options);
  for (let attempt = 1; attempt < 3 && best.ratio >= linearBound(best.factor); attempt++) {
    const again = growthRatio(make, fn, options);
    if (again.ratio < best.ratio) best = again;
  }
  return best;
}
