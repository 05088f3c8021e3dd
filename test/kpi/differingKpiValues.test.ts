import { describe, expect, it } from "vitest";
import { differingKpiValues } from "../../lib/kpi/differingKpiValues.js";
import { kpiValue } from "../report/summaryKpiFixtures.js";

describe("differingKpiValues", () => {
  it("differingKpiValues keeps values that differ from the same KPI, period and dimensions", () => {
    const batch = [
      kpiValue({ period: "2026-10-12", value: 0.8 }),
      kpiValue({ period: "2026-10-19", value: 0.9 }),
      kpiValue({ period: "2026-10-19", value: 0.5, dimensions: { queue: "contact" } }),
      kpiValue({ period: "2026-10-26", value: NaN }),
    ];
    const streamed = [
      kpiValue({ period: "2026-10-12", value: 0.8 + 1e-12 }), // equal within 1e-9
      kpiValue({ period: "2026-10-19", value: 0.91 }),
      kpiValue({ period: "2026-10-19", value: 0.5, dimensions: { queue: "contact" } }),
      kpiValue({ period: "2026-10-26", value: NaN }), // both NaN: equal
      kpiValue({ period: "2026-11-02", value: 0.7 }), // no batch value
    ];
    expect(differingKpiValues(streamed, batch).map((v) => v.period)).toEqual([
      "2026-10-19",
      "2026-11-02",
    ]);
  });

  it("differingKpiValues tells a value from NaN and returns nothing for no values", () => {
    const nan = [kpiValue({ value: NaN })];
    expect(differingKpiValues([kpiValue({ value: 0.9 })], nan)).toHaveLength(1);
    expect(differingKpiValues(nan, [kpiValue({ value: 0.9 })])).toHaveLength(1);
    expect(differingKpiValues([], nan)).toEqual([]);
  });
});
