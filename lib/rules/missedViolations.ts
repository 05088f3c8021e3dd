import type { Dataset } from "../dataset/Dataset.js";
import { listingRowsSql } from "../dataset/listingRowsSql.js";
import { ident } from "../dataset/sqlText.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import { evaluateRules } from "./evaluateRules.js";
import { labelValues } from "./labelValues.js";

/** Options for {@link missedViolations}. */
export interface MissedViolationsOptions {
  /** Label column (default "is_violation"). */
  label?: string;
  /** Columns copied into each example (default: the label only). */
  columns?: readonly string[];
  /** Examples kept (default 8). */
  limit?: number;
  /** The relation read. Default: the listings with seller columns. */
  from?: string;
  /** A SQL condition restricting the rows. Default none. */
  where?: string;
  /** A SQL ORDER BY list: the examples are the first missed rows in that order. Default none. */
  orderBy?: string;
  /** Rows per chunk. Default 100,000. */
  chunkRows?: number;
}

/** Violations no rule of a set hits: how many of how many, and the first few. */
export interface MissedViolations {
  violations: number;
  missed: number;
  examples: Record<string, unknown>[];
}

/**
 * Counts the labelled violations no rule of a compiled set hits, streaming a dataset's rows in
 * chunks, and keeps the first `limit` of them as examples.
 * @example const { missed, examples } = await missedViolations(ds, compiled, { where: "category = 'bags'" });
 */
export async function missedViolations(
  ds: Dataset,
  compiled: CompiledRuleSet,
  options: MissedViolationsOptions = {},
): Promise<MissedViolations> {
  const { label = "is_violation", columns = [], limit = 8 } = options;
  const wanted = [...new Set([...compiled.fields, label, ...columns])];
  const sql = `SELECT ${wanted.map(ident).join(", ")} FROM ${options.from ?? listingRowsSql(ds)}${
    options.where ? ` WHERE ${options.where}` : ""
  }${options.orderBy ? ` ORDER BY ${options.orderBy}` : ""}`;
  const out: MissedViolations = { violations: 0, missed: 0, examples: [] };
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows })) {
    const hits = evaluateRules(compiled, chunk);
    const labels = labelValues(chunk, label);
    const arrays = columns.map((c) => chunk.array(c) as ArrayLike<unknown>);
    for (let row = 0; row < hits.rowCount; row++) {
      if (labels[row] !== 1) continue;
      out.violations++;
      if (hits.bits.some((bits) => (bits[row >>> 5] >>> (row & 31)) & 1)) continue;
      out.missed++;
      if (out.examples.length < limit)
        out.examples.push(Object.fromEntries(columns.map((c, k) => [c, arrays[k][row]])));
    }
  }
  return out;
}
