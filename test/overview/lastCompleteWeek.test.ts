import { describe, expect, it } from "vitest";
import { lastCompleteWeek } from "../../lib/overview/lastCompleteWeek.js";

describe("lastCompleteWeek", () => {
  it("is the Monday–Sunday week ending on the day when it is a Sunday, else on the Sunday before", () => {
    // 2026-10-25 is a Sunday, 2026-10-26 a Monday, 2026-10-29 a Thursday.
    expect(lastCompleteWeek("2026-10-25")).toEqual({
      start: "2026-10-19",
      end: "2026-10-25",
      previous: "2026-10-12",
    });
    expect(lastCompleteWeek("2026-10-29")).toEqual(lastCompleteWeek("2026-10-25"));
    expect(lastCompleteWeek("2026-10-26")).toEqual(lastCompleteWeek("2026-10-25"));
    expect(lastCompleteWeek("2026-10-24").end).toBe("2026-10-18");
  });

  it("crosses month and year ends and leap days", () => {
    expect(lastCompleteWeek("2027-01-02")).toEqual({
      start: "2026-12-21",
      end: "2026-12-27",
      previous: "2026-12-14",
    });
    expect(lastCompleteWeek("2028-03-01").end).toBe("2028-02-27");
    expect(lastCompleteWeek("2028-03-01").start).toBe("2028-02-21");
  });
});
