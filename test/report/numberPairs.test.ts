import { describe, expect, it } from "vitest";
import { numberPairs } from "../../lib/report/numberPairs.js";

describe("numberPairs", () => {
  it("reads name=number pairs and skips items without =", () => {
    expect([...numberPairs("counterfeit=6, contact=4,stray")]).toEqual([
      ["counterfeit", 6],
      ["contact", 4],
    ]);
    expect(numberPairs("").size).toBe(0);
  });
});
