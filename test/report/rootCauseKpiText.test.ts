import { describe, expect, it } from "vitest";
import { rootCauseKpiText } from "../../lib/report/rootCauseKpiText.js";
import { rcaResult } from "./rcaFixtures.js";

describe("rootCauseKpiText", () => {
  it("rootCauseKpiText gives a ratio KPI before and during as percentages", () => {
    const rootCause = { kpi: "counterfeit recall", result: rcaResult("ratio", []) };
    expect(rootCauseKpiText(rootCause, 14)).toBe(
      "KPI: **counterfeit recall**. Baseline 90.0% (the 14 days before), during 60.0%. 1,204 segments scored.",
    );
  });

  it("rootCauseKpiText says how an additive KPI's baseline was scaled, and nothing without a KPI", () => {
    const rootCause = { kpi: "flags", result: rcaResult("additive", []) };
    expect(rootCauseKpiText(rootCause, 7)).toBe(
      "KPI: **flags**. Baseline 120.0 (the 7 days before, scaled ×0.50 to the window's length), during 300.0. 1,204 segments scored.",
    );
    const unscaled = { ...rootCause.result, kpi: { ...rootCause.result.kpi!, baselineScale: 1 } };
    expect(rootCauseKpiText({ kpi: "flags", result: unscaled }, 7)).toContain(
      "Baseline 120.0 (the 7 days before), during",
    );
    expect(rootCauseKpiText({ kpi: "flags", result: { ...unscaled, kpi: null } }, 7)).toBe("");
  });
});
