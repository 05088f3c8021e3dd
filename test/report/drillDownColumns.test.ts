import { describe, expect, it } from "vitest";
import { drillDownColumns } from "../../lib/report/drillDownColumns.js";
import { columnCells } from "./columnCells.js";
import { queueDecomposition } from "./rcaFixture.js";

describe("drillDownColumns", () => {
  it("drillDownColumns heads the value with the dimension and shows rates and the total effect", () => {
    const { labels, cells } = columnCells(queueDecomposition().segments, drillDownColumns("queue"));
    expect(labels).toEqual(["queue", "this week n", "baseline precision", "this week", "effect"]);
    // A: rate −20.0 + mix −8.75 + interaction +10.0 = −18.75 pp.
    expect(cells.find((r) => r[0] === "A")).toEqual(["A", "10", "80.0%", "40.0%", "−18.8 pp"]);
  });
});
