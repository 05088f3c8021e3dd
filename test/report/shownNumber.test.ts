import { describe, expect, it } from "vitest";
import { shownNumber } from "../../lib/report/shownNumber.js";

describe("shownNumber", () => {
  it("shownNumber reads signs, thousands separators, fractions and percentages", () => {
    expect(shownNumber("1,204")).toEqual({ value: 1204, decimals: 0, percent: false });
    expect(shownNumber("−1,204.50%")).toEqual({ value: -1204.5, decimals: 2, percent: true });
    expect(shownNumber("+0.032")).toEqual({ value: 0.032, decimals: 3, percent: false });
    expect(shownNumber("-7")).toEqual({ value: -7, decimals: 0, percent: false });
  });

  it("shownNumber refuses anything that is more than a number", () => {
    for (const text of ["", "-", "%", "3.3 pp", "₩1,000", "0.85–0.89", "1.", ",5", "1e3", "12%%"])
      expect(shownNumber(text), text).toBeUndefined();
  });
});
