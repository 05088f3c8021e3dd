import { describe, expect, it } from "vitest";
import { kpiTrendRows } from "../../lib/kpi/kpiTrendRows.js";
import { definition, kpiValue } from "../report/summaryKpiFixtures.js";

describe("kpiTrendRows", () => {
  const values = [
    kpiValue({ kpi: "precision", period: "2026-10-05", value: 0.8, n: 10 }),
    kpiValue({ kpi: "precision", period: "2026-10-12", value: NaN }),
    kpiValue({ kpi: "precision", period: "2026-10-12", dimensions: { queue: "a" } }),
    kpiValue({ kpi: "recall", title: "Recall", period: "2026-10-12", value: 0.5, n: 7 }),
    kpiValue({ kpi: "recall", period: "2026-10-19", target: undefined }),
    kpiValue({ kpi: "backlog", period: "2026-10-12", value: 3 }),
    kpiValue({ kpi: "recall", title: "Recall", period: "2026-10-26", value: 0.6 }),
  ];

  it("kpiTrendRows keeps the named KPIs' all-dimensions, targeted, finite values up to a period", () => {
    expect(kpiTrendRows(values, { kpis: ["precision", "recall"], through: "2026-10-19" })).toEqual([
      { week: "2026-10-05", kpi: "Precision", value: 0.8, n: 10 },
      { week: "2026-10-12", kpi: "Recall", value: 0.5, n: 7 },
    ]);
  });

  it("kpiTrendRows keeps every period without through, titled from definitions in lang", () => {
    const rows = kpiTrendRows(values, {
      kpis: ["recall"],
      definitions: [definition("recall")],
      lang: "ko",
    });
    expect(rows.map((r) => [r.week, r.kpi])).toEqual([
      ["2026-10-12", "recall 제목"],
      ["2026-10-26", "recall 제목"],
    ]);
  });

  it("kpiTrendRows returns [] for no values or no KPI named", () => {
    expect(kpiTrendRows([], { kpis: ["recall"] })).toEqual([]);
    expect(kpiTrendRows(values, { kpis: [] })).toEqual([]);
  });
});
