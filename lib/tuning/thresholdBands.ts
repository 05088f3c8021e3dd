import { randomLcg } from "d3-random";
import { checkReplicates } from "../metrics/checkReplicates.js";
import { foldSample } from "../metrics/foldScoreCounts.js";
import { percentileInterval } from "../metrics/bootstrapInterval.js";
import type { LabelledSample } from "../metrics/LabelledSample.js";
import { populationCounts } from "../metrics/populationCounts.js";
import { resampleSample } from "../metrics/resampleSample.js";
import { thresholdPoints, type ThresholdPoint } from "./thresholdPoints.js";

/** One metric at one threshold with its bootstrap band. */
export interface ThresholdBand {
  threshold: number;
  metric: "precision" | "recall" | "F1" | "flag rate";
  estimate: number;
  lower: number;
  upper: number;
}

/** Options for {@link thresholdBands}. */
export interface ThresholdBandsOptions {
  /** Thresholds evaluated: multiples of step in [0, 1]. Default 0.02. */
  step?: number;
  level?: number;
  /** Bootstrap replicates. Default 200, at most `maxReplicates` (10,000). */
  replicates?: number;
  seed?: number;
}

/**
 * Precision, recall, F1 and flag (queue) rate at a grid of thresholds, each with a seeded
 * bootstrap band: the data of a threshold trade-off chart.
 * @example thresholdTradeoffChart(thresholdBands(sample), { title: "counterfeit_v4" })
 */
export function thresholdBands(
  given: LabelledSample,
  options: ThresholdBandsOptions = {},
): ThresholdBand[] {
  const { step = 0.02, level = 0.95, replicates = 200, seed = 1 } = options;
  checkReplicates(replicates);
  // Only grid thresholds are read: scores folded onto the grid give the same values, faster.
  const sample = foldSample(given, step);
  const grid = Array.from({ length: Math.floor(1 / step + 1e-9) + 1 }, (_, k) =>
    Number((k * step).toFixed(10)),
  );
  const read = (points: ThresholdPoint[]) => {
    const n = points.length ? points[points.length - 1].flagged : 0;
    return grid.map((t) => {
      let p: ThresholdPoint | undefined;
      for (const q of points) if (q.threshold >= t) p = q; // points descending: the last with score ≥ t
      const positives = points.length ? points[0].truePositives + points[0].falseNegatives : 0;
      const tp = p?.truePositives ?? 0;
      const flagged = p?.flagged ?? 0;
      return [
        flagged ? tp / flagged : NaN,
        positives ? tp / positives : NaN,
        p?.fbeta ?? 0,
        n ? flagged / n : NaN,
      ];
    });
  };
  const estimate = read(thresholdPoints(populationCounts(sample)));
  const random = randomLcg(seed);
  const draws = Array.from({ length: replicates }, () =>
    read(thresholdPoints(populationCounts(resampleSample(sample, random)))),
  );
  const metrics = ["precision", "recall", "F1", "flag rate"] as const;
  return grid.flatMap((threshold, g) =>
    metrics.map((metric, m) => {
      const [lower, upper] = percentileInterval(
        draws.map((d) => d[g][m]).filter((v) => !Number.isNaN(v)),
        level,
      );
      return { threshold, metric, estimate: estimate[g][m], lower, upper };
    }),
  );
}
