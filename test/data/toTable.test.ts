import { describe, expect, it } from "vitest";
import { table } from "arquero";
import * as dfd from "danfojs-node";
import { toTable } from "../../lib/table/toTable.js";

describe("toTable", () => {
  it("toTable returns an arquero table as is", () => {
    const scores = table({ score: [0.1, 0.9] });
    expect(toTable(scores)).toBe(scores);
  });

  it("toTable builds columns from the union of row keys, missing keys null", () => {
    const result = toTable([
      { listing_id: "L1", score: 0.9 },
      { listing_id: "L2", queue: "counterfeit" },
    ]);
    expect(result.columnNames()).toEqual(["listing_id", "score", "queue"]);
    expect(result.objects()).toEqual([
      { listing_id: "L1", score: 0.9, queue: null },
      { listing_id: "L2", score: null, queue: "counterfeit" },
    ]);
    expect(toTable([]).numCols()).toBe(0);
  });

  it("toTable wraps an object of columns, typed arrays included, without reordering", () => {
    const result = toTable({ listing_id: ["L1", "L2"], score: new Float64Array([0.25, 0.75]) });
    expect(result.columnNames()).toEqual(["listing_id", "score"]);
    expect(result.get("score", 1)).toBe(0.75);
  });

  it("toTable converts a danfo DataFrame", () => {
    const frame = new dfd.DataFrame({ listing_id: ["L1", "L2"], score: [0.5, NaN] });
    expect(toTable(frame).objects()).toEqual([
      { listing_id: "L1", score: 0.5 },
      { listing_id: "L2", score: null },
    ]);
  });

  it("toTable rejects unequal columns, non-object rows and other inputs", () => {
    expect(() => toTable({ a: [1, 2], b: [1] })).toThrow(
      /toTable: column "b" has 1 values but column "a" has 2; give every column the same length/,
    );
    expect(() => toTable([{ a: 1 }, 5] as never)).toThrow(
      /toTable: row 2 is 5, not an object; pass an array of row objects/,
    );
    expect(() => toTable("listings.csv" as never)).toThrow(
      /toTable: cannot make a table from a string; pass an arquero Table, an array of row objects/,
    );
    expect(() => toTable({ a: 5 } as never)).toThrow(
      /toTable: cannot make a table from an object whose "a" is a number, not an array/,
    );
    expect(() => toTable(new Map() as never)).toThrow(/cannot make a table from a Map object/);
  });
});
