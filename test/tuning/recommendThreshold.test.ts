import { describe, expect, it } from "vitest";
import { countScores } from "../../lib/metrics/countScores.js";
import { scoreCountsBy } from "../../lib/metrics/scoreCountsBy.js";
import { recommendationBacktest } from "../../lib/tuning/recommendationBacktest.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { recommendThresholdBy } from "../../lib/tuning/recommendThresholdBy.js";
import { demoteRecommendation } from "../../lib/tuning/demoteRecommendation.js";

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
    // 10 labels: not enough evidence, so the move is not worded as an instruction.
    expect(r.verdict).not.toBe("meets_targets");
    expect(r.rationale).toMatch(
      /^The estimate favours 0.60 over 0.80: precision 100% → 75% \[\d+%–\d+%\], recall 50% → 75%/,
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

  it("recommendThreshold meets a target only where P(target holds) ≥ confidence, else says how many labels would settle it", () => {
    // 1,000 listings with scores 0.001…1; violations where the score is ≥ 0.5 or every 3rd below.
    const s = Array.from({ length: 1000 }, (_, i) => (i + 1) / 1000);
    const y = s.map((x, i) => (x >= 0.5 || i % 3 === 0 ? 1 : 0));
    const many = countScores(s, y);
    const opts = { minPrecision: 0.7, replicates: 200, seed: 3, step: 0.01 };
    const lenient = recommendThreshold(many, { ...opts, confidence: 0.3 });
    const p = lenient.expected.constraintProbability.minPrecision!;
    expect(lenient.feasible).toBe(true);
    // The chosen threshold sits at the edge of the target: it holds in about half the replicates.
    expect(p).toBeGreaterThanOrEqual(0.3);
    expect(p).toBeLessThan(0.9);
    expect(lenient).toMatchObject({
      verdict: "meets_targets",
      meetsTargets: true,
      confidence: 0.3,
    });
    const strict = recommendThreshold(many, opts); // confidence 0.9 by default
    expect(strict).toMatchObject({
      confidence: 0.9,
      verdict: "not_enough_evidence",
      meetsTargets: false,
      labelled: 1000,
    });
    // At the edge of the target no realistic number of labels settles it: the kit says so.
    expect(strict.labelsNeeded).toBeUndefined();
    expect(strict.rationale).toMatch(
      /Not enough evidence that it meets the targets: precision ≥ 70% \(holds in \d+% of bootstrap replicates\), short of the 90% required\. The estimate sits too close to a target for more labels alone to settle it\./,
    );
    // With a margin, the labels needed follow from it and the interval: n · (z₀.₉ · se / margin)² − n.
    const near = recommendThreshold(many, { ...opts, minPrecision: 0.65 });
    expect(near.verdict).toBe("not_enough_evidence");
    expect(near.labelsNeeded).toBeGreaterThan(0);
    const e = near.expected.precision;
    const se = (e.upper - e.lower) / (2 * 1.959964);
    const margin = e.estimate - 0.65;
    const expected = 1000 * ((1.281552 * se) / margin) ** 2 - 1000;
    expect(Math.abs(near.labelsNeeded! - expected) / expected).toBeLessThan(1e-2);
    expect(near.rationale).toMatch(
      /About [\d,]+ more labelled listings \(now 1,000\) would settle it/,
    );
    expect(() => recommendThreshold(many, { ...opts, confidence: 1 })).toThrow(
      /confidence: 1 is not a probability strictly between 0 and 1; write e\.g\. 0\.9/,
    );
  });

  it("recommendThreshold warns on a small sample with n and the interval width", () => {
    const r = recommendThreshold(counts, { minPrecision: 0.75, ...fast });
    expect(r.warnings).toContainEqual(
      expect.stringMatching(
        /^small sample: 10 labelled listings; the 95% precision interval is \d+ points wide \(\d+%–\d+%\); label more before acting$/,
      ),
    );
    expect(r.verdict).not.toBe("meets_targets"); // 10 labels cannot give 90% confidence here
  });

  it("demoteRecommendation demotes a recommendation whose next-period check failed, and keeps one that held", () => {
    const r = recommendThreshold(counts, { minPrecision: 0.75, confidence: 0.05, ...fast });
    const failed = recommendationBacktest(r, countScores([0.95, 0.65, 0.62, 0.3], [1, 0, 0, 1]));
    const demoted = demoteRecommendation(r, failed);
    expect(demoted).toMatchObject({ verdict: "failed_next_period", meetsTargets: false });
    expect(demoted.rationale).toMatch(
      /^Not confirmed on the next period: at 0\.60, precision 33% \[\d+%–\d+%\] < 75% \(.*\)\. Do not ship it as a decision/,
    );
    expect(r.verdict).toBe("meets_targets"); // the input is not mutated
    const held = recommendationBacktest(r, countScores([0.95, 0.9, 0.3], [1, 1, 0]));
    expect(demoteRecommendation(r, held)).toBe(r);
  });
});
