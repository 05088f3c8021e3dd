import { formatValue } from "../format/formatValue.js";
import type { Lang } from "../i18n/Lang.js";
import { averagePrecision } from "../metrics/averagePrecision.js";
import { precisionRecallCurve } from "../metrics/precisionRecallCurve.js";
import { rocAuc } from "../metrics/rocAuc.js";
import type { ModelThresholdReadout } from "../tuning/thresholdReadout.js";
import { precisionRecallChart, type CurveMarker } from "./precisionRecallChart.js";

/** Options for {@link modelPrecisionRecallChart}. */
export interface ModelPrecisionRecallChartOptions {
  /** The precision floor, drawn dashed; required. */
  minPrecision: number;
  /** The language of the chart's own words; default "en". */
  lang?: Lang;
}

/**
 * A model's precision–recall curve with its current and recommended thresholds as points and the
 * precision floor dashed; the caption gives ROC AUC and average precision.
 * @example modelPrecisionRecallChart(readout.models[0], { minPrecision: 0.7 })
 */
export function modelPrecisionRecallChart(
  model: ModelThresholdReadout,
  options: ModelPrecisionRecallChartOptions,
): string {
  const { minPrecision, lang } = options;
  const { window: w, recommendation: r } = model;
  const markers: CurveMarker[] = [
    ...(r.current
      ? [
          {
            label: `current ${r.current.threshold.toFixed(2)}`,
            precision: r.current.precision.estimate,
            recall: r.current.recall.estimate,
          },
        ]
      : []),
    {
      label: `recommended ${r.threshold.toFixed(2)}`,
      precision: r.expected.precision.estimate,
      recall: r.expected.recall.estimate,
    },
  ];
  return precisionRecallChart(precisionRecallCurve(w.counts), {
    lang,
    title: `${model.model}: precision–recall curve`,
    caption: `ROC AUC ${rocAuc(w.counts).value.toFixed(3)}, average precision ${averagePrecision(w.counts).value.toFixed(3)} (scikit-learn's definitions). Dashed: the precision floor ${formatValue(minPrecision, "percent")}.`,
    markers,
    minPrecision,
  });
}
