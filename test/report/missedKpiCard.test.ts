import { describe, expect, it } from "vitest";
import { missedKpiCard } from "../../lib/report/missedKpiCard.js";
import { definition, entry, kpiValue } from "./summaryKpiFixtures.js";

describe("missedKpiCard", () => {
  it("missedKpiCard picks the KPI furthest past its target relative to the target", () => {
    // precision: |0.6 - 0.85| / 0.85 = 0.29; backlog: |130 - 100| / 100 = 0.30.
    const scorecard = [
      entry(kpiValue({ kpi: "precision", value: 0.6, status: "missed", lower: 0.5, upper: 0.7 })),
      entry(
        kpiValue({
          kpi: "backlog",
          title: "Backlog",
          format: "integer",
          grain: "day",
          period: "2026-10-25",
          value: 130,
          n: 130,
          target: { value: 100, direction: "lower" },
          status: "missed",
        }),
      ),
      entry(kpiValue({ kpi: "recall", value: 0.2, status: "at_risk" })),
    ];
    expect(missedKpiCard(scorecard, { definitions: [definition("backlog")] })).toEqual({
      title: "KPI: backlog title",
      action: "Bring backlog title back to at most 100: it was 130 in the day of 2026-10-25.",
      impact: "n = 130. backlog description.",
      rationale: expect.any(String),
      owner: "backlog-owner",
    });
    const precisionOnly = missedKpiCard(scorecard.slice(0, 1));
    expect(precisionOnly?.impact).toBe("n = 40; 95% CI 50.0%–70.0%. ");
    expect(precisionOnly?.owner).toBeUndefined();
  });

  it("missedKpiCard gives undefined when nothing missed", () => {
    expect(
      missedKpiCard([entry(kpiValue({ status: "at_risk" })), entry(undefined)]),
    ).toBeUndefined();
    expect(missedKpiCard([])).toBeUndefined();
  });

  it("missedKpiCard speaks the report's language", () => {
    const card = missedKpiCard([entry(kpiValue({ value: 0.5, status: "missed" }))], {
      definitions: [definition("precision")],
      lang: "ko",
    });
    expect(card?.title).toBe("KPI: precision 제목");
    expect(card?.impact).toContain("precision 설명.");
  });
});
