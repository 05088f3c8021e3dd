import { describe, expect, it } from "vitest";
import { precisionArrivalChart } from "../../lib/charts/precisionArrivalChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";
import type { ShadowArrivalPoint } from "../../lib/rules/shadowArrivalSeries.js";

const points: ShadowArrivalPoint[] = [
  { day: "2026-10-12", series: "precision", value: 0.8, labeled: 10 },
  { day: "2026-10-12", series: "95% lower bound", value: 0.49, labeled: 10 },
  { day: "2026-10-13", series: "precision", value: 0.75, labeled: 20 },
  { day: "2026-10-13", series: "95% lower bound", value: 0.53, labeled: 20 },
];

describe("precisionArrivalChart", () => {
  it("precisionArrivalChart draws each series by day on 0–100% against the labelled bar", () => {
    const html = precisionArrivalChart(points, { bar: 0.6, title: "cf_new" });
    expect(html).toBe(
      timeSeriesChart(points, {
        x: "day",
        y: "value",
        z: "series",
        yFormat: "percent",
        yDomain: [0, 1],
        target: 0.6,
        targetLabel: "bar 60.0%",
        title: "cf_new",
      }),
    );
    expect(html).toContain("bar 60.0%");
  });
});
