import { describe, expect, it } from "vitest";
import { brierScore } from "../../lib/metrics/brierScore.js";
import { confusionMatrix } from "../../lib/metrics/confusionMatrix.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { detectionRates } from "../../lib/metrics/detectionRates.js";
import { mergeScoreCounts } from "../../lib/metrics/mergeScoreCounts.js";
import { reliabilityTable } from "../../lib/metrics/reliabilityTable.js";
import { scoreCountsBy } from "../../lib/metrics/scoreCountsBy.js";
import { topKTable } from "../../lib/metrics/topKTable.js";

// Ten listings, hand-checked: at 0.5 the flagged are 0.9 (1), 0.8 (1), 0.7 (0), 0.6 (1), 0.5 (0).
const scores = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1];
const labels = [1, 1, 0, 1, 0, 1, 0, 0, 0, 0];

describe("confusionMatrix and detectionRates", () => {
  it("confusionMatrix flags scores at or above the threshold", () => {
    expect(confusionMatrix(countScores(scores, labels), 0.5)).toEqual({
      threshold: 0.5,
      truePositives: 3,
      falsePositives: 2,
      trueNegatives: 4,
      falseNegatives: 1,
    });
  });

  it("detectionRates gives precision, recall, F1, Fβ, FPR, specificity, flag rate, prevalence", () => {
    const r = detectionRates(confusionMatrix(countScores(scores, labels), 0.5), { beta: 2 });
    expect(r.precision).toBeCloseTo(3 / 5, 12);
    expect(r.recall).toBeCloseTo(3 / 4, 12);
    expect(r.f1).toBeCloseTo((2 * 0.6 * 0.75) / (0.6 + 0.75), 12);
    expect(r.fbeta).toBeCloseTo((5 * 0.6 * 0.75) / (4 * 0.6 + 0.75), 12);
    expect(r.falsePositiveRate).toBeCloseTo(2 / 6, 12);
    expect(r.specificity).toBeCloseTo(4 / 6, 12);
    expect(r.flagRate).toBe(0.5);
    expect(r.prevalence).toBe(0.4);
    expect(r.warnings).toEqual([]);
  });

  it("detectionRates returns NaN with a warning when nothing is flagged", () => {
    const r = detectionRates(confusionMatrix(countScores(scores, labels), 0.95));
    expect(r.precision).toBeNaN();
    expect(r.warnings[0]).toMatch(/precision \(nothing flagged\) is undefined at threshold 0.95/);
  });

  it("mergeScoreCounts adds counts at equal scores, so segments combine into the whole", () => {
    const a = countScores(scores.slice(0, 5), labels.slice(0, 5));
    const b = countScores(scores.slice(5), labels.slice(5));
    const merged = mergeScoreCounts(a, b);
    const whole = countScores(scores, labels);
    expect([...merged.scores]).toEqual([...whole.scores]);
    expect([...merged.positives]).toEqual([...whole.positives]);
    expect([...merged.negatives]).toEqual([...whole.negatives]);
    expect(() => mergeScoreCounts(a, countScores([0.5], [1], { resolution: 100 }))).toThrow(
      /cannot merge score counts at resolution "exact" with counts at 100/,
    );
  });

  it("countScores rounds to a stated resolution and counts the rows it moved", () => {
    const c = countScores([0.123456, 0.5, 0.12344], [1, 0, 0], { resolution: 10_000 });
    expect([...c.scores]).toEqual([0.1234, 0.1235, 0.5]);
    expect(c.rounded).toBe(2);
    expect(c.resolution).toBe(10_000);
  });

  it("scoreCountsBy counts per segment from rows, sorted by key, with string labels", () => {
    const rows = scores.map((s, i) => ({ s, y: String(labels[i]), model: i % 2 ? "v4" : "v3" }));
    const groups = scoreCountsBy(rows, { score: "s", label: "y", by: ["model"] });
    expect(groups.map((g) => g.key)).toEqual([{ model: "v3" }, { model: "v4" }]);
    expect(groups[0].counts.positives.reduce((a, b) => a + b)).toBe(1); // 0.9 only
  });

  it("brierScore is the mean squared error of score against label", () => {
    expect(brierScore(countScores([0.9, 0.2], [1, 0]))).toBeCloseTo((0.01 + 0.04) / 2, 15);
  });

  it("reliabilityTable bins scores and compares mean score with the observed rate", () => {
    const bins = reliabilityTable(countScores(scores, labels), { bins: 2 });
    expect(bins.map((b) => [b.x0, b.n, b.observed])).toEqual([
      [0, 5, 0.2],
      [0.5, 5, 0.6],
    ]);
    expect(bins[1].meanScore).toBeCloseTo(0.7, 12);
    expect(bins[1].lower).toBeLessThan(0.6);
    expect(() => reliabilityTable(countScores(scores, labels), { bins: 1 })).toThrow(
      /bins: 1 is not a whole number ≥ 2/,
    );
  });

  it("topKTable never splits ties and reports what the top share catches", () => {
    const rows = topKTable(countScores(scores, labels), { shares: [0.2, 0.25, 0.5] });
    expect(rows.map((r) => [r.cutoff, r.flagged, r.truePositives, r.precision])).toEqual([
      [0.8, 2, 2, 1],
      [0.8, 2, 2, 1],
      [0.5, 5, 3, 0.6],
    ]);
  });
});
