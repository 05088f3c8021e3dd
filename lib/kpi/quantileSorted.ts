/**
 * The q-quantile of ascending values with linear interpolation between order statistics (R type
 * 7, numpy's default, DuckDB's quantile_cont); NaN when empty.
 * @example quantileSorted([1, 2, 3, 4], 0.5) // 2.5
 */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const position = q * (n - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, n - 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
