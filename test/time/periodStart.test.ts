import { describe, expect, it } from "vitest";
import { periodStart } from "../../lib/time/periodStart.js";

describe("periodStart", () => {
  it("periodStart uses the Seoul calendar: 20:00 UTC is already the next day", () => {
    expect(periodStart(new Date("2026-10-28T20:00:00Z"), "day")).toBe("2026-10-29");
    expect(periodStart(new Date("2026-10-28T14:59:59Z"), "day")).toBe("2026-10-28");
  });

  it("periodStart starts weeks on Monday", () => {
    expect(periodStart("2026-11-01T12:00:00+09:00", "week")).toBe("2026-10-26"); // Sunday
    expect(periodStart("2026-10-26T00:00:00+09:00", "week")).toBe("2026-10-26"); // Monday midnight
    expect(periodStart("2026-10-25T23:59:59+09:00", "week")).toBe("2026-10-19");
  });

  it("periodStart gives the first of the month", () => {
    expect(periodStart("2026-08-31T23:30:00+09:00", "month")).toBe("2026-08-01");
    expect(periodStart("2026-08-31T15:30:00Z", "month")).toBe("2026-09-01");
  });

  it("periodStart agrees with luxon for another zone and for Seoul", () => {
    expect(periodStart("2026-11-01T06:00:00Z", "day", { zone: "America/New_York" })).toBe(
      "2026-11-01",
    );
    expect(periodStart("2026-11-01T03:00:00Z", "day", { zone: "America/New_York" })).toBe(
      "2026-10-31",
    );
    expect(periodStart("2026-11-01T03:00:00Z", "week", { zone: "America/New_York" })).toBe(
      "2026-10-26",
    );
  });

  it("periodStart returns null for null and invalid dates and rejects unknown zones", () => {
    expect(periodStart(null, "day")).toBeNull();
    expect(periodStart("not a date", "day")).toBeNull();
    expect(() => periodStart(0, "day", { zone: "Mars/Olympus" })).toThrow(
      /zone "Mars\/Olympus" is not an IANA time zone/,
    );
  });
});
