import { describe, expect, it } from "vitest";
import { tableCells } from "../../lib/report/tableCells.js";
import type { TableColumnSpec } from "../../lib/view/TableColumn.js";
import type { ShadowQueueLoad } from "../../lib/rules/ShadowReadout.js";
import { shadowQueueLoadColumns } from "../../lib/rules/shadowQueueLoadColumns.js";

type Row = ShadowQueueLoad & { rule: string };
const load = (capacity: number): Row => ({
  rule: "shadow_s",
  queue: "counterfeit",
  extraPerDay: 2.345,
  peakExtra: 1234,
  loadPerDay: 50,
  loadSource: "reviews enqueued",
  capacity,
  capacitySource: Number.isNaN(capacity) ? "unknown" : "given",
  headroom: capacity - 50 - 2.345,
});
const shown = (rows: Row[]) => {
  const columns = shadowQueueLoadColumns().map((c) =>
    typeof c === "string" ? { name: c } : c,
  ) as TableColumnSpec<Row>[];
  return tableCells(rows, columns, false).shown;
};

describe("shadowQueueLoadColumns", () => {
  it("shadowQueueLoadColumns shows rates per day with one decimal and the peak as a count", () => {
    expect(shown([load(60)])).toEqual([
      ["shadow_s", "counterfeit", "2.3", "1,234", "50.0", "60.0", "7.7", "given"],
    ]);
  });

  it("shadowQueueLoadColumns shows the missing mark (–) for an unknown capacity and headroom", () => {
    expect(shown([load(NaN)])[0].slice(5)).toEqual(["–", "–", "unknown"]);
  });
});
