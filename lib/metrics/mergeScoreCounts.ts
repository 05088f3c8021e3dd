import { resolutionMismatch } from "./messages.js";
import { MetricsError } from "./MetricsError.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/**
 * Adds score counts (segments, periods, shards) into one: counts at equal scores are summed. All
 * must share a resolution. With none given, the result is empty.
 * @example const quarter = mergeScoreCounts(july, august, september);
 */
export function mergeScoreCounts(...parts: ScoreCounts[]): ScoreCounts {
  const resolution = parts[0]?.resolution ?? "exact";
  for (const p of parts)
    if (p.resolution !== resolution)
      throw new MetricsError(resolutionMismatch(resolution, p.resolution));
  const totals = new Map<number, [number, number]>();
  for (const p of parts)
    for (let i = 0; i < p.scores.length; i++) {
      const cell = totals.get(p.scores[i]);
      if (cell) {
        cell[0] += p.positives[i];
        cell[1] += p.negatives[i];
      } else totals.set(p.scores[i], [p.positives[i], p.negatives[i]]);
    }
  const scores = Float64Array.from(totals.keys()).sort();
  return {
    scores,
    positives: scores.map((s) => totals.get(s)![0]),
    negatives: scores.map((s) => totals.get(s)![1]),
    resolution,
    rounded: parts.reduce((sum, p) => sum + p.rounded, 0),
  };
}
