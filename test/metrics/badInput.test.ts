import { describe, expect, it } from "vitest";
import { clopperPearsonInterval } from "../../lib/metrics/clopperPearsonInterval.js";
import { confusionMatrix } from "../../lib/metrics/confusionMatrix.js";
import { countScores } from "../../lib/metrics/countScores.js";
import { MetricsError } from "../../lib/metrics/MetricsError.js";
import { partialLabelSample } from "../../lib/metrics/partialLabelSample.js";
import { scoreCountsBy } from "../../lib/metrics/scoreCountsBy.js";

describe("metrics bad input", () => {
  it("countScores rejects NaN and out-of-range scores, naming the row", () => {
    expect(() => countScores([0.2, NaN], [0, 1])).toThrow(
      /row 2, column score: score NaN is not a number in \[0, 1\]/,
    );
    expect(() => countScores([1.5], [0])).toThrow(
      /score 1.5 is not a number in \[0, 1\]; .*rescale/,
    );
    expect(() => countScores([0.5], [0])).not.toThrow();
  });

  it("countScores rejects labels that are not 0/1 or boolean", () => {
    expect(() => countScores([0.2], [2])).toThrow(MetricsError);
    expect(() => countScores([0.2], [2])).toThrow(
      /row 1, column label: label 2 is not 0\/1 or true\/false/,
    );
  });

  it("countScores rejects mismatched lengths, bad weights and resolutions", () => {
    expect(() => countScores([0.2, 0.3], [1])).toThrow(/differ in length \(2 scores, 1 labels\)/);
    expect(() => countScores([0.2], [1], { weights: [-1] })).toThrow(
      /weight -1 is not a finite number ≥ 0/,
    );
    expect(() => countScores([0.2], [1], { resolution: 0.5 })).toThrow(
      /resolution: 0.5 is not a whole number/,
    );
  });

  it("scoreCountsBy rejects null scores, unknown labels and missing columns", () => {
    expect(() => scoreCountsBy([{ s: null, y: 1 }], { score: "s", label: "y" })).toThrow(
      /row 1, column s: score null/,
    );
    expect(() => scoreCountsBy([{ s: 0.4, y: "escalate" }], { score: "s", label: "y" })).toThrow(
      /row 1, column y: label "escalate"/,
    );
    expect(() => scoreCountsBy([{ s: 0.4, y: 1 }], { score: "score", label: "y" })).toThrow(
      /score: column "score" is not in the data \(columns: s, y\)/,
    );
  });

  it("confusionMatrix rejects a threshold outside [0, 1]", () => {
    expect(() => confusionMatrix(countScores([0.2], [1]), NaN)).toThrow(
      /threshold: NaN is not a number in \[0, 1\]/,
    );
  });

  it("clopperPearsonInterval rejects impossible counts and levels", () => {
    expect(() => clopperPearsonInterval(5, 3)).toThrow(/5 successes in 3 trials is impossible/);
    expect(() => clopperPearsonInterval(1, 3, { level: 95 })).toThrow(
      /level: 95 is outside \(0, 1\)/,
    );
  });

  it("partialLabelSample rejects inclusion probabilities outside (0, 1] and too few flags", () => {
    const reviewed = [{ score: 0.9, label: true }];
    expect(() =>
      partialLabelSample({
        reviewed,
        flagged: 1,
        audited: [{ score: 0.1, label: false, inclusionProbability: 0 }],
      }),
    ).toThrow(/audit row 1: inclusion probability 0 is not in \(0, 1\]/);
    expect(() => partialLabelSample({ reviewed, flagged: 0, audited: [] })).toThrow(
      /flagged: 0 is not a positive number/,
    );
  });
});
