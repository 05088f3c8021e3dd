import { precisionRecallCurve } from "./precisionRecallCurve.js";
import type { CurveArea } from "./rocAuc.js";
import type { ScoreCounts } from "./ScoreCounts.js";

/**
 * Average precision as scikit-learn's `average_precision_score` computes it: Σ (Rₙ − Rₙ₋₁) Pₙ over
 * the precision–recall curve, a step integral with no interpolation. With no violations it is 0,
 * as in scikit-learn, with a warning.
 * @example averagePrecision(countScores(scores, labels)).value // 0.71
 */
export function averagePrecision(counts: ScoreCounts): CurveArea {
  const { precision, recall, warnings } = precisionRecallCurve(counts);
  let sum = 0;
  for (let i = 0; i + 1 < recall.length; i++) sum += (recall[i + 1] - recall[i]) * precision[i];
  return { value: -sum, warnings };
}
