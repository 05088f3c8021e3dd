import { describe, expect, it } from "vitest";
import { countScores } from "../../lib/metrics/countScores.js";
import { calibrationShift } from "../../lib/tuning/calibrationShift.js";
import { scoreDrift } from "../../lib/tuning/scoreDrift.js";

describe("scoreDrift and calibrationShift", () => {
  it("scoreDrift gives KS as the largest CDF gap and PSI 0 for the same distribution", () => {
    const a = countScores([0.1, 0.2, 0.3, 0.4], [0, 0, 0, 0]);
    const b = countScores([0.3, 0.4, 0.5, 0.6], [0, 0, 1, 1]);
    const d = scoreDrift(a, b, { bins: 2 });
    expect(d.ks).toBe(0.5); // at 0.2: 0.5 vs 0
    expect(d.ksAt).toBe(0.2);
    expect(d.psi).toBeGreaterThan(0.25);
    expect(d.verdict).toBe("major");
    expect(scoreDrift(a, a).psi).toBe(0);
    expect(scoreDrift(a, a).ksPValue).toBe(1);
  });

  it("scoreDrift matches scipy's two-sample KS statistic on a shifted sample", () => {
    // scipy.stats.ks_2samp([.1,.2,.2,.5,.7], [.2,.3,.6,.8,.9,.9]).statistic == 0.5 (scipy 1.10.1)
    const d = scoreDrift(
      countScores([0.1, 0.2, 0.2, 0.5, 0.7], [0, 0, 0, 0, 0]),
      countScores([0.2, 0.3, 0.6, 0.8, 0.9, 0.9], [0, 0, 0, 0, 0, 0]),
    );
    expect(d.ks).toBe(0.5);
  });

  it("calibrationShift finds the threshold that restores the old flag rate", () => {
    const before = countScores([0.5, 0.6, 0.7, 0.85, 0.9], [0, 0, 0, 1, 1]);
    const after = countScores([0.6, 0.7, 0.82, 0.9, 0.95], [0, 0, 0, 1, 1]);
    const s = calibrationShift(before, after, 0.8);
    expect(s.flagRateBefore).toBe(0.4);
    expect(s.flagRateAfter).toBe(0.6);
    expect(s.precisionAfter).toBeCloseTo(2 / 3, 12);
    expect(s.equivalentThreshold).toBe(0.9);
    expect(s.summary).toMatch(
      /At 0.8 the new scores flag 60.0% of listings instead of 40.0% \(×1.50\); a threshold of 0.9/,
    );
  });
});
