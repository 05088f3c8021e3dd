import { describe, expect, it } from "vitest";
import { formatInterval } from "../../lib/format/formatInterval.js";
import { formatValue } from "../../lib/format/formatValue.js";

describe("formatInterval", () => {
  it("formatInterval shows a percentage with its interval", () => {
    expect(formatInterval(0.812, 0.7891, 0.8344)).toBe("81.2% [78.9–83.4%]");
  });

  it("formatInterval formats KRW and integers with thousands separators", () => {
    expect(formatInterval(12000, 11500, 12600, "krw")).toBe("₩12,000 [₩11,500–₩12,600]");
    expect(formatInterval(1204, 1100, 1300, "integer")).toBe("1,204 [1,100–1,300]");
  });

  it("formatInterval falls back to the estimate, or a dash, when numbers are missing", () => {
    expect(formatInterval(0.5, NaN, NaN)).toBe("50.0%");
    expect(formatInterval(NaN, 0.1, 0.2)).toBe("–");
    expect(formatInterval(null, null, null)).toBe("–");
  });

  it("formatValue writes dates in Asia/Seoul whatever the process zone", () => {
    expect(formatValue(new Date("2026-10-28T20:30:00Z"), "datetime")).toBe("2026-10-29 05:30");
    expect(formatValue("2026-10-28T20:30:00Z", "date")).toBe("2026-10-29");
    expect(formatValue(1234567.8, "integer")).toBe("1,234,568");
  });
});
