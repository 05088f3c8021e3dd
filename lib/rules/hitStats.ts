import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { HitStats } from "./RuleBacktest.js";

/**
 * Precision with its Wilson 95 % interval and recall from hit counts (NaN where undefined).
 * @example hitStats({ hits: 10, tp: 8, fp: 2, unlabeled: 0 }, 16).precision_low; // 0.4902
 */
export function hitStats(
  counts: { hits: number; tp: number; fp: number; unlabeled: number },
  positives: number,
): HitStats {
  const interval = wilsonInterval(counts.tp, counts.tp + counts.fp);
  return {
    ...counts,
    precision: interval.estimate,
    precision_low: interval.lower,
    precision_high: interval.upper,
    recall: positives > 0 ? counts.tp / positives : NaN,
  };
}
