import { describe, expect, it } from "vitest";
import { countScores } from "../../lib/metrics/countScores.js";
import { foldScoreCounts, onStepGrid } from "../../lib/metrics/foldScoreCounts.js";
import { thresholdPoints } from "../../lib/tuning/thresholdPoints.js";

describe("foldScoreCounts", () => {
  // 4-decimal scores, as model outputs are stored, including values on and just off the grid.
  const scores = Array.from({ length: 5000 }, (_, i) =>
    Number((((i * 7919) % 10001) / 10000).toFixed(4)),
  );
  const labels = scores.map((s, i) => (s > 0.6 ? i % 4 !== 0 : i % 9 === 0));
  const counts = countScores([...scores, 0.29, 0.3, 0.8], [...labels, true, false, true]);

  it("keeps every count at a grid threshold: score ≥ k·step exactly when the folded score is", () => {
    const folded = foldScoreCounts(counts, 0.01);
    expect(folded.scores.length).toBeLessThanOrEqual(101);
    const at = (c: typeof counts, t: number) => {
      let tp = 0;
      let fp = 0;
      c.scores.forEach((s, i) => {
        if (s >= t) {
          tp += c.positives[i];
          fp += c.negatives[i];
        }
      });
      return [tp, fp];
    };
    for (let k = 0; k <= 100; k++) {
      const t = Number((k * 0.01).toFixed(10));
      expect(at(folded, t)).toEqual(at(counts, t));
    }
  });

  it("gives the same threshold points on the grid", () => {
    const grid = (c: typeof counts) =>
      thresholdPoints(foldScoreCounts(c, 0.05))
        .filter((p) => onStepGrid(p.threshold, 0.05))
        .map((p) => [p.threshold, p.truePositives, p.falsePositives]);
    const exact = thresholdPoints(counts);
    for (const [t, tp, fp] of grid(counts)) {
      const below = exact.filter((p) => p.threshold >= t).pop()!;
      expect([below.truePositives, below.falsePositives]).toEqual([tp, fp]);
    }
  });

  it("knows which thresholds are on a grid", () => {
    expect(onStepGrid(0.8, 0.01)).toBe(true);
    expect(onStepGrid(0.29, 0.01)).toBe(true);
    expect(onStepGrid(0.805, 0.01)).toBe(false);
  });
});
