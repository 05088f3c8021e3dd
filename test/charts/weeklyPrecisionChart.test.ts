import { describe, expect, it } from "vitest";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import { weeklyPrecisionChart } from "../../lib/charts/weeklyPrecisionChart.js";

const rows = [
  { week: "2026-10-12", queue: "contact", precision: 0.9 },
  { week: "2026-10-19", queue: "contact", precision: 0.7 },
];

describe("weeklyPrecisionChart", () => {
  it("weeklyPrecisionChart draws precision by week on 0–100% with the band above the target", () => {
    const html = weeklyPrecisionChart(rows, { z: "queue", target: 0.85, title: "Precision" });
    expect(html).toBe(
      timeSeriesChart(rows, {
        x: "week",
        y: "precision",
        z: "queue",
        yFormat: "percent",
        yDomain: [0, 1],
        target: { lower: 0.85 },
        targetLabel: "target ≥ 85.0%",
        title: "Precision",
      }),
    );
    expect(html).toContain("target ≥ 85.0%");
  });

  it("weeklyPrecisionChart draws no band without a target", () => {
    const html = weeklyPrecisionChart(rows, { title: "Precision" });
    expect(html).toBe(
      timeSeriesChart(rows, {
        x: "week",
        y: "precision",
        yFormat: "percent",
        yDomain: [0, 1],
        title: "Precision",
      }),
    );
    expect(html).not.toContain("target ≥");
  });
});
