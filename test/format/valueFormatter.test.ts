import { describe, expect, it } from "vitest";
import { MISSING } from "../../lib/format/missing.js";
import { valueFormatter } from "../../lib/format/valueFormatter.js";

describe("valueFormatter", () => {
  it("valueFormatter formats numbers, integers, percents and KRW in en-US", () => {
    expect(valueFormatter()(1234.56789)).toBe("1,234.568");
    expect(valueFormatter("integer")(1234.5)).toBe("1,235");
    expect(valueFormatter("percent")(0.925)).toBe("92.5%");
    expect(valueFormatter("percent")(0.9)).toBe("90%");
    expect(valueFormatter("krw")(12000)).toBe("₩12,000");
  });

  it("valueFormatter prints MISSING for non-finite values and passes functions through", () => {
    expect(valueFormatter("percent")(Number.NaN)).toBe(MISSING);
    expect(valueFormatter("number")(Infinity)).toBe(MISSING);
    const own = (v: number) => `${v}x`;
    expect(valueFormatter(own)).toBe(own);
  });

  it("valueFormatter names an unknown format", () => {
    expect(() => valueFormatter("toString" as never)).toThrow(
      /valueFormatter: format "toString" is unknown/,
    );
  });
});
