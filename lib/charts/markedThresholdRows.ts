import { evenlySpaced } from "./evenlySpaced.js";

/** Cap on the points a threshold curve keeps for hover bands and its numbers table. */
export const CURVE_POINTS = 101;

/**
 * A threshold curve's points thinned to at most {@link CURVE_POINTS}, plus the point nearest each
 * marked threshold (current, recommended) so the table and hovers read their exact values; sorted
 * by threshold, each with the mark names it carries.
 * @example markedThresholdRows(points, { current: 0.8, recommended: 0.86 })
 */
export function markedThresholdRows<P extends { threshold: number }>(
  points: readonly P[],
  marked: Readonly<Record<string, number | undefined>>,
): { point: P; marks: string[] }[] {
  const sorted = [...points].sort((a, b) => a.threshold - b.threshold);
  const kept = new Map<P, string[]>(evenlySpaced(sorted, CURVE_POINTS).map((p) => [p, []]));
  for (const [name, threshold] of Object.entries(marked)) {
    if (threshold === undefined || sorted.length === 0) continue;
    const nearest = sorted.reduce((best, p) =>
      Math.abs(p.threshold - threshold) < Math.abs(best.threshold - threshold) ? p : best,
    );
    kept.set(nearest, [...(kept.get(nearest) ?? []), name]);
  }
  return [...kept]
    .map(([point, marks]) => ({ point, marks }))
    .sort((a, b) => a.point.threshold - b.point.threshold);
}
