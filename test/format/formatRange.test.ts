import { describe, expect, it } from "vitest";
import { formatRange } from "../../lib/format/formatRange.js";
import { formatPointChange } from "../../lib/format/formatPointChange.js";
import { MISSING } from "../../lib/format/missing.js";

describe("formatRange", () => {
  it("formatRange shows both percentage bounds in full", () => {
    expect(formatRange(0.7891, 0.8344)).toBe("78.9%–83.4%");
  });

  it("formatRange formats KRW and integer bounds with thousands separators", () => {
    expect(formatRange(11500, 12600, "krw")).toBe("₩11,500–₩12,600");
    expect(formatRange(1100, 1300, "integer")).toBe("1,100–1,300");
  });

  it("formatRange shows the missing symbol once when a bound is missing", () => {
    expect(formatRange(NaN, 0.2)).toBe(MISSING);
    expect(formatRange(0.1, null)).toBe(MISSING);
    expect(formatRange(undefined, undefined)).toBe(MISSING);
  });
});

describe("formatPointChange", () => {
  it("formatPointChange signs a change in percentage points with a true minus", () => {
    expect(formatPointChange(0.0123)).toBe("+1.2 pp");
    expect(formatPointChange(-0.256)).toBe("−25.6 pp");
    expect(formatPointChange(0)).toBe("+0.0 pp");
  });

  it("formatPointChange takes the number of decimals", () => {
    expect(formatPointChange(-0.01234, 2)).toBe("−1.23 pp");
  });

  it("formatPointChange shows the missing symbol for null, NaN and infinities", () => {
    expect(formatPointChange(null)).toBe(MISSING);
    expect(formatPointChange(NaN)).toBe(MISSING);
    expect(formatPointChange(Infinity)).toBe(MISSING);
  });
});
