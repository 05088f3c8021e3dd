import type { Dataset } from "../dataset/Dataset.js";
import {
  BacktestAccumulator,
  type BacktestAccumulatorOptions,
} from "../rules/BacktestAccumulator.js";
import type { CompiledRuleSet } from "../rules/CompiledRuleSet.js";
import type { RuleHits } from "../rules/RuleHits.js";
import { hitsColumn, ruleHitsColumnSql } from "./ruleHitsColumnSql.js";

const weightColumn = "tns_weight";
// Every zone's offset, and so every local midnight, is a whole number of quarter hours: rows in
// one UTC quarter hour share their day, week and month in any zone.
const quarterHourMs = 900_000;

/**
 * A backtest whose rules run in the dataset's engine (ClickHouse): the engine evaluates every rule
 * row by row with the compiled SQL and groups the rows by the rules they hit, the label, the
 * segments and (for rows that hit) the UTC quarter hour of their time, so only one row per group
 * comes back with its count; the first example ids of each rule come from one more query. The same
 * {@link BacktestAccumulator} as the in-process path turns them into the backtest, so every
 * downstream number has one definition.
 * @example const acc = await backtestInEngine(ds, compiled, "listings", ["is_violation"], {});
 */
export async function backtestInEngine(
  ds: Dataset,
  compiled: CompiledRuleSet,
  from: string,
  columns: readonly string[],
  options: BacktestAccumulatorOptions & { where?: string; chunkRows?: number },
): Promise<BacktestAccumulator> {
  const { ident, epochMs, rowOrder } = ds.dialect;
  const { by = [], time, id } = options;
  // A column the rows lack: the accumulator names it with its own message on the first chunk.
  if (![...by, time, id].every((c) => c === undefined || columns.includes(c)))
    return perRow(ds, compiled, from, columns, options);
  const { id: _, ...grouped } = options;
  const accumulator = new BacktestAccumulator(compiled, grouped);
  const keys = columns.filter((c) => c !== time && c !== id).map(ident);
  let period = "";
  let timeSelect = "";
  if (time) {
    const t = ident(time);
    const type = (await ds.describe(`(SELECT ${t} FROM ${from})`))[0].type;
    // Named in a subquery: in the outer query the name of the time column is its min(…).
    period = /^TIMESTAMP/.test(type)
      ? `if(empty(${hitsColumn}), NULL, intDiv(${epochMs(t)}, ${quarterHourMs}))`
      : t;
    timeSelect = `, min(${t}) AS ${t}`;
  }
  const hits = ruleHitsColumnSql(
    compiled,
    ds.dialect,
    from,
    columns.filter((c) => c !== id),
    options.where,
  );
  const groupKeys = [hitsColumn, ...keys];
  const rows = period ? `(SELECT *, ${period} AS tns_period FROM (${hits}))` : `(${hits})`;
  const sql = `SELECT ${groupKeys.join(", ")}${timeSelect}, count() AS ${weightColumn} FROM ${rows} GROUP BY ${[...groupKeys, ...(period ? ["tns_period"] : [])].join(", ")}`;
  const ruleIds = compiled.rules.map((r) => r.id);
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows })) {
    accumulator.add(
      chunk,
      hitBits(ruleIds, chunk.array(hitsColumn) as ArrayLike<readonly number[]>),
      chunk.array(weightColumn) as ArrayLike<number>,
    );
  }
  if (id) {
    const n = Math.max(0, Math.floor(options.examples ?? 5));
    // chdb's tables keep the rows' order in tns_row: examples are the first hits, as on DuckDB.
    const ordered = ds.engine === "chdb";
    const hitRows = ruleHitsColumnSql(
      compiled,
      ds.dialect,
      from,
      ordered ? [rowOrder, id] : [id],
      options.where,
    );
    const first = ordered
      ? `arrayMap(x -> x.2, groupArraySorted(${n})((${rowOrder}, ${ident(id)})))`
      : `groupArray(${n})(${ident(id)})`;
    const found = await ds.query(
      `SELECT tns_rule, ${first} AS tns_ids FROM (${hitRows}) ARRAY JOIN ${hitsColumn} AS tns_rule GROUP BY tns_rule`,
    );
    const examples: unknown[][] = ruleIds.map(() => []);
    const rules = found.array("tns_rule") as ArrayLike<number>;
    const lists = found.array("tns_ids") as ArrayLike<unknown[]>;
    for (let i = 0; i < found.numRows(); i++) examples[rules[i] - 1] = lists[i];
    accumulator.setExamples(examples);
  }
  return accumulator;
}

/** The rows one by one (with every hit list): for columns the accumulator must report missing. */
async function perRow(
  ds: Dataset,
  compiled: CompiledRuleSet,
  from: string,
  columns: readonly string[],
  options: BacktestAccumulatorOptions & { where?: string; chunkRows?: number },
): Promise<BacktestAccumulator> {
  const accumulator = new BacktestAccumulator(compiled, options);
  const order = ds.engine === "chdb" ? ` ORDER BY ${ds.dialect.rowOrder}` : "";
  const sql = ruleHitsColumnSql(compiled, ds.dialect, from, columns, options.where) + order;
  const ruleIds = compiled.rules.map((r) => r.id);
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows }))
    accumulator.add(chunk, hitBits(ruleIds, chunk.array(hitsColumn) as ArrayLike<number[]>));
  return accumulator;
}

/** The hit lists of a chunk (1-based rule indexes per row) as the bit sets of {@link RuleHits}. */
function hitBits(ruleIds: string[], lists: ArrayLike<readonly number[]>): RuleHits {
  const rows = lists.length;
  const bits = ruleIds.map(() => new Uint32Array(Math.ceil(rows / 32)));
  for (let row = 0; row < rows; row++)
    for (const r of lists[row]) bits[r - 1][row >>> 5] |= 1 << (row & 31);
  return { ruleIds, rowCount: rows, bits, warnings: [] };
}
