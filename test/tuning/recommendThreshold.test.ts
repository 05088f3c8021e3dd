import { describe, expect, it } from "vitest";
import { countScores } from "../../lib/metrics/countScores.js";
import { scoreCountsBy } from "../../lib/metrics/scoreCountsBy.js";
import { recommendationBacktest } from "../../lib/tuning/recommendationBacktest.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { recommendThresholdBy } from "../../lib/tuning/recommendThresholdBy.js";

// Hand-checked: thresholds 0.9 (1/1), 0.8 (2/2), 0.7 (2/3), 0.6 (3/4), 0.5 (3/5), 0.4 (4/6) ...
const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1];
const labels = [1, 1, 0, 1, 0, 1, 0, 0, 0, 0];
const counts = countScores(scores, labels);
const fast = { replicates: 50 };

describe("recommendThreshold", () => {
  it("recommendThreshold picks the highest recall meeting minPrecision", () => {
    // Precision ≥ 0.75: 0.9 (1), 0.8 (1), 0.6 (0.75); the highest recall of those is at 0.6 (0.75).
    const r = recommendThreshold(counts, { minPrecision: 0.75, ...fast });
    expect(r.threshold).toBe(0.6);
    expect(r.feasible).toBe(true);
    expect(r.objective).toBe("recall");
    expect(r.expected.precision.estimate).toBe(0.75);
    expect(r.expected.recall.estimate).toBe(0.75);
    expect(r.expected.constraintProbability.minPrecision).toBeGreaterThan(0);
  });

  it("recommendThreshold maximises precision with recall ≥ r, and F1 by default", () => {
    expect(recommendThreshold(counts, { minRecall: 1, ...fast }).threshold).toBe(0.4);
    // F1: 0.9 → 0.4, 0.8 → 0.667, 0.6 → 0.75, 0.4 → 0.8; highest at 0.4.
    const f1 = recommendThreshold(counts, fast);
    expect(f1.objective).toBe("f1");
    expect(f1.threshold).toBe(0.4);
  });

  it("recommendThreshold minimises expected cost", () => {
    // FP cost 10, FN cost 1: 0.8 costs 2 (two missed), 0.9 costs 3, 0.6 costs 10 + 1.
    const r = recommendThreshold(counts, { costFalsePositive: 10, costFalseNegative: 1, ...fast });
    expect(r.objective).toBe("cost");
    expect(r.threshold).toBe(0.8);
  });

  it("recommendThreshold keeps expected flags per day within capacity", () => {
    // 10 listings over 2 days: at 0.6, 4 flags = 2/day; at 0.5, 2.5/day.
    const r = recommendThreshold(counts, { capacity: 2, days: 2, ...fast });
    expect(r.threshold).toBe(0.6);
    expect(r.expected.flagsPerDay.estimate).toBe(2);
    const daily = recommendThreshold(counts, {
      capacity: 2,
      days: 2,
      dailyVolume: [4, 6],
      ...fast,
    });
    expect(daily.expected.daysOverCapacity).toBe(1);
  });

  it("recommendThreshold says when no threshold meets the constraints and gives the closest", () => {
    const r = recommendThreshold(counts, {
      minPrecision: 0.9,
      minRecall: 0.9,
      current: 0.8,
      ...fast,
    });
    expect(r.feasible).toBe(false);
    expect(r.rationale).toMatch(/No threshold meets every constraint .*this is the closest one/);
    expect(r.current?.threshold).toBe(0.8);
  });

  it("recommendThreshold writes a rationale with the change, intervals and basis", () => {
    const r = recommendThreshold(counts, {
      minPrecision: 0.75,
      current: 0.8,
      capacity: 5,
      days: 1,
      ...fast,
    });
    expect(r.rationale).toMatch(
      /^Lower the threshold from 0.80 to 0.60: precision 100% → 75% \[\d+%–\d+%\], recall 50% → 75%/,
    );
    expect(r.rationale).toMatch(/flags\/day .*\(\+2\.0\/day\)/);
    expect(r.rationale).toMatch(/Based on 10 labelled listings \(4 violations\)\.$/);
  });

  it("recommendThreshold is reproducible for a seed, and its step gives round thresholds", () => {
    const a = recommendThreshold(counts, { minPrecision: 0.75, seed: 9, ...fast });
    const b = recommendThreshold(counts, { minPrecision: 0.75, seed: 9, ...fast });
    expect(a.thresholdInterval).toEqual(b.thresholdInterval);
    const c = countScores([0.913, 0.871, 0.52, 0.2], [1, 1, 0, 0]);
    expect(recommendThreshold(c, { step: 0.05, ...fast }).threshold).toBe(0.85);
  });

  it("recommendThreshold rejects bad options with a message naming the fix", () => {
    expect(() => recommendThreshold(counts, { capacity: 10 })).toThrow(
      /capacity: a review capacity needs the number of days/,
    );
    expect(() => recommendThreshold(counts, { minPrecision: 1.2 })).toThrow(
      /minPrecision: 1.2 is not a number in \[0, 1\]/,
    );
    expect(() => recommendThreshold(counts, { costFalsePositive: -1 })).toThrow(
      /costFalsePositive: -1 is not a positive number/,
    );
    expect(() => recommendThreshold(countScores([0.2, 0.3], [0, 0]))).toThrow(
      /a threshold recommendation is undefined: the data has no violations/,
    );
  });

  it("recommendThresholdBy falls back to the overall threshold below minSupport", () => {
    const rows = scores.map((s, i) => ({ s, y: labels[i], category: i < 6 ? "bags" : "toys" }));
    const out = recommendThresholdBy(
      scoreCountsBy(rows, { score: "s", label: "y", by: ["category"] }),
      { minSupport: 2, ...fast },
    );
    expect(out.map((o) => [o.key.category, o.positives, o.fallback])).toEqual([
      ["bags", 4, false],
      ["toys", 0, true],
    ]);
  });

  it("recommendationBacktest checks a recommendation on the next period", () => {
    const r = recommendThreshold(counts, { minPrecision: 0.75, ...fast });
    const next = countScores([0.95, 0.65, 0.62, 0.3], [1, 0, 0, 1]);
    const check = recommendationBacktest(r, next);
    expect(check.observed.precision.estimate).toBeCloseTo(1 / 3, 12);
    expect(check.held).toEqual({ minPrecision: false });
    expect(check.holds).toBe(false);
  });
});
