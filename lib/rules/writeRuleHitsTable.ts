import type { Dataset } from "../dataset/Dataset.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import { evaluateRules } from "./evaluateRules.js";
import { labelValues } from "./labelValues.js";

/** Options for {@link writeRuleHitsTable}. */
export interface WriteRuleHitsTableOptions {
  /** The relation scanned (rows with the rules' fields, `id`, `time` and `label`). */
  from: string;
  /** A SQL condition restricting the rows. Default none. */
  where?: string;
  /** Key column of a row (default "listing_id"). */
  id?: string;
  /** Time column of a row (default "created_at"). */
  time?: string;
  /** Label column copied as `truth` (default none: NULL). */
  label?: string;
  /** Rows per chunk. Default 100,000. */
  chunkRows?: number;
}

/** What {@link writeRuleHitsTable} wrote: the table's name and what it scanned. */
export interface RuleHitsTable {
  /** A scratch table `(key VARCHAR, t TIMESTAMPTZ, day VARCHAR, truth BOOLEAN, rule INTEGER)`. */
  table: string;
  /** Rows scanned, and those whose label is a violation. */
  rows: number;
  positives: number;
}

let tables = 0;
const BATCH = 2000;

/**
 * Evaluates a compiled rule set over a relation in the engine's chunks (RE2 sets in process)
 * and writes back only the hits — one row per listing and rule that hits it, with the listing's
 * time, day (dataset zone) and label — into a temporary table of the dataset's engine, so the
 * joins that follow (labels by decision time, queues, overlap) run as SQL on hits, not rows.
 * `rule` is the index of the rule in `compiled.rules`.
 * @example const { table } = await writeRuleHitsTable(ds, compiled, { from: listingRowsSql(ds) });
 */
export async function writeRuleHitsTable(
  ds: Dataset,
  compiled: CompiledRuleSet,
  options: WriteRuleHitsTableOptions,
): Promise<RuleHitsTable> {
  const { id = "listing_id", time = "created_at", label } = options;
  const { ident, literal, timestampLiteral, day, createTable } = ds.dialect;
  const table = `tns_rule_hits_${++tables}`;
  await ds.query(
    createTable(table, {
      key: "string",
      t: "timestamp",
      day: "string",
      truth: "boolean",
      rule: "integer",
    }),
  );
  const columns = [...new Set([...compiled.fields, id, time, ...(label ? [label] : [])])];
  const sql = `SELECT ${columns.map(ident).join(", ")}, ${day(ident(time))} AS tns_day FROM ${options.from}${options.where ? ` WHERE ${options.where}` : ""}`;
  let rows = 0;
  let positives = 0;
  let values: string[] = [];
  const flush = async () => {
    if (values.length === 0) return;
    await ds.query(`INSERT INTO ${table} VALUES ${values.join(", ")}`);
    values = [];
  };
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows })) {
    const hits = evaluateRules(compiled, chunk);
    const keys = chunk.array(id) as ArrayLike<unknown>;
    const times = chunk.array(time) as ArrayLike<unknown>;
    const days = chunk.array("tns_day") as ArrayLike<unknown>;
    const labels = label ? labelValues(chunk, label) : undefined;
    const n = chunk.numRows();
    rows += n;
    for (let row = 0; row < n; row++) {
      const y = labels ? labels[row] : -1;
      if (y === 1) positives++;
      const word = row >>> 5;
      const bit = row & 31;
      for (let r = 0; r < hits.bits.length; r++) {
        if (!((hits.bits[r][word] >>> bit) & 1)) continue;
        const at = times[row];
        values.push(
          `(${literal(String(keys[row]))}, ${at instanceof Date ? timestampLiteral(at.toISOString()) : "NULL"}, ${days[row] === null ? "NULL" : literal(String(days[row]))}, ${y < 0 ? "NULL" : y === 1 ? "true" : "false"}, ${r})`,
        );
        if (values.length >= BATCH) await flush();
      }
    }
  }
  await flush();
  return { table, rows, positives };
}
