import { toTable, type TableInput } from "../table/toTable.js";
import type { GrainName } from "../time/periodStart.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleBacktest } from "./RuleBacktest.js";
import type { RuleHits } from "./RuleHits.js";
import { BacktestAccumulator } from "./BacktestAccumulator.js";
import type { MatchModeName } from "./MatchModeName.js";

/** Options for {@link backtestRules}. */
export interface BacktestRulesOptions {
  /** Label column: boolean, 0/1 or "true"/"false"; empty = unlabeled (default "is_violation"). */
  label?: string;
  /** Segment columns for the per-segment breakdown (default none). */
  by?: readonly string[];
  /** Time column for hits over time (default none). */
  time?: string;
  /** Period of the time breakdown (default "week"). */
  grain?: GrainName;
  /** How the active rules' actions combine (see `resolveActions`; default "all"). */
  match?: MatchModeName;
  /** Hits already evaluated on the same rows (default: evaluated here). */
  hits?: RuleHits;
}

/**
 * Backtests a compiled rule set on labeled rows: per rule hits, TP, FP, precision with a Wilson
 * interval, recall, unique catches and the recall lost without the rule; totals for the set; the
 * overlap matrix; per-segment and per-period breakdowns. Throws {@link RuleError} for a missing or
 * non-boolean label column or a missing segment column; no labeled row gives NaN and a warning.
 * @example const bt = backtestRules(compiled, listings, { label: "is_violation", by: ["category"] });
 */
export function backtestRules(
  compiled: CompiledRuleSet,
  data: TableInput,
  options: BacktestRulesOptions = {},
): RuleBacktest {
  const table = toTable(data);
  const accumulator = new BacktestAccumulator(compiled, options);
  accumulator.add(table, options.hits);
  return accumulator.result();
}
