import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { DEFAULT_ZONE, DEFAULT_ZONE_OFFSET_MS } from "../../lib/time/defaultZone.js";
import { nextPeriod } from "../../lib/time/nextPeriod.js";
import { periodKeys } from "../../lib/time/periodKeys.js";
import { periodRange } from "../../lib/time/periodRange.js";
import { periodStart } from "../../lib/time/periodStart.js";
import { periodStartMs } from "../../lib/time/periodStartMs.js";

describe("default zone", () => {
  it("DEFAULT_ZONE_OFFSET_MS is the default zone's offset, per luxon's zone database, across the sample's years", () => {
    for (const iso of ["1990-01-15T12:00:00Z", "2026-07-01T00:00:00Z", "2026-12-31T23:00:00Z"]) {
      const offsetMinutes = DateTime.fromISO(iso, { zone: DEFAULT_ZONE }).offset;
      expect(offsetMinutes * 60_000).toBe(DEFAULT_ZONE_OFFSET_MS);
    }
  });
});

describe("periodKeys", () => {
  it("periodKeys labels instants like periodStart in the default zone, cached or not", () => {
    const week = periodKeys("week");
    const month = periodKeys("month");
    const times = [
      "2026-10-25T14:59:59Z",
      "2026-10-25T15:00:00Z",
      "2026-10-29T20:00:00Z",
      "2026-10-31T15:00:00Z",
      "2026-10-25T15:00:00Z",
    ].map((t) => Date.parse(t));
    for (const ms of times) {
      expect(week(ms)).toBe(periodStart(ms, "week", { zone: DEFAULT_ZONE }));
      expect(month(ms)).toBe(periodStart(ms, "month", { zone: DEFAULT_ZONE }));
    }
    expect(week(Date.parse("2026-10-25T14:59:59Z"))).toBe("2026-10-19"); // Sunday 23:59 in Seoul
    expect(week(Date.parse("2026-10-25T15:00:00Z"))).toBe("2026-10-26"); // Monday 00:00 in Seoul
  });

  it("periodKeys gives null for NaN and infinite times", () => {
    const day = periodKeys("day");
    expect(day(NaN)).toBeNull();
    expect(day(Infinity)).toBeNull();
  });
});

describe("nextPeriod", () => {
  it("nextPeriod steps a day, a week and a month, across month and year ends", () => {
    expect(nextPeriod("2026-10-31", "day")).toBe("2026-11-01");
    expect(nextPeriod("2026-12-28", "week")).toBe("2027-01-04");
    expect(nextPeriod("2026-12-01", "month")).toBe("2027-01-01");
  });
});

describe("periodStartMs", () => {
  it("periodStartMs is midnight of the day in the default zone", () => {
    expect(periodStartMs("2026-10-20")).toBe(Date.parse("2026-10-20T00:00:00+09:00"));
    expect(periodStartMs("2026-10-20")).toBe(
      DateTime.fromISO("2026-10-20", { zone: DEFAULT_ZONE }).toMillis(),
    );
  });
});

describe("periodRange", () => {
  it("periodRange lists every period from the one containing from to the one containing to", () => {
    expect(periodRange("2026-10-30", "2026-11-02", "day")).toEqual([
      "2026-10-30",
      "2026-10-31",
      "2026-11-01",
      "2026-11-02",
    ]);
    expect(periodRange("2026-10-28", "2026-11-03", "week")).toEqual(["2026-10-26", "2026-11-02"]);
    expect(periodRange("2026-10-28", "2026-12-01", "month")).toEqual([
      "2026-10-01",
      "2026-11-01",
      "2026-12-01",
    ]);
  });

  it("periodRange is empty when from is after to, or not a day", () => {
    expect(periodRange("2026-11-02", "2026-10-30", "day")).toEqual([]);
    expect(periodRange("not a day", "2026-10-30", "day")).toEqual([]);
  });
});
