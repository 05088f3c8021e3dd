import { describe, expect, it } from "vitest";
import { dailyCountChart } from "../../lib/charts/dailyCountChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";

const rows = [
  { day: "2026-10-12", series: "flags", count: 1200 },
  { day: "2026-10-13", series: "flags", count: 900 },
  { day: "2026-10-12", series: "decisions", count: 1100 },
  { day: "2026-10-13", series: "decisions", count: 0 },
];

describe("dailyCountChart", () => {
  it("dailyCountChart draws counts per day without dots on an integer axis, one line per z", () => {
    const html = dailyCountChart(rows, { z: "series", title: "Per day" });
    expect(html).toBe(
      timeSeriesChart(rows, {
        x: "day",
        y: "count",
        z: "series",
        dots: false,
        yFormat: "integer",
        title: "Per day",
      }),
    );
    expect(html).toContain("1,200");
  });
});
