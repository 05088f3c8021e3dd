import { describe, expect, it } from "vitest";
import { estimateText } from "../../lib/report/estimateText.js";

describe("estimateText", () => {
  it("estimateText writes a rate with both bounds in full", () => {
    expect(estimateText({ estimate: 0.812, lower: 0.789, upper: 0.8344 })).toBe(
      "81.2% [78.9%–83.4%]",
    );
  });

  it("estimateText shows a missing estimate or bound as –", () => {
    expect(estimateText({ estimate: NaN, lower: NaN, upper: NaN })).toBe("– [–]");
    expect(estimateText({ estimate: 1, lower: 1, upper: 1 })).toBe("100.0% [100.0%–100.0%]");
  });
});
