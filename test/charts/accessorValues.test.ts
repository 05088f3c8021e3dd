import { describe, expect, it } from "vitest";
import { accessorLabel, accessorValues } from "../../lib/charts/accessorValues.js";
import { estimateTextWidth } from "../../lib/charts/estimateTextWidth.js";
import { numericValues } from "../../lib/charts/numericValues.js";

describe("accessorValues", () => {
  it("accessorValues reads a column by name or through a function of row and index", () => {
    const rows = [{ n: 1 }, { n: 2 }];
    expect(accessorValues(rows, "n", "c", "y")).toEqual([1, 2]);
    expect(accessorValues(rows, (row, i) => row.n * 10 + i, "c", "y")).toEqual([10, 21]);
    expect(accessorLabel<(typeof rows)[number]>("n")).toBe("n");
    expect(accessorLabel<(typeof rows)[number]>((row) => row.n)).toBeNull();
  });

  it("accessorValues accepts a column that only some rows have", () => {
    expect(accessorValues([{ a: 1 }, { a: 2, b: 3 }] as object[], "b", "c", "y")).toEqual([
      undefined,
      3,
    ]);
  });

  it("accessorValues names a column the data lacks", () => {
    expect(() => accessorValues([{ a: 1 }], "b", "barChart", "y")).toThrow(
      /barChart: option y names column "b", which the data does not have \(columns: a\)/,
    );
  });

  it("accessorValues refuses an accessor that is neither a column name nor a function", () => {
    expect(() => accessorValues([{ a: 1 }], 3 as never, "barChart", "y")).toThrow(
      /barChart: option y must be a column name or a function/,
    );
  });

  it("numericValues keeps numbers, maps missing values to null and rejects text", () => {
    expect(numericValues([1, null, undefined, Number.NaN, 2n], "c", "y")).toEqual([
      1,
      null,
      null,
      null,
      2,
    ]);
    expect(() => numericValues([1, "2"], "barChart", "y")).toThrow(
      /barChart: option y gives "2" for row 1, which is not a number/,
    );
  });

  it("estimateTextWidth counts Hangul as one em and Latin as 0.6 em", () => {
    expect(estimateTextWidth("가방 bags")).toBe(60); // (2 + 5 × 0.6) × 12
    expect(estimateTextWidth("")).toBe(0);
  });
});
