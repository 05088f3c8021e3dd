import { describe, expect, it } from "vitest";
import { dailyEventsChart } from "../../lib/charts/dailyEventsChart.js";
import { timeSeriesChart } from "../../lib/charts/timeSeriesChart.js";

describe("dailyEventsChart", () => {
  it("dailyEventsChart draws one undotted line per event type with integer counts", () => {
    const rows = [
      { day: "2026-10-01", type: "flagged", events: 1200 },
      { day: "2026-10-02", type: "flagged", events: 1300 },
      { day: "2026-10-01", type: "listing_created", events: 5 },
    ];
    const html = dailyEventsChart(rows, { title: "Events per day", yLabel: "per day" });
    expect(html).toBe(
      timeSeriesChart(rows, {
        title: "Events per day",
        yLabel: "per day",
        x: "day",
        y: "events",
        z: "type",
        dots: false,
        yFormat: "integer",
      }),
    );
    expect(html).toContain("1,300");
    expect(html).toContain("listing_created");
  });
});
