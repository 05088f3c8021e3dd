import { describe, expect, it } from "vitest";
import { ruleSegmentColumns } from "../../lib/report/ruleSegmentColumns.js";
import type { SegmentBacktestRow } from "../../lib/rules/RuleBacktest.js";
import { columnCells } from "./columnCells.js";

const row = {
  column: "tier",
  value: "new",
  rule: "cf_new",
  rows: 4000,
  positives: 60,
  hits: 50,
  tp: 45,
  fp: 5,
  precision: 0.9,
  precision_low: 0.7864,
  precision_high: 0.9565,
} as SegmentBacktestRow;

describe("ruleSegmentColumns", () => {
  it("ruleSegmentColumns heads the segment value with the given name and shows the interval", () => {
    const { labels, cells } = columnCells([row], ruleSegmentColumns("seller tier"));
    expect(labels).toEqual([
      "rule",
      "seller tier",
      "rows",
      "hits",
      "FP",
      "precision",
      "95% interval",
    ]);
    expect(cells).toEqual([["cf_new", "new", "4,000", "50", "5", "90.0%", "78.6%–95.7%"]]);
  });
});
