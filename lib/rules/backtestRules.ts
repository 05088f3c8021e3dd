import { toTable, type TableInput } from "../data/toTable.js";
import { periodStart, type GrainName } from "../time/periodStart.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { PeriodBacktestRow, RuleBacktest, SegmentBacktestRow } from "./RuleBacktest.js";
import type { RuleHits } from "./RuleHits.js";
import { RuleError } from "./RuleError.js";
import { closestName } from "../data/closestName.js";
import { evaluateRules } from "./evaluateRules.js";
import { hitStats } from "./hitStats.js";
import { labelValues } from "./labelValues.js";
import * as msg from "./messages.js";

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
  const { label = "is_violation", by = [], time, grain = "week" } = options;
  const table = toTable(data);
  const names = table.columnNames();
  for (const [column, option] of [
    ...by.map((c) => [c, "--by"]),
    ...(time ? [[time, "time"]] : []),
  ]) {
    if (!names.includes(column))
      throw new RuleError(msg.missingColumn(column, option, closestName(column, names)));
  }
  const labels = labelValues(table, label);
  const hits = options.hits ?? evaluateRules(compiled, table);
  const n = table.numRows();
  const k = hits.ruleIds.length;
  const ruleRows = hits.ruleIds.map(() => [] as number[]);
  const anyRows: number[] = [];
  const perRow = new Uint16Array(n);
  for (let r = 0; r < k; r++) {
    const bits = hits.bits[r];
    for (let row = 0; row < n; row++) {
      if ((bits[row >>> 5] >>> (row & 31)) & 1) {
        ruleRows[r].push(row);
        if (perRow[row]++ === 0) anyRows.push(row);
      }
    }
  }
  anyRows.sort((a, b) => a - b);
  let positives = 0;
  let labeled = 0;
  for (let i = 0; i < n; i++)
    if (labels[i] >= 0) [labeled, positives] = [labeled + 1, positives + labels[i]];
  const count = (rows: readonly number[]) => {
    let tp = 0;
    let fp = 0;
    for (const row of rows)
      if (labels[row] === 1) tp++;
      else if (labels[row] === 0) fp++;
    return { hits: rows.length, tp, fp, unlabeled: rows.length - tp - fp };
  };
  const rules = compiled.rules.map((rule, r) => {
    const unique = ruleRows[r].filter((row) => perRow[row] === 1);
    const uniqueTp = unique.filter((row) => labels[row] === 1).length;
    return {
      id: rule.id,
      name: rule.definition.name,
      policy: rule.definition.policy,
      action: rule.definition.action,
      ...hitStats(count(ruleRows[r]), positives),
      unique_hits: unique.length,
      unique_tp: uniqueTp,
      recall_lost: positives > 0 ? uniqueTp / positives : NaN,
    };
  });
  const sets = ruleRows.map((rows) => new Set(rows));
  const matrix = sets.map((a) => sets.map((b) => [...a].filter((row) => b.has(row)).length));
  const segments: SegmentBacktestRow[] = [];
  for (const column of by) {
    const values = table.array(column) as ArrayLike<unknown>;
    const key = (row: number) =>
      values[row] === null || values[row] === undefined ? "(null)" : String(values[row]);
    const groups = new Map<string, { rows: number; positives: number }>();
    for (let row = 0; row < n; row++) {
      const g = groups.get(key(row)) ?? { rows: 0, positives: 0 };
      groups.set(key(row), {
        rows: g.rows + 1,
        positives: g.positives + (labels[row] === 1 ? 1 : 0),
      });
    }
    for (const [value, g] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const push = (rule: string, rows: number[]) =>
        segments.push({
          column,
          value,
          rule,
          rows: g.rows,
          positives: g.positives,
          ...hitStats(count(rows.filter((row) => key(row) === value)), g.positives),
        });
      push("(any)", anyRows);
      hits.ruleIds.forEach((id, r) => push(id, ruleRows[r]));
    }
  }
  const periods: PeriodBacktestRow[] = [];
  if (time) {
    const times = table.array(time) as ArrayLike<unknown>;
    const at = (row: number) =>
      periodStart(times[row] as Date | string | number | null, grain) ?? "(none)";
    hits.ruleIds.forEach((id, r) => {
      const byPeriod = new Map<string, number[]>();
      for (const row of ruleRows[r]) byPeriod.set(at(row), [...(byPeriod.get(at(row)) ?? []), row]);
      for (const [period, rows] of [...byPeriod].sort(([a], [b]) => (a < b ? -1 : 1))) {
        const c = count(rows);
        periods.push({ period, rule: id, hits: c.hits, tp: c.tp, fp: c.fp });
      }
    });
  }
  const warnings = [...hits.warnings];
  if (n > 0 && labeled === 0) warnings.push(msg.noLabels(label));
  return {
    rows: n,
    labeled,
    positives,
    rules,
    total: hitStats(count(anyRows), positives),
    overlap: { ruleIds: [...hits.ruleIds], matrix },
    segments,
    periods,
    warnings,
  };
}
