import type { Lang } from "../i18n/Lang.js";
import type { ModelThresholdReadout } from "../tuning/thresholdReadout.js";
import { thresholdCurveChart } from "./thresholdCurveChart.js";

/**
 * A model's expected flags per day by threshold against its queue's capacity (dashed), today's
 * and the recommended threshold marked, values above five times the capacity clipped to the top.
 * Throws when the model's readout has no capacity: there is no line to draw it against.
 * @example if (m.capacity !== undefined) modelCapacityChart(m, { lang: "en" })
 */
export function modelCapacityChart(
  model: ModelThresholdReadout,
  options: { lang?: Lang } = {},
): string {
  const { capacity: cap, recommendation: r, window: w } = model;
  if (cap === undefined)
    throw new Error(
      `modelCapacityChart: ${model.model} has no capacity; give its queue one (thresholdReadout's \`capacities\`) or skip the chart when \`capacity\` is undefined`,
    );
  return thresholdCurveChart(r.points, {
    lang: options.lang,
    title: `${model.model}: expected flags per day by threshold (capacity curve)`,
    y: "flagsPerDay",
    limit: cap,
    yMax: cap * 5,
    current: r.current?.threshold,
    recommended: r.threshold,
    caption: `Red dashed: capacity ${cap}/day. ${w.days.length} days of scores; values above ${cap * 5}/day are clipped to the top.`,
  });
}
