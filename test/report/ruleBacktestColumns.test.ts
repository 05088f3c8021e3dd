import { describe, expect, it } from "vitest";
import { ruleBacktestColumns } from "../../lib/report/ruleBacktestColumns.js";
import type { RuleBacktestRow } from "../../lib/rules/RuleBacktest.js";
import { columnCells } from "./columnCells.js";

const row = {
  id: "cf_keywords",
  hits: 1250,
  tp: 1000,
  fp: 250,
  precision: 0.8,
  precision_low: 0.7771,
  precision_high: 0.8211,
  recall: 0.5,
  unique_hits: 40,
  recall_lost: 0.0125,
} as RuleBacktestRow;

describe("ruleBacktestColumns", () => {
  it("ruleBacktestColumns shows counts, precision with its interval, recall and recall lost", () => {
    const { labels, cells } = columnCells([row], ruleBacktestColumns());
    expect(labels).toEqual([
      "id",
      "hits",
      "TP",
      "FP",
      "precision",
      "95% interval",
      "recall",
      "unique hits",
      "recall lost if dropped",
    ]);
    expect(cells).toEqual([
      ["cf_keywords", "1,250", "1,000", "250", "80.0%", "77.7%–82.1%", "50.0%", "40", "1.3%"],
    ]);
  });

  it("ruleBacktestColumns shows a rule without hits as one missing mark, not a range of them", () => {
    const none = {
      ...row,
      hits: 0,
      tp: 0,
      fp: 0,
      precision: NaN,
      precision_low: NaN,
      precision_high: NaN,
    };
    const { cells } = columnCells([none], ruleBacktestColumns());
    expect(cells[0].slice(4, 6)).toEqual(["–", "–"]);
  });
});
