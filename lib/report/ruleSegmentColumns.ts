import { formatRange } from "../format/formatRange.js";
import type { SegmentBacktestRow } from "../rules/RuleBacktest.js";
import type { TableColumn } from "../view/TableColumn.js";

/**
 * The columns of a table of rules within segments ({@link RuleBacktest}'s `segments`): the rule,
 * the segment value headed by `segment` (the segment's name for readers), rows, hits, false
 * positives and precision with its 95% interval.
 * @example htmlTable(backtest.segments.filter((s) => s.column === "tier"), { columns: ruleSegmentColumns("seller tier") })
 */
export function ruleSegmentColumns(segment: string): TableColumn<SegmentBacktestRow>[] {
  return [
    { name: "rule" },
    { name: "value", label: segment },
    { name: "rows", format: "integer" },
    { name: "hits", format: "integer" },
    { name: "fp", label: "FP", format: "integer" },
    { name: "precision", format: "percent" },
    {
      name: "precision_low",
      label: "95% interval",
      format: (_v, r) => formatRange(r.precision_low, r.precision_high),
    },
  ];
}
