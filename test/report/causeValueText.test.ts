import { describe, expect, it } from "vitest";
import { MISSING } from "../../lib/format/missing.js";
import { causeValueText } from "../../lib/report/causeValueText.js";

describe("causeValueText", () => {
  it("causeValueText shows a ratio KPI as a percentage and a sum with one decimal", () => {
    expect(causeValueText(0.594, "ratio")).toBe("59.4%");
    expect(causeValueText(1234.56, "additive")).toBe("1,234.6");
    expect(causeValueText(12, "additive")).toBe("12.0");
  });

  it("causeValueText shows a missing rate as missing and a missing sum as 0.0", () => {
    expect(causeValueText(null, "ratio")).toBe(MISSING);
    expect(causeValueText(null, "additive")).toBe("0.0");
  });
});
