import { describe, expect, it } from "vitest";
import type { MonitorWindow } from "../../lib/stream/MonitorTypes.js";
import { dailyEventCounts } from "../../lib/stream/dailyEventCounts.js";
import { dailyPrecision } from "../../lib/stream/dailyPrecision.js";
import { dailyWindowTotals } from "../../lib/stream/dailyWindowTotals.js";

const window = (start: string, byType: Record<string, number>, confirmed = 0, decided = 0) =>
  ({ start, byType, confirmed, decided }) as MonitorWindow;

// 14:00Z is 23:00 in Seoul, 15:00Z is midnight: the second window starts the next Seoul day.
const windows = [
  window("2026-10-01T14:00:00.000Z", { flagged: 2, listing_created: 5 }, 1, 2),
  window("2026-10-01T15:00:00.000Z", { flagged: 1 }, 3, 4),
  window("2026-10-01T16:00:00.000Z", { review_decided: 4 }, 0, 0),
];

describe("daily monitor totals", () => {
  it("dailyWindowTotals sums windows into the calendar day of the zone they start in", () => {
    expect(dailyWindowTotals(windows)).toEqual([
      { day: "2026-10-01", byType: { flagged: 2, listing_created: 5 }, confirmed: 1, decided: 2 },
      { day: "2026-10-02", byType: { flagged: 1, review_decided: 4 }, confirmed: 3, decided: 4 },
    ]);
    expect(dailyWindowTotals(windows, { zone: "UTC" }).map((d) => d.day)).toEqual(["2026-10-01"]);
    expect(dailyWindowTotals([])).toEqual([]);
  });

  it("dailyEventCounts gives one row per day and type, 0 where a day has none", () => {
    expect(dailyEventCounts(windows, ["listing_created", "flagged"])).toEqual([
      { day: "2026-10-01", type: "listing_created", events: 5 },
      { day: "2026-10-01", type: "flagged", events: 2 },
      { day: "2026-10-02", type: "listing_created", events: 0 },
      { day: "2026-10-02", type: "flagged", events: 1 },
    ]);
  });

  it("dailyPrecision gives confirmed / decided with a Wilson interval and skips days without decisions", () => {
    const rows = dailyPrecision([...windows, window("2026-10-03T01:00:00.000Z", {}, 0, 0)]);
    expect(rows.map((r) => [r.day, r.precision, r.decided])).toEqual([
      ["2026-10-01", 0.5, 2],
      ["2026-10-02", 0.75, 4],
    ]);
    // Wilson 95% for 3 of 4, computed by hand: centre 0.6275, half-width 0.3269.
    expect(rows[1].lower).toBeCloseTo(0.3006, 3);
    expect(rows[1].upper).toBeCloseTo(0.9544, 3);
  });
});
