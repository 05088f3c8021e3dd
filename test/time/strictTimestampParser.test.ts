import { describe, expect, it } from "vitest";
import { strictTimestampParser } from "../../lib/time/strictTimestampParser.js";
import { timestampProblem } from "../../lib/time/timestampProblem.js";

const seoul = strictTimestampParser("Asia/Seoul");

describe("strictTimestampParser", () => {
  it("strictTimestampParser reads an offset, Z and a fraction exactly", () => {
    expect(seoul("2026-10-29T09:00:00+09:00")).toBe(Date.UTC(2026, 9, 29, 0, 0, 0));
    expect(seoul("2026-10-29T00:00:00Z")).toBe(Date.UTC(2026, 9, 29, 0, 0, 0));
    expect(seoul("2026-10-28T19:30:00-04:30")).toBe(Date.UTC(2026, 9, 29, 0, 0, 0));
    expect(seoul("2026-10-29T00:00:00.5Z")).toBe(Date.UTC(2026, 9, 29, 0, 0, 0, 500));
    // Digits past the millisecond are truncated, not rounded.
    expect(seoul("2026-10-29T00:00:00.123999999Z")).toBe(Date.UTC(2026, 9, 29, 0, 0, 0, 123));
    expect(seoul("2028-02-29T12:00:00Z")).toBe(Date.UTC(2028, 1, 29, 12));
    expect(seoul("2000-02-29T00:00:00Z")).toBe(Date.UTC(2000, 1, 29));
    // Years below 100 are years, not 1900 + year as Date.UTC would read them.
    expect(seoul("0099-12-31T23:59:59Z")).toBe(-59_011_459_201_000);
    expect(seoul("1969-12-31T23:59:59Z")).toBe(-1000);
  });

  it("strictTimestampParser reads a time without an offset in the dataset's zone, not the process's", () => {
    // The tests run with TZ=Asia/Seoul; the zone argument alone decides.
    expect(seoul("2026-10-29T09:00:00")).toBe(Date.UTC(2026, 9, 29, 0, 0, 0));
    expect(strictTimestampParser("UTC")("2026-10-29T09:00:00")).toBe(
      Date.UTC(2026, 9, 29, 9, 0, 0),
    );
    const newYork = strictTimestampParser("America/New_York");
    expect(newYork("2026-07-01T12:00:00")).toBe(Date.UTC(2026, 6, 1, 16)); // EDT, -04:00
    expect(newYork("2026-12-01T12:00:00")).toBe(Date.UTC(2026, 11, 1, 17)); // EST, -05:00
  });

  it("strictTimestampParser rejects what Date.parse accepts and ISO 8601 does not, saying why", () => {
    const cases: [string, string][] = [
      ["1", "expected a date YYYY-MM-DD first"],
      ["5/6/2026", "expected a date YYYY-MM-DD first"],
      ["2026-13-45T00:00:00", "month 13 does not exist"],
      ["2026-02-29T00:00:00Z", "day 29 does not exist in 2026-02"],
      ["2026-10-29", "expected T and a time hh:mm:ss after the date"],
      ["2026-10-29 09:00:00+09:00", "expected T and a time hh:mm:ss after the date"],
      ["2026-10-29T09:00+09:00", "expected T and a time hh:mm:ss after the date"],
      ["2026-10-29T24:00:00Z", "time 24:00:00 does not exist"],
      ["2026-10-29T09:00:00.Z", "expected digits after the decimal point"],
      ["2026-10-29T09:00:00+0900", "the offset must be Z or ±hh:mm"],
      ["2026-10-29T09:00:00+09", "the offset must be Z or ±hh:mm"],
      ["2026-10-29T09:00:00+24:00", "offset +24:00 does not exist"],
      ["2026-10-29T09:00:00Z ", "after the time expected Z, ±hh:mm or nothing"],
      [" 2026-10-29T09:00:00Z", "expected a date YYYY-MM-DD first"],
      ["2026-10-29T09:00:00 GMT", "after the time expected Z, ±hh:mm or nothing"],
      ["Thu, 29 Oct 2026 00:00:00 GMT", "expected a date YYYY-MM-DD first"],
      ["", "expected a date YYYY-MM-DD first"],
    ];
    // Date.parse, which the stream used, takes these (the first two in the process's zone).
    expect(["1", "5/6/2026", "2026-10-29T09:00:00+0900"].map((t) => Date.parse(t) > 0)).toEqual([
      true,
      true,
      true,
    ]);
    expect(cases.map(([text]) => seoul(text))).toEqual(cases.map(() => NaN));
    expect(cases.map(([text]) => timestampProblem(text))).toEqual(cases.map(([, why]) => why));
    expect(timestampProblem("2026-10-29T09:00:00+09:00")).toBeUndefined();
  });

  it("strictTimestampParser refuses an unknown zone with the fix", () => {
    expect(() => strictTimestampParser("Mars/Base", "--zone")).toThrow(
      /--zone "Mars\/Base": not a known time zone; use an IANA name like Asia\/Seoul or UTC/,
    );
  });
});
