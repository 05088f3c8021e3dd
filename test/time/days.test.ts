import { describe, expect, it } from "vitest";
import { addDays } from "../../lib/time/addDays.js";
import { dayCount } from "../../lib/time/dayCount.js";
import { daysInMonth } from "../../lib/time/daysInMonth.js";
import { strictTimestampParser } from "../../lib/time/strictTimestampParser.js";
import { timestampParser } from "../../lib/time/timestampParser.js";

describe("addDays", () => {
  it("addDays moves across month, year and leap-day ends, both ways", () => {
    expect(addDays("2026-10-30", 3)).toBe("2026-11-02");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-10-29", 0)).toBe("2026-10-29");
  });

  it("addDays and dayCount undo each other", () => {
    for (const n of [0, 1, 6, 27, 90, 400])
      expect(dayCount("2026-08-01", addDays("2026-08-01", n))).toBe(n + 1);
  });
});

describe("dayCount", () => {
  it("dayCount counts both ends, and is 0 or less when last is before first", () => {
    expect(dayCount("2026-10-01", "2026-10-07")).toBe(7);
    expect(dayCount("2026-10-07", "2026-10-07")).toBe(1);
    expect(dayCount("2026-10-08", "2026-10-07")).toBe(0);
    expect(dayCount("2028-02-01", "2028-03-01")).toBe(30);
  });
});

describe("daysInMonth", () => {
  it("daysInMonth follows the Gregorian leap rule", () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it("both timestamp parsers (which share daysInMonth) accept 29 February only in leap years", () => {
    const strict = strictTimestampParser("UTC");
    const lenient = timestampParser("UTC")!;
    expect(strict("2028-02-29T00:00:00Z")).toBe(Date.UTC(2028, 1, 29));
    expect(lenient("2028-02-29")?.getTime()).toBe(Date.UTC(2028, 1, 29));
    expect(strict("2026-02-29T00:00:00Z")).toBeNaN();
    expect(lenient("2026-02-29")).toBeUndefined();
    expect(strict("2100-02-29T00:00:00Z")).toBeNaN();
    expect(lenient("2100-02-29")).toBeUndefined();
  });
});
