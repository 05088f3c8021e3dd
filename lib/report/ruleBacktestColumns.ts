import { formatRange } from "../format/formatRange.js";
import type { RuleBacktestRow } from "../rules/RuleBacktest.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of a rule backtest table, one row per rule: hits, true and false positives,
 * precision with its 95% interval, recall, unique hits and the recall lost if the rule is dropped.
 * @example htmlTable(backtest.rules, { columns: ruleBacktestColumns() })
 */
export function ruleBacktestColumns(): TableColumn<RuleBacktestRow>[] {
  return [
    "id",
    { name: "hits", format: "integer" },
    { name: "tp", label: "TP", format: "integer" },
    { name: "fp", label: "FP", format: "integer" },
    { name: "precision", format: "percent" },
    {
      name: "precision_low",
      label: "95% interval",
      format: (_v, r) => formatRange(r.precision_low, r.precision_high),
    },
    { name: "recall", format: "percent" },
    { name: "unique_hits", label: "unique hits", format: "integer" },
    { name: "recall_lost", label: "recall lost if dropped", format: "percent" },
  ];
}
