import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { timestampParser } from "../../lib/time/timestampParser.js";
import { wallClockToUtc } from "../../lib/time/wallClockToUtc.js";

const seoul = timestampParser("Asia/Seoul")!;
const iso = (text: string, parse = seoul) => parse(text)?.toISOString();

describe("timestampParser", () => {
  it("timestampParser reads an explicit +09:00 offset and a naive Seoul time as the same instant", () => {
    expect(iso("2026-08-03T14:05:09+09:00")).toBe("2026-08-03T05:05:09.000Z");
    expect(iso("2026-08-03 14:05:09")).toBe("2026-08-03T05:05:09.000Z");
    expect(iso("2026-08-03T14:05:09")).toBe("2026-08-03T05:05:09.000Z");
  });

  it("timestampParser accepts Z, +0900, +09 and negative offsets", () => {
    expect(iso("2026-08-03T05:05:09Z")).toBe("2026-08-03T05:05:09.000Z");
    expect(iso("2026-08-03T14:05:09+0900")).toBe("2026-08-03T05:05:09.000Z");
    expect(iso("2026-08-03T14:05:09+09")).toBe("2026-08-03T05:05:09.000Z");
    expect(iso("2026-08-03T01:05:09-04:00")).toBe("2026-08-03T05:05:09.000Z");
    expect(iso("2026-08-03T05:35:09+00:30")).toBe("2026-08-03T05:05:09.000Z");
  });

  it("timestampParser keeps milliseconds, truncates finer fractions and allows no seconds", () => {
    expect(iso("2026-08-03T14:05:09.5+09:00")).toBe("2026-08-03T05:05:09.500Z");
    expect(iso("2026-08-03T14:05:09.123456789+09:00")).toBe("2026-08-03T05:05:09.123Z");
    expect(iso("2026-08-03T14:05+09:00")).toBe("2026-08-03T05:05:00.000Z");
  });

  it("timestampParser reads a bare date as midnight in the zone", () => {
    expect(iso("2026-08-03")).toBe("2026-08-02T15:00:00.000Z");
    expect(iso("2026-08-03", timestampParser("UTC")!)).toBe("2026-08-03T00:00:00.000Z");
  });

  it("timestampParser uses the zone only for naive text", () => {
    const newYork = timestampParser("America/New_York")!;
    expect(iso("2026-08-03 01:05:09", newYork)).toBe("2026-08-03T05:05:09.000Z"); // EDT, -4
    expect(iso("2026-12-03 00:05:09", newYork)).toBe("2026-12-03T05:05:09.000Z"); // EST, -5
    expect(iso("2026-08-03T14:05:09+09:00", newYork)).toBe("2026-08-03T05:05:09.000Z");
  });

  it("timestampParser moves a DST-gap time forward and reads an overlap as the earlier instant", () => {
    const parse = timestampParser("America/New_York")!;
    // 02:30 on 2026-03-08 does not exist in New York: read as 03:30 EDT.
    expect(iso("2026-03-08T02:30:00", parse)).toBe("2026-03-08T07:30:00.000Z");
    expect(iso("2026-03-08T01:59:59", parse)).toBe("2026-03-08T06:59:59.000Z");
    // 01:30 on 2026-11-01 happens twice (EDT, then EST): the earlier, EDT.
    expect(iso("2026-11-01T01:30:00", parse)).toBe("2026-11-01T05:30:00.000Z");
    expect(iso("2026-11-01T02:30:00", parse)).toBe("2026-11-01T07:30:00.000Z");
  });

  it("timestampParser agrees with luxon on ordinary times across a year", () => {
    const parse = timestampParser("Europe/Berlin")!;
    for (let day = 0; day < 365; day += 7) {
      const text = new Date(Date.UTC(2026, 0, 1 + day, 13, 7, 5)).toISOString().slice(0, 19);
      expect(parse(text)?.getTime(), text).toBe(
        DateTime.fromISO(text, { zone: "Europe/Berlin" }).toMillis(),
      );
    }
  });

  it("timestampParser rejects impossible dates, times and offsets and other formats", () => {
    for (const text of [
      "2026-02-30T00:00:00Z",
      "2026-13-01T00:00:00Z",
      "2026-08-03T24:00:00Z",
      "2026-08-03T12:60:00Z",
      "2026-08-03T12:00:00+25:00",
      "2026-08-03Z",
      "03/08/2026",
      "2026-8-3",
      "1785733509000",
      "tomorrow",
      "",
    ]) {
      expect(seoul(text), text).toBeUndefined();
    }
    expect(iso("2028-02-29T00:00:00Z")).toBe("2028-02-29T00:00:00.000Z");
  });

  it("timestampParser returns undefined for an unknown zone", () => {
    expect(timestampParser("Asia/Seol")).toBeUndefined();
    expect(timestampParser("")).toBeUndefined();
  });

  it("wallClockToUtc handles fixed-offset zones", () => {
    expect(wallClockToUtc("UTC+9")!(Date.UTC(2026, 7, 3, 14, 5, 9))).toBe(
      Date.UTC(2026, 7, 3, 5, 5, 9),
    );
  });
});
