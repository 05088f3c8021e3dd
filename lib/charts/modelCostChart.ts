import type { Lang } from "../i18n/Lang.js";
import type { ThresholdRecommendation } from "../tuning/ThresholdRecommendation.js";
import type { ModelThresholdReadout } from "../tuning/thresholdReadout.js";
import { thresholdCurveChart } from "./thresholdCurveChart.js";

/** Options for {@link modelCostChart}. */
export interface ModelCostChartOptions {
  /** What a false negative costs, in false positives (the recommendation's costFalseNegative / costFalsePositive); required. */
  costRatio: number;
  /** The language of the chart's own words; default "en". */
  lang?: Lang;
}

/**
 * A model's expected cost per day by threshold, from a cost-based recommendation on its window
 * (`recommendThreshold` with costFalsePositive and costFalseNegative), today's and the cheapest
 * threshold marked.
 * @example modelCostChart(m, recommendThreshold(m.window.counts, { costFalsePositive: 1, costFalseNegative: 10 }), { costRatio: 10 })
 */
export function modelCostChart(
  model: ModelThresholdReadout,
  byCost: ThresholdRecommendation,
  options: ModelCostChartOptions,
): string {
  return thresholdCurveChart(byCost.points, {
    lang: options.lang,
    title: `${model.model}: expected cost per day by threshold (FN = ${options.costRatio} × FP)`,
    y: "cost",
    current: byCost.current?.threshold,
    recommended: byCost.threshold,
    caption: `Cost in units of one wasted review per day; n = ${model.window.n.toLocaleString("en-US")}.`,
  });
}
