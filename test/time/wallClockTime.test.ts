import { describe, expect, it } from "vitest";
import { formatWallClock } from "../../lib/format/formatWallClock.js";
import { wallClockTime } from "../../lib/time/wallClockTime.js";

describe("wallClockTime", () => {
  it("wallClockTime shows an instant's Asia/Seoul wall clock in the UTC fields", () => {
    expect(wallClockTime("2026-08-01T00:30:00+09:00").toISOString()).toBe(
      "2026-08-01T00:30:00.000Z",
    );
    expect(wallClockTime(new Date("2026-07-31T15:00:00.250Z")).toISOString()).toBe(
      "2026-08-01T00:00:00.250Z",
    );
    expect(wallClockTime(Date.UTC(2026, 7, 1, 15)).toISOString()).toBe("2026-08-02T00:00:00.000Z");
  });

  it("wallClockTime takes a YYYY-MM-DD day as that day's midnight in any zone", () => {
    expect(wallClockTime("2026-08-01").toISOString()).toBe("2026-08-01T00:00:00.000Z");
    expect(wallClockTime("2026-08-01", "America/New_York").toISOString()).toBe(
      "2026-08-01T00:00:00.000Z",
    );
  });

  it("wallClockTime follows daylight saving time in other zones", () => {
    // New York: UTC-4 in summer, UTC-5 in winter.
    expect(wallClockTime("2026-08-01T12:00:00Z", "America/New_York").toISOString()).toBe(
      "2026-08-01T08:00:00.000Z",
    );
    expect(wallClockTime("2026-12-01T12:00:00Z", "America/New_York").toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
  });

  it("wallClockTime returns an invalid Date for unparsable input and impossible days", () => {
    expect(Number.isNaN(wallClockTime("yesterday").getTime())).toBe(true);
    expect(Number.isNaN(wallClockTime("2026-02-30").getTime())).toBe(true);
  });

  it("wallClockTime names an unknown time zone", () => {
    expect(() => wallClockTime("2026-08-01T00:00:00Z", "Asia/Busan")).toThrow(
      /wallClockTime: time zone "Asia\/Busan" is unknown; pass an IANA name such as "Asia\/Seoul"/,
    );
  });

  it("formatWallClock prints the day, and the time when it is not midnight", () => {
    expect(formatWallClock(wallClockTime("2026-08-03T14:05:09+09:00"))).toBe("2026-08-03 14:05");
    expect(formatWallClock(wallClockTime("2026-08-03T00:00:00+09:00"))).toBe("2026-08-03");
  });
});
