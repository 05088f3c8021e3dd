import { describe, expect, it } from "vitest";
import { kpiDimensionValues } from "../../lib/kpi/kpiDimensionValues.js";
import { kpiValue } from "../report/summaryKpiFixtures.js";

describe("kpiDimensionValues", () => {
  const values = [
    kpiValue({ period: "2026-10-12", dimensions: {} }),
    kpiValue({ period: "2026-10-12", dimensions: { queue: "contact" }, value: 0.7 }),
    kpiValue({ period: "2026-10-19", dimensions: { queue: "contact" }, value: NaN }),
    kpiValue({ period: "2026-10-19", dimensions: { category: "bags" } }),
    kpiValue({ kpi: "recall", period: "2026-10-19", dimensions: { queue: "contact" } }),
    kpiValue({ period: "2026-10-19", dimensions: { queue: "fake" }, value: 0.95 }),
  ];

  it("kpiDimensionValues keeps one KPI's finite values that carry the dimension, in order", () => {
    expect(
      kpiDimensionValues(values, "precision", "queue").map((v) => [v.dimensions.queue, v.value]),
    ).toEqual([
      ["contact", 0.7],
      ["fake", 0.95],
    ]);
  });

  it("kpiDimensionValues returns nothing for a dimension or KPI without values", () => {
    expect(kpiDimensionValues(values, "precision", "seller_tier")).toEqual([]);
    expect(kpiDimensionValues([], "precision", "queue")).toEqual([]);
  });
});
