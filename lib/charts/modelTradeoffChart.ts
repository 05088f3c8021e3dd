import type { Lang } from "../i18n/Lang.js";
import { labelledSample } from "../metrics/LabelledSample.js";
import { thresholdBands } from "../tuning/thresholdBands.js";
import type { ModelThresholdReadout } from "../tuning/thresholdReadout.js";
import { thresholdTradeoffChart } from "./thresholdTradeoffChart.js";

/** Options for {@link modelTradeoffChart}. */
export interface ModelTradeoffChartOptions {
  /** The first day of the model's window, for the caption; required. */
  since: string;
  /** The language of the chart's own words; default "en". */
  lang?: Lang;
  /** Threshold grid step (default 0.02), bootstrap replicates (default 200) and seed (default 1). */
  step?: number;
  replicates?: number;
  seed?: number;
}

/**
 * A model's precision, recall, F1 and queue rate by threshold with 95% bootstrap bands, today's
 * threshold and the recommended one marked: the trade-off behind a threshold readout's card.
 * @example modelTradeoffChart(readout.models[0], { since: readout.sinceDay, seed: 1 })
 */
export function modelTradeoffChart(
  model: ModelThresholdReadout,
  options: ModelTradeoffChartOptions,
): string {
  const { since, lang, step = 0.02, replicates = 200, seed = 1 } = options;
  const { window: w, recommendation: r } = model;
  return thresholdTradeoffChart(
    thresholdBands(labelledSample(w.counts), { step, replicates, seed }),
    {
      lang,
      title: `${model.model}: precision, recall, F1 and queue rate by threshold`,
      caption: `n = ${w.n.toLocaleString("en-US")} scored listings since ${since}; bands: 95% bootstrap (${replicates} replicates).`,
      current: r.current?.threshold,
      recommended: r.threshold,
    },
  );
}
