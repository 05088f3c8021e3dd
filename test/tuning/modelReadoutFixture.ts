import { countScores } from "../../lib/metrics/countScores.js";
import type { ScoreCounts } from "../../lib/metrics/ScoreCounts.js";
import { calibrationShift } from "../../lib/tuning/calibrationShift.js";
import { recommendationBacktest } from "../../lib/tuning/recommendationBacktest.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import type { RolloutShift } from "../../lib/tuning/rolloutShift.js";
import { scoreDrift } from "../../lib/tuning/scoreDrift.js";
import { thresholdCard, type ModelThresholdReadout } from "../../lib/tuning/thresholdReadout.js";

/** Ten listings a model scored: violations mostly at the top. */
export const counts: ScoreCounts = countScores(
  [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1],
  [1, 1, 0, 1, 0, 1, 0, 0, 0, 0],
);

/** A model's threshold readout on {@link counts} over two days, computed as thresholdReadout does. */
export function modelReadout(options: { capacity?: number } = {}): ModelThresholdReadout {
  const { capacity } = options;
  const window = { counts, n: 10, days: ["2026-10-01", "2026-10-02"], dailyVolume: [4, 6] };
  const recommendation = recommendThreshold(counts, {
    minPrecision: 0.7,
    capacity,
    days: 2,
    current: 0.5,
    step: 0.1,
    replicates: 50,
    seed: 1,
  });
  const check = recommendationBacktest(recommendation, counts, { days: 2 });
  return {
    model: "cf_v2",
    queue: "counterfeit",
    capacity,
    window,
    recommendation,
    stability: {
      cut: "2026-10-02",
      first: window,
      second: window,
      recommendation,
      check,
    },
    card: thresholdCard("cf_v2", recommendation, capacity, "counterfeit"),
  };
}

/** cf_v2 replacing cf_v1: the new scores sit 0.1 higher on the same listings. */
export function rolloutShiftFixture(): RolloutShift {
  const labels = [1, 1, 0, 1, 0, 1, 0, 0, 0, 0];
  const before = countScores([0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05, 0.05], labels);
  const shadow = countScores([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1], labels);
  return {
    rollout: {
      before: "cf_v1",
      after: "cf_v2",
      liveFrom: new Date("2026-09-30T16:00:00Z"),
      shadowListings: 10,
    },
    threshold: 0.5,
    before,
    shadow,
    after: shadow,
    afterN: 1234,
    drift: scoreDrift(before, shadow),
    shift: calibrationShift(before, shadow, 0.5),
  };
}
