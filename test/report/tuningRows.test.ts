import { describe, expect, it } from "vitest";
import { segmentRecommendationRows } from "../../lib/report/segmentRecommendationRows.js";
import { thresholdStabilityRows } from "../../lib/report/thresholdStabilityRows.js";
import { topKRows } from "../../lib/report/topKRows.js";
import type { SegmentRecommendation } from "../../lib/tuning/recommendThresholdBy.js";
import type { ModelThresholdReadout } from "../../lib/tuning/thresholdReadout.js";

const interval = (estimate: number, lower: number, upper: number) => ({ estimate, lower, upper });

/** The fields of a model's readout the stability table reads. */
function readout(holds: boolean): ModelThresholdReadout {
  return {
    model: "cf_v2",
    stability: {
      cut: "2026-10-15",
      first: { n: 800 },
      second: { n: 750 },
      recommendation: { threshold: 0.62 },
      check: {
        expected: { precision: interval(0.9, 0.85, 0.95) },
        observed: {
          precision: interval(0.84, 0.8, 0.88),
          flagsPerDay: interval(6.44, 5.9, 7),
        },
        holds,
        held: holds
          ? { minPrecision: true, capacity: true }
          : { minPrecision: false, capacity: false },
      },
    },
  } as unknown as ModelThresholdReadout;
}

describe("thresholdStabilityRows", () => {
  it("thresholdStabilityRows writes the first half's recommendation and what the second half saw", () => {
    expect(thresholdStabilityRows([readout(true)])).toEqual([
      {
        model: "cf_v2",
        "tuned on": "before 2026-10-15 (n 800)",
        threshold: 0.62,
        "expected precision": "90.0% [85.0%–95.0%]",
        "next: precision": "84.0% [80.0%–88.0%] (n 750)",
        "next: flags/day": "6.4",
        holds: "yes",
      },
    ]);
  });

  it("thresholdStabilityRows names the constraints that did not hold", () => {
    expect(thresholdStabilityRows([readout(false)])[0].holds).toBe("no (minPrecision, capacity)");
    expect(thresholdStabilityRows([])).toEqual([]);
  });
});

describe("segmentRecommendationRows", () => {
  const segment = (category: string, fallback: boolean) =>
    ({
      key: { category },
      n: 400,
      positives: fallback ? 12 : 45,
      fallback,
      recommendation: {
        threshold: 0.7,
        expected: { precision: interval(0.8, 0.7, 0.9), recall: interval(0.5, 0.4, 0.6) },
        current: { threshold: 0.8, precision: interval(0.875, 0.8, 0.95) },
      },
    }) as unknown as SegmentRecommendation;

  it("segmentRecommendationRows writes each segment's key, support and recommendation", () => {
    expect(segmentRecommendationRows([segment("bags", false), segment("watches", true)])).toEqual([
      {
        category: "bags",
        n: 400,
        violations: 45,
        threshold: 0.7,
        precision: "80.0% [70.0%–90.0%]",
        recall: "50.0% [40.0%–60.0%]",
        "at 0.80: precision": "87.5%",
      },
      {
        category: "watches",
        n: 400,
        violations: 12,
        threshold: "0.7 (overall)",
        precision: "80.0% [70.0%–90.0%]",
        recall: "50.0% [40.0%–60.0%]",
        "at 0.80: precision": "87.5%",
      },
    ]);
  });

  it("segmentRecommendationRows leaves the current column out without a current threshold", () => {
    const s = segment("bags", false);
    const [row] = segmentRecommendationRows([
      {
        ...s,
        key: { category: "bags", seller_tier: 2 },
        recommendation: { ...s.recommendation, current: undefined },
      },
    ]);
    expect(Object.keys(row)).toEqual([
      "category",
      "seller_tier",
      "n",
      "violations",
      "threshold",
      "precision",
      "recall",
    ]);
    expect(row.seller_tier).toBe("2");
  });
});

describe("topKRows", () => {
  it("topKRows writes shares and rates as percentages and keeps counts and the cut-off", () => {
    expect(
      topKRows([
        {
          share: 0.005,
          cutoff: 0.97,
          flagged: 5,
          truePositives: 4,
          falsePositives: 1,
          precision: 0.8,
          recall: 0.04,
        },
      ]),
    ).toEqual([
      {
        "top share": "0.5%",
        cutoff: 0.97,
        flagged: 5,
        TP: 4,
        FP: 1,
        precision: "80.0%",
        recall: "4.0%",
      },
    ]);
  });

  it("topKRows shows a rate without violations as –", () => {
    const [row] = topKRows([
      {
        share: 0.01,
        cutoff: 0.9,
        flagged: 0,
        truePositives: 0,
        falsePositives: 0,
        precision: NaN,
        recall: NaN,
      },
    ]);
    expect(row.precision).toBe("–");
    expect(topKRows([])).toEqual([]);
  });
});
