import type { Dataset } from "../dataset/Dataset.js";
import { labelledSample } from "../metrics/LabelledSample.js";
import { formatInterval } from "../format/formatInterval.js";
import { periodStart } from "../time/periodStart.js";
import { modelScoreWindow } from "../tuning/modelScoreWindow.js";
import { recommendThreshold } from "../tuning/recommendThreshold.js";
import type { ThresholdOutlook } from "../tuning/ThresholdRecommendation.js";
import { int, pct } from "./incidentText.js";
import type { PostMortemFix } from "./PostMortem.js";

/** Options for {@link thresholdFix}. */
export interface ThresholdFixOptions {
  model: string;
  /** The threshold the model flagged at. */
  current: number;
  /** The precision to restore (the previous model's). */
  target: number;
  /** The scores replayed: from `since` to the day before `until`, `days` days. */
  since: Date;
  until: Date;
  days: number;
  zone: string;
  replicates: number;
}

const verdictText = {
  meets_targets: "the target holds in at least 90% of bootstrap replicates",
  not_enough_evidence:
    "the target holds on the estimate, but the evidence is not enough to be sure",
  no_threshold_meets: "no threshold reaches the target: this is the closest",
  failed_next_period: "it failed on the next period",
} as const;

/**
 * A calibration shift's fix replayed: the model's threshold re-tuned (`recommendThreshold`, step
 * 0.01) to the previous model's precision on its own scores of the incident's first days (score
 * counts against ground truth from one GROUP BY), beside the threshold it flagged at.
 * @example await thresholdFix(ds, { model: "m2", current: 0.8, target: 0.9, since, until, days: 14, zone, replicates: 300 })
 */
export async function thresholdFix(
  ds: Dataset,
  o: ThresholdFixOptions,
): Promise<PostMortemFix & { threshold?: number }> {
  const scores = await modelScoreWindow(ds, {
    model: o.model,
    since: o.since,
    beforeDay: periodStart(o.until, "day", { zone: o.zone })!,
  });
  let rec;
  try {
    rec = recommendThreshold(
      labelledSample(scores.counts, `ground truth of ${int(scores.n)} listings ${o.model} scored`),
      {
        minPrecision: o.target,
        current: o.current,
        step: 0.01,
        days: o.days,
        replicates: o.replicates,
        seed: 1,
      },
    );
  } catch (error) {
    return {
      title: "",
      rows: [],
      summary: `No threshold is re-tuned: ${(error as Error).message}.`,
    };
  }
  const caught = (t: number) =>
    rec.points.find((p) => Math.abs(p.threshold - t) < 1e-9)?.truePositives ?? 0;
  const row = (x: ThresholdOutlook) => ({
    threshold: x.threshold.toFixed(2),
    "flags/day": x.flagsPerDay.estimate.toFixed(1),
    precision: formatInterval(x.precision.estimate, x.precision.lower, x.precision.upper),
    "violations caught": caught(x.threshold),
  });
  const [now, next] = [rec.current!, rec.expected];
  const fewer = caught(now.threshold) - caught(next.threshold);
  return {
    title: `${o.model} threshold re-tuned to the previous precision (${pct(o.target)}) on its scores of the first ${o.days} days (recommendThreshold, 95% bootstrap intervals)`,
    rows: [row(now), row(next)],
    summary: `Moving the threshold from ${now.threshold.toFixed(2)} to ${next.threshold.toFixed(2)} gives precision ${pct(next.precision.estimate)} at ${next.flagsPerDay.estimate.toFixed(1)} flags/day, catching ${int(Math.abs(fewer))} ${fewer >= 0 ? "fewer" : "more"} violations in ${o.days} days; ${verdictText[rec.verdict]}.`,
    threshold: next.threshold,
  };
}
