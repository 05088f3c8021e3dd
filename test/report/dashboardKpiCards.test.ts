import { describe, expect, it } from "vitest";
import { dashboardKpiCards } from "../../lib/report/dashboardKpiCards.js";
import { definition, entry, kpiValue } from "./summaryKpiFixtures.js";

describe("dashboardKpiCards", () => {
  const target = { value: 0.85, direction: "higher" } as const;

  it("dashboardKpiCards gives a card per targeted KPI with a judged value, in definition order", () => {
    const scorecard = [
      entry(kpiValue({ kpi: "b", status: "missed", value: 0.5, n: 1234, lower: 0.4, upper: 0.6 })),
      entry(kpiValue({ kpi: "a", status: "partial" })),
      entry(kpiValue({ kpi: "c", status: "no_data" })),
    ];
    const definitions = [
      definition("a", { target }),
      definition("b", { target }),
      definition("c", { target }),
      definition("d"),
    ];
    expect(dashboardKpiCards(definitions, scorecard)).toEqual([
      {
        name: "a title (2026-10-19)",
        value: "90.0%",
        target: "≥ 85.0%",
        status: "no_data",
        detail: "n = 40 · owner a-owner",
      },
      {
        name: "b title (2026-10-19)",
        value: "50.0%",
        target: "≥ 85.0%",
        status: "missed",
        detail: "n = 1,234 · 95% CI 40.0%–60.0% · owner b-owner",
      },
    ]);
  });

  it("dashboardKpiCards leaves out a KPI without a target and speaks the report's language", () => {
    const scorecard = [entry(kpiValue({ kpi: "a" }))];
    expect(dashboardKpiCards([definition("a")], scorecard)).toEqual([]);
    const [card] = dashboardKpiCards([definition("a", { target })], scorecard, "ko");
    expect(card.name).toBe("a 제목 (2026년 10월 19일)");
  });
});
