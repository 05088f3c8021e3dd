import { describe, expect, it } from "vitest";
import { calibrationChart } from "../../lib/charts/calibrationChart.js";
import { modelCapacityChart } from "../../lib/charts/modelCapacityChart.js";
import { modelCostChart } from "../../lib/charts/modelCostChart.js";
import { modelPrecisionRecallChart } from "../../lib/charts/modelPrecisionRecallChart.js";
import { modelTradeoffChart } from "../../lib/charts/modelTradeoffChart.js";
import { precisionRecallChart } from "../../lib/charts/precisionRecallChart.js";
import { rolloutCalibrationChart } from "../../lib/charts/rolloutCalibrationChart.js";
import { rolloutScoreChart } from "../../lib/charts/rolloutScoreChart.js";
import { scoreDistributionChart } from "../../lib/charts/scoreDistributionChart.js";
import { thresholdCurveChart } from "../../lib/charts/thresholdCurveChart.js";
import { thresholdTradeoffChart } from "../../lib/charts/thresholdTradeoffChart.js";
import { brierScore } from "../../lib/metrics/brierScore.js";
import { labelledSample } from "../../lib/metrics/LabelledSample.js";
import { precisionRecallCurve } from "../../lib/metrics/precisionRecallCurve.js";
import { reliabilityTable } from "../../lib/metrics/reliabilityTable.js";
import { recommendThreshold } from "../../lib/tuning/recommendThreshold.js";
import { thresholdBands } from "../../lib/tuning/thresholdBands.js";
import { counts, modelReadout, rolloutShiftFixture } from "../tuning/modelReadoutFixture.js";

const m = modelReadout({ capacity: 2 });

describe("modelTradeoffChart", () => {
  it("modelTradeoffChart draws the window's bootstrap bands with today's and the recommended threshold", () => {
    const html = modelTradeoffChart(m, { since: "2026-10-01", seed: 3, replicates: 40 });
    expect(html).toBe(
      thresholdTradeoffChart(
        thresholdBands(labelledSample(counts), { step: 0.02, replicates: 40, seed: 3 }),
        {
          title: "cf_v2: precision, recall, F1 and queue rate by threshold",
          caption: "n = 10 scored listings since 2026-10-01; bands: 95% bootstrap (40 replicates).",
          current: 0.5,
          recommended: m.recommendation.threshold,
        },
      ),
    );
    expect(html).toContain("bands: 95% bootstrap (40 replicates).");
  });

  it("modelTradeoffChart says 200 replicates by default", () => {
    expect(modelTradeoffChart(m, { since: "the first score" })).toContain(
      "n = 10 scored listings since the first score; bands: 95% bootstrap (200 replicates).",
    );
  });
});

describe("modelPrecisionRecallChart", () => {
  it("modelPrecisionRecallChart marks the current and recommended thresholds on the PR curve", () => {
    const r = m.recommendation;
    const html = modelPrecisionRecallChart(m, { minPrecision: 0.7 });
    expect(html).toBe(
      // AUC: 21 of 24 violation–non-violation pairs ordered; AP: (1 + 1 + 3/4 + 4/6) / 4.
      precisionRecallChart(precisionRecallCurve(counts), {
        title: "cf_v2: precision–recall curve",
        caption:
          "ROC AUC 0.875, average precision 0.854 (scikit-learn's definitions). Dashed: the precision floor 70.0%.",
        markers: [
          {
            label: "current 0.50",
            precision: r.current!.precision.estimate,
            recall: r.current!.recall.estimate,
          },
          {
            label: `recommended ${r.threshold.toFixed(2)}`,
            precision: r.expected.precision.estimate,
            recall: r.expected.recall.estimate,
          },
        ],
        minPrecision: 0.7,
      }),
    );
  });

  it("modelPrecisionRecallChart leaves the current marker out when there is no current threshold", () => {
    const fresh = { ...m, recommendation: { ...m.recommendation, current: undefined } };
    const html = modelPrecisionRecallChart(fresh, { minPrecision: 0.7 });
    expect(html).not.toContain("current 0.50");
    expect(html).toContain(`recommended ${m.recommendation.threshold.toFixed(2)}`);
  });
});

describe("modelCapacityChart", () => {
  it("modelCapacityChart draws flags per day against the capacity, clipped at five times it", () => {
    const r = m.recommendation;
    expect(modelCapacityChart(m)).toBe(
      thresholdCurveChart(r.points, {
        title: "cf_v2: expected flags per day by threshold (capacity curve)",
        y: "flagsPerDay",
        limit: 2,
        yMax: 10,
        current: 0.5,
        recommended: r.threshold,
        caption:
          "Red dashed: capacity 2/day. 2 days of scores; values above 10/day are clipped to the top.",
      }),
    );
  });

  it("modelCapacityChart throws for a model without a capacity, naming the fix", () => {
    expect(() => modelCapacityChart(modelReadout())).toThrow(/cf_v2 has no capacity.*capacities/);
  });
});

describe("modelCostChart", () => {
  it("modelCostChart draws the cost curve of a cost-based recommendation with the cost ratio in the title", () => {
    const byCost = recommendThreshold(counts, {
      costFalsePositive: 1,
      costFalseNegative: 5,
      days: 2,
      current: 0.5,
      step: 0.1,
      replicates: 20,
    });
    const html = modelCostChart(m, byCost, { costRatio: 5 });
    expect(html).toBe(
      thresholdCurveChart(byCost.points, {
        title: "cf_v2: expected cost per day by threshold (FN = 5 × FP)",
        y: "cost",
        current: 0.5,
        recommended: byCost.threshold,
        caption: "Cost in units of one wasted review per day; n = 10.",
      }),
    );
  });
});

describe("rolloutCalibrationChart", () => {
  it("rolloutCalibrationChart shows both versions' reliability by decile with their Brier scores", () => {
    const s = rolloutShiftFixture();
    const html = rolloutCalibrationChart(s);
    expect(html).toBe(
      calibrationChart(
        [
          ...reliabilityTable(s.before, { bins: 10 }).map((b) => ({ ...b, series: "cf_v1" })),
          ...reliabilityTable(s.after, { bins: 10 }).map((b) => ({ ...b, series: "cf_v2" })),
        ],
        {
          title: "Calibration: observed violation rate by score",
          caption: `cf_v1: shadow listings (n 10); cf_v2: all its scores since the rollout (n 1,234). Brier score cf_v1 ${brierScore(s.before).toFixed(4)}, cf_v2 ${brierScore(s.after).toFixed(4)}. Bars: 95% Wilson intervals.`,
        },
      ),
    );
    // (0.2² + 0.3² + 0.6² + 0.5² + 0.4² + 0.7² + 0.2² + 0.1² + 2 × 0.05²) / 10
    expect(brierScore(s.before).toFixed(4)).toBe("0.1445");
  });
});

describe("rolloutScoreChart", () => {
  it("rolloutScoreChart draws one row per shadow listing, by label, at the shift's threshold", () => {
    const s = rolloutShiftFixture();
    const labels = [1, 1, 0, 1, 0, 1, 0, 0, 0, 0];
    const rows = [0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.1].map((score, i) => ({
      score,
      label: labels[i] === 1,
    }));
    const options = {
      title: "cf_v2 scores on shadow listings, by label",
      score: "score" as const,
      label: "label" as const,
      threshold: 0.5,
      layout: "facet" as const,
    };
    // Row order does not matter to a histogram: the same listings give the same chart.
    expect(rolloutScoreChart(s)).toBe(scoreDistributionChart(rows, options));
  });
});
