import { describe, expect, it } from "vitest";
import { rateBeforeAfterRows } from "../../lib/report/rateBeforeAfterRows.js";
import { queueDecomposition } from "./rcaFixture.js";

describe("rateBeforeAfterRows", () => {
  it("rateBeforeAfterRows labels each value with its n before and now and keeps both rates", () => {
    const rows = rateBeforeAfterRows(queueDecomposition().segments);
    expect(rows.find((r) => r.label.startsWith("B"))).toEqual({
      label: "B (n 10→30)",
      baseline: 0.1,
      current: 0.1,
    });
    expect(rows.find((r) => r.label.startsWith("A"))).toEqual({
      label: "A (n 10→10)",
      baseline: 0.8,
      current: 0.4,
    });
  });

  it("rateBeforeAfterRows returns no row for no segment", () => {
    expect(rateBeforeAfterRows([])).toEqual([]);
  });
});
