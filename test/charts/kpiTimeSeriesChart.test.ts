import { describe, expect, it } from "vitest";
import { kpiTimeSeriesChart } from "../../lib/charts/kpiTimeSeriesChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { kpiValue } from "../report/summaryKpiFixtures.js";

describe("kpiTimeSeriesChart", () => {
  const values = [
    kpiValue({ period: "2026-10-12", value: 0.8, dimensions: { queue: "a" } }),
    kpiValue({ period: "2026-10-19", value: 0.9, partial: true, dimensions: { queue: "b" } }),
  ];

  it("kpiTimeSeriesChart draws the values against the first value's target band", () => {
    const html = kpiTimeSeriesChart(values, { title: "Precision by week", yDomain: [0, 1] });
    expect(html).toBe(
      timeSeriesChart(
        [
          { period: "2026-10-12", value: 0.8, partial: false },
          { period: "2026-10-19", value: 0.9, partial: true },
        ],
        {
          title: "Precision by week",
          yDomain: [0, 1],
          x: "period",
          y: "value",
          partial: "partial",
          yFormat: "percent",
          target: { lower: 0.85 },
          targetLabel: "target ≥ 85.0%",
        },
      ),
    );
    expect(html).toContain("target ≥ 85.0%");
  });

  it("kpiTimeSeriesChart draws one line per value of a dimension, and a lower-is-better band", () => {
    const hours = values.map((v) => ({
      ...v,
      format: "hours",
      target: { value: 4, direction: "lower" as const },
    }));
    const html = kpiTimeSeriesChart(hours, { title: "Hours by queue", dimension: "queue" });
    expect(html).toBe(
      timeSeriesChart(
        [
          { period: "2026-10-12", segment: "a", value: 0.8, partial: false },
          { period: "2026-10-19", segment: "b", value: 0.9, partial: true },
        ],
        {
          title: "Hours by queue",
          x: "period",
          y: "value",
          z: "segment",
          partial: "partial",
          yFormat: "number",
          target: { upper: 4 },
          targetLabel: "target ≤ 4.0 h",
        },
      ),
    );
  });
});
