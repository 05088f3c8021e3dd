import { describe, expect, it } from "vitest";
import { formatCount } from "../../lib/format/formatCount.js";
import { formatDay } from "../../lib/format/formatDay.js";
import { formatKrw } from "../../lib/format/formatKrw.js";
import { formatPercent } from "../../lib/format/formatPercent.js";
import { formatValue } from "../../lib/format/formatValue.js";
import { MISSING } from "../../lib/format/missing.js";
import { formatKpiValue } from "../../lib/kpi/formatKpiValue.js";

describe("MISSING", () => {
  it("MISSING is the en dash, and every formatter shows it for a missing value", () => {
    expect(MISSING).toBe("\u2013");
    expect(formatValue(null)).toBe(MISSING);
    expect(formatValue(undefined, "percent")).toBe(MISSING);
    expect(formatValue(NaN, "krw")).toBe(MISSING);
    expect(formatPercent(NaN)).toBe(MISSING);
    expect(formatCount(NaN)).toBe(MISSING);
    expect(formatKrw(-Infinity)).toBe(MISSING);
    expect(formatKpiValue(NaN, "hours")).toBe(MISSING);
  });
});

describe("formatPercent", () => {
  it("formatPercent writes a share with one decimal by default, or the digits asked", () => {
    expect(formatPercent(0.5936)).toBe("59.4%");
    expect(formatPercent(0.5936, 0)).toBe("59%");
    expect(formatPercent(0)).toBe("0.0%");
    expect(formatPercent(1)).toBe("100.0%");
    expect(formatPercent(12.5)).toBe("1250.0%");
    expect(formatPercent(-0.021)).toBe("-2.1%");
  });

  it("formatPercent shows MISSING for null, undefined, NaN and infinities", () => {
    for (const x of [null, undefined, NaN, Infinity, -Infinity])
      expect(formatPercent(x)).toBe(MISSING);
  });
});

describe("formatDay, formatKrw, formatCount", () => {
  it("formatDay writes 2026년 10월 29일 in Korean and keeps ISO days in English", () => {
    expect(formatDay("2026-10-29", "ko")).toBe("2026년 10월 29일");
    expect(formatDay("2026-01-05", "ko")).toBe("2026년 1월 5일");
    expect(formatDay(new Date("2026-10-29T00:00:00Z"), "ko")).toBe("2026년 10월 29일");
    expect(formatDay("2026-10-29", "en")).toBe("2026-10-29");
    expect(formatDay("week 43", "ko")).toBe("week 43");
  });

  it("formatKrw writes ₩1,200,000, and large Korean amounts in 억", () => {
    expect(formatKrw(1_200_000, "ko")).toBe("₩1,200,000");
    expect(formatKrw(1_200_000, "en")).toBe("₩1,200,000");
    expect(formatKrw(350_000_000, "ko")).toBe("₩3.5억");
    expect(formatKrw(350_000_000, "en")).toBe("₩350,000,000");
    expect(formatKrw(-5_000, "ko")).toBe("−₩5,000");
    expect(formatKrw(NaN, "ko")).toBe(MISSING);
  });

  it("formatCount counts in 만 and 억 from 100,000 in Korean, exactly below", () => {
    expect(formatCount(99_999, "ko")).toBe("99,999");
    expect(formatCount(123_456, "ko")).toBe("12.3만");
    expect(formatCount(120_000, "ko")).toBe("12만");
    expect(formatCount(99_990_000, "ko")).toBe("9,999만");
    expect(formatCount(99_999_999, "ko")).toBe("1억");
    expect(formatCount(450_000_000, "ko")).toBe("4.5억");
    expect(formatCount(123_456, "en")).toBe("123,456");
    expect(formatCount(Infinity, "ko")).toBe(MISSING);
  });
});

describe("formatValue", () => {
  it("formatValue shows dates and times on the clock of the zone it is given, the default zone else", () => {
    const instant = "2026-10-28T20:05:00Z";
    expect(formatValue(instant, "datetime")).toBe("2026-10-29 05:05");
    expect(formatValue(instant, "datetime", "UTC")).toBe("2026-10-28 20:05");
    expect(formatValue(instant, "date", "UTC")).toBe("2026-10-28");
    expect(formatValue(new Date(instant), "text", "Europe/Berlin")).toBe("2026-10-28 21:05");
    expect(formatValue(null, "datetime", "UTC")).toBe(MISSING);
    expect(() => formatValue(instant, "datetime", "Mars/Olympus")).toThrow(RangeError);
  });
});
