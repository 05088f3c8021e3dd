import { describe, expect, it } from "vitest";
import type { KpiStatusRow } from "../../lib/kpi/kpiStatusRows.js";
import { kpiStatusColumns } from "../../lib/report/kpiStatusColumns.js";
import { columnCells } from "./columnCells.js";

describe("kpiStatusColumns", () => {
  it("kpiStatusColumns shows the KPI, its target and the periods by status", () => {
    const row: KpiStatusRow = {
      area: "detection",
      kpi: "Precision",
      grain: "week",
      target: "≥ 85.0%",
      periods: 1300,
      met: 1000,
      at_risk: 200,
      missed: 90,
      no_data: 10,
      last_missed: "2026-10-19",
    };
    const { labels, cells } = columnCells([row], kpiStatusColumns());
    expect(labels).toEqual([
      "area",
      "KPI",
      "grain",
      "target",
      "periods",
      "met",
      "at risk",
      "missed",
      "no data",
      "last missed",
    ]);
    expect(cells).toEqual([
      [
        "detection",
        "Precision",
        "week",
        "≥ 85.0%",
        "1,300",
        "1,000",
        "200",
        "90",
        "10",
        "2026-10-19",
      ],
    ]);
  });
});
