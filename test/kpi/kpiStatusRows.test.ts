import { describe, expect, it } from "vitest";
import { kpiStatusRows } from "../../lib/kpi/kpiStatusRows.js";
import { definition, kpiValue } from "../report/summaryKpiFixtures.js";

describe("kpiStatusRows", () => {
  it("kpiStatusRows counts each KPI's all-dimensions periods by status, with the last missed", () => {
    const values = [
      kpiValue({ period: "2026-10-05", status: "missed" }),
      kpiValue({ period: "2026-10-12", status: "met" }),
      kpiValue({ period: "2026-10-19", status: "missed" }),
      kpiValue({ period: "2026-10-26", status: "no_data" }),
      kpiValue({ period: "2026-10-26", status: "missed", dimensions: { queue: "a" } }),
      kpiValue({ kpi: "other", status: "at_risk" }),
    ];
    expect(kpiStatusRows([definition("precision"), definition("empty")], values)).toEqual([
      {
        area: "detection",
        kpi: "precision title",
        grain: "week",
        target: "≥ 85.0%",
        periods: 4,
        met: 1,
        at_risk: 0,
        missed: 2,
        no_data: 1,
        last_missed: "2026-10-19",
      },
      {
        area: "detection",
        kpi: "empty title",
        grain: "week",
        target: "none",
        periods: 0,
        met: 0,
        at_risk: 0,
        missed: 0,
        no_data: 0,
        last_missed: "",
      },
    ]);
  });

  it("kpiStatusRows returns [] without definitions", () => {
    expect(kpiStatusRows([], [kpiValue({})])).toEqual([]);
  });
});
