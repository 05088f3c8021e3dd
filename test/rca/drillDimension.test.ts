import { describe, expect, it } from "vitest";
import { drillDimension } from "../../lib/rca/drillDimension.js";

describe("drillDimension", () => {
  it("drillDimension picks the first dimension of the order the segment does not fix", () => {
    expect(drillDimension({ queue: "contact" }, ["queue", "detector", "category"])).toBe(
      "detector",
    );
    expect(drillDimension({ detector: "ct_phone" }, ["detector", "category", "seller_tier"])).toBe(
      "category",
    );
  });

  it("drillDimension skips a dimension the cube does not have, and follows a given order", () => {
    expect(drillDimension({}, ["queue", "seller_tier"])).toBe("seller_tier");
    expect(drillDimension({}, ["queue", "detector"], ["queue", "detector"])).toBe("queue");
  });

  it("drillDimension returns undefined when no dimension is left", () => {
    expect(drillDimension({ detector: "a", category: "b" }, ["detector", "category"])).toBe(
      undefined,
    );
    expect(drillDimension({}, [])).toBe(undefined);
  });
});
