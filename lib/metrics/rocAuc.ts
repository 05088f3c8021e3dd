import { rocCurve } from "./rocCurve.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/** Area under the ROC curve, with the reason when it is undefined. */
export interface CurveArea {
  /** NaN when undefined (see warnings). */
  value: number;
  warnings: string[];
}

/**
 * ROC AUC as scikit-learn's `roc_auc_score` computes it (trapezoids over the ROC curve, so tied
 * scores count half). With only one class it is undefined: NaN and a warning where scikit-learn raises.
 * @example rocAuc(countScores(scores, labels)).value // 0.93
 */
export function rocAuc(counts: ScoreCounts): CurveArea {
  const { fpr, tpr, warnings } = rocCurve(counts);
  if (warnings.length) return { value: NaN, warnings };
  let area = 0;
  for (let i = 1; i < fpr.length; i++) area += ((fpr[i] - fpr[i - 1]) * (tpr[i] + tpr[i - 1])) / 2;
  return { value: area, warnings };
}
