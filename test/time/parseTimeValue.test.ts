import { describe, expect, it } from "vitest";
import { parseTimeValue } from "../../lib/time/parseTimeValue.js";
import { timeMs } from "../../lib/time/timeMs.js";

describe("parseTimeValue", () => {
  it("parseTimeValue reads a naive day as midnight in the default zone and an offset exactly", () => {
    const parse = parseTimeValue();
    expect(parse("2026-09-15")).toBe(Date.parse("2026-09-15T00:00:00+09:00"));
    expect(parse("2026-09-15T10:00:00Z")).toBe(Date.parse("2026-09-15T10:00:00Z"));
    expect(parseTimeValue("UTC")("2026-09-15")).toBe(Date.UTC(2026, 8, 15));
  });

  it("parseTimeValue reads numbers as epoch seconds below 1e11 and milliseconds above", () => {
    const parse = parseTimeValue();
    expect(parse(1789434000)).toBe(1789434000_000);
    expect(parse("1789434000")).toBe(1789434000_000);
    expect(parse(1789434000_000)).toBe(1789434000_000);
    expect(parse(1789434000n)).toBe(1789434000_000);
    expect(parse(new Date(5))).toBe(5);
  });

  it("parseTimeValue gives NaN for what is not a time and throws on an unknown zone", () => {
    const parse = parseTimeValue();
    for (const v of [null, undefined, "", "soon", NaN, Infinity, {}]) expect(parse(v)).toBeNaN();
    expect(() => parseTimeValue("Mars/Base")).toThrow(/Mars\/Base.*IANA/);
  });
});

describe("timeMs", () => {
  it("timeMs reads a Date, ms and ISO text with an offset, and NaN otherwise", () => {
    expect(timeMs(new Date(42))).toBe(42);
    expect(timeMs(1785510000000)).toBe(1785510000000);
    expect(timeMs("2026-08-01T00:00:00+09:00")).toBe(1785510000000);
    expect(timeMs("soon")).toBeNaN();
    expect(timeMs(null)).toBeNaN();
    expect(timeMs(undefined)).toBeNaN();
  });
});
