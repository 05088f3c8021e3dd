import type { Dataset } from "../dataset/Dataset.js";
import {
  BacktestAccumulator,
  type BacktestAccumulatorOptions,
} from "../rules/BacktestAccumulator.js";
import type { CompiledRuleSet } from "../rules/CompiledRuleSet.js";
import type { RuleHits } from "../rules/RuleHits.js";
import { hitsColumn, ruleHitsColumnSql } from "./ruleHitsColumnSql.js";

/**
 * A backtest whose rules run in the dataset's engine (ClickHouse): the engine evaluates every rule
 * row by row with the compiled SQL and streams back, per row, only the indexes of the rules that
 * hit and the label, segment, time and id columns; the same {@link BacktestAccumulator} as the
 * in-process path turns them into the backtest, so every downstream number has one definition.
 * @example const acc = await backtestInEngine(ds, compiled, "listings", ["is_violation"], {});
 */
export async function backtestInEngine(
  ds: Dataset,
  compiled: CompiledRuleSet,
  from: string,
  columns: readonly string[],
  options: BacktestAccumulatorOptions & { where?: string; chunkRows?: number },
): Promise<BacktestAccumulator> {
  const accumulator = new BacktestAccumulator(compiled, options);
  // chdb's tables keep the rows' order in tns_row: examples are the first hits, as on DuckDB.
  const order = ds.engine === "chdb" ? ` ORDER BY ${ds.dialect.rowOrder}` : "";
  const sql = ruleHitsColumnSql(compiled, ds.dialect, from, columns, options.where) + order;
  const ruleIds = compiled.rules.map((r) => r.id);
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows })) {
    const rows = chunk.numRows();
    const lists = chunk.array(hitsColumn) as ArrayLike<readonly number[]>;
    const bits = ruleIds.map(() => new Uint32Array(Math.ceil(rows / 32)));
    for (let row = 0; row < rows; row++)
      for (const r of lists[row]) bits[r - 1][row >>> 5] |= 1 << (row & 31);
    const hits: RuleHits = { ruleIds, rowCount: rows, bits, warnings: [] };
    accumulator.add(chunk, hits);
  }
  return accumulator;
}
