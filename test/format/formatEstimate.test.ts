import { describe, expect, it } from "vitest";
import { formatEstimate } from "../../lib/format/formatEstimate.js";

describe("formatEstimate", () => {
  it("formatEstimate writes a rate with both bounds in full", () => {
    expect(formatEstimate({ estimate: 0.812, lower: 0.789, upper: 0.8344 })).toBe(
      "81.2% [78.9%–83.4%]",
    );
  });

  it("formatEstimate shows a missing estimate or bound as –", () => {
    expect(formatEstimate({ estimate: NaN, lower: NaN, upper: NaN })).toBe("– [–]");
    expect(formatEstimate({ estimate: 1, lower: 1, upper: 1 })).toBe("100.0% [100.0%–100.0%]");
  });
});
