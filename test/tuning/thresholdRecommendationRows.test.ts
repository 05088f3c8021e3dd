import { describe, expect, it } from "vitest";
import type { ModelThresholdReadout } from "../../lib/tuning/thresholdReadout.js";
import { thresholdRecommendationRows } from "../../lib/tuning/thresholdRecommendationRows.js";

/** The fields of a model's readout the summary table reads; the rest is not needed here. */
function readout(model: string, capacity: boolean): ModelThresholdReadout {
  return {
    model,
    recommendation: {
      labelled: 1200,
      current: { threshold: 0.5 },
      verdict: "raise_threshold",
      threshold: 0.62,
      thresholdInterval: { lower: 0.584, upper: 0.655 },
      expected: {
        precision: { estimate: 0.912, lower: 0.88, upper: 0.9444 },
        constraintProbability: capacity
          ? { minPrecision: 0.97, capacity: 0.93 }
          : { minPrecision: 0.97 },
        flagsPerDay: { estimate: 5.44, lower: 4.96, upper: 6.01 },
        daysOverCapacity: capacity ? 3 : undefined,
      },
    },
  } as unknown as ModelThresholdReadout;
}

describe("thresholdRecommendationRows", () => {
  it("thresholdRecommendationRows writes each model's recommendation with its intervals", () => {
    expect(thresholdRecommendationRows([readout("cf_v2", true)])).toEqual([
      {
        model: "cf_v2",
        n: 1200,
        current: 0.5,
        verdict: "raise threshold",
        "recommended [95% CI]": "0.62 [0.58–0.66]",
        "precision (rec.)": "91.2% [88.0%–94.4%]",
        "P(precision ≥ floor)": "97.0%",
        "flags/day (rec.)": "5.4 [5.0–6.0]",
        "P(within capacity)": "93.0%",
        "days over capacity": 3,
      },
    ]);
  });

  it("thresholdRecommendationRows shows a missing capacity as – and no days over it", () => {
    const [row] = thresholdRecommendationRows([readout("contact_v1", false)]);
    expect(row["P(within capacity)"]).toBe("–");
    expect(row["days over capacity"]).toBe(0);
    expect(thresholdRecommendationRows([])).toEqual([]);
  });
});
