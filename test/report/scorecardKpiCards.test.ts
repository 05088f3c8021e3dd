import { describe, expect, it } from "vitest";
import { scorecardKpiCards } from "../../lib/report/scorecardKpiCards.js";
import { definition, entry, kpiValue } from "./summaryKpiFixtures.js";

describe("scorecardKpiCards", () => {
  it("scorecardKpiCards shows value, target, n, interval and the previous period", () => {
    const last = kpiValue({ value: 0.8812, lower: 0.8, upper: 0.95, n: 40.4 });
    const previous = kpiValue({ value: 0.9, period: "2026-10-12" });
    expect(scorecardKpiCards([entry(last, previous)])).toEqual([
      {
        name: "Precision (week of 2026-10-19)",
        value: "88.1%",
        target: "≥ 85.0%",
        status: "met",
        detail: "n = 40; 95% CI 80.0%–95.0%; previous 90.0%",
      },
    ]);
  });

  it("scorecardKpiCards puts missed first, then at risk, no data and met, keeping ties in order", () => {
    const cards = scorecardKpiCards([
      entry(kpiValue({ title: "A", status: "met" })),
      entry(kpiValue({ title: "B", status: "partial" })),
      entry(kpiValue({ title: "C", status: "missed" })),
      entry(kpiValue({ title: "D", status: "at_risk" })),
      entry(kpiValue({ title: "E", status: "missed" })),
    ]);
    expect(cards.map((c) => [c.name.slice(0, 1), c.status])).toEqual([
      ["C", "missed"],
      ["E", "missed"],
      ["D", "at_risk"],
      ["B", "no_data"],
      ["A", "met"],
    ]);
  });

  it("scorecardKpiCards leaves out entries without a value or a target and says no data for NaN", () => {
    const cards = scorecardKpiCards([
      entry(undefined),
      entry(kpiValue({ target: undefined, status: "no_target" })),
      entry(kpiValue({ value: NaN, status: "no_data", target: { value: 4, direction: "lower" } })),
    ]);
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ value: "no data", target: "≤ 400.0%", detail: "n = 40" });
  });

  it("scorecardKpiCards titles a KPI in the report's language from its definition", () => {
    const [card] = scorecardKpiCards([entry(kpiValue({ kpi: "precision" }))], {
      definitions: [definition("precision")],
      lang: "ko",
    });
    expect(card.name).toBe("precision 제목 (2026년 10월 19일 주간)");
    expect(card.value).toBe("90.0%");
  });

  it("scorecardKpiCards returns no cards for an empty scorecard", () => {
    expect(scorecardKpiCards([])).toEqual([]);
  });
});
