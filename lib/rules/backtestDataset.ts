import type { Dataset } from "../dataset/Dataset.js";
import { listingRowsSql } from "../dataset/listingRowsSql.js";
import { relationColumns } from "../dataset/relationColumns.js";
import { ident } from "../dataset/sqlText.js";
import { BacktestAccumulator, type BacktestAccumulatorOptions } from "./BacktestAccumulator.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleBacktest } from "./RuleBacktest.js";
import type { RuleSet } from "./RuleDefinition.js";
import { compileRules } from "./compileRules.js";
import { ruleFieldSchemaOf } from "./ruleFieldSchemaOf.js";
import { RuleError } from "./RuleError.js";
import { closestName } from "../data/closestName.js";
import * as msg from "./messages.js";

/** Options for {@link backtestDataset}: those of `backtestRules` plus the source and chunk size. */
export interface BacktestDatasetOptions extends BacktestAccumulatorOptions {
  /** The relation to backtest on. Default: the listings with seller columns ({@link listingRowsSql}). */
  from?: string;
  /** A SQL condition restricting the rows (e.g. a period). Default none. */
  where?: string;
  /** Rows per chunk. Default 100,000. */
  chunkRows?: number;
}

/** A backtest over a dataset, with the compiled rule set and example ids per rule. */
export interface DatasetBacktest {
  compiled: CompiledRuleSet;
  backtest: RuleBacktest;
  examples: Record<string, unknown[]>;
}

/**
 * Backtests a rule set on a dataset's listings in the engine's chunks: only the columns the rules,
 * label, segments, time and id read leave DuckDB, a chunk at a time, and the statistics are
 * accumulated, so memory does not grow with rows. Same numbers as `backtestRules` on the same rows.
 * @example const { backtest } = await backtestDataset(ds, ruleSet, { by: ["category"], time: "created_at" });
 */
export async function backtestDataset(
  ds: Dataset,
  rules: RuleSet | CompiledRuleSet,
  options: BacktestDatasetOptions = {},
): Promise<DatasetBacktest> {
  const from = options.from ?? listingRowsSql(ds);
  const columns = await relationColumns(ds, from);
  const compiled = "channels" in rules ? rules : compileRules(rules, ruleFieldSchemaOf(columns));
  const present = new Set(columns.map((c) => c.name));
  const label = options.label ?? "is_violation";
  if (!present.has(label)) {
    const names = columns.map((c) => c.name);
    throw new RuleError(msg.missingLabel(label, names, closestName(label, names)));
  }
  const wanted = [
    ...compiled.fields,
    options.label ?? "is_violation",
    ...(options.by ?? []),
    ...(options.time ? [options.time] : []),
    ...(options.id ? [options.id] : []),
  ];
  // A missing column is left out here so the accumulator reports it with its own message.
  const select = [...new Set(wanted)].filter((c) => present.has(c));
  if (ds.engine === "chdb" || ds.engine === "clickhouse") {
    // The engine evaluates the rules; only hit indexes and the listed columns come back.
    const { backtestInEngine } = await import("../engine/backtestInEngine.js");
    const kept = select.filter(
      (c) => !compiled.fields.includes(c) || wanted.lastIndexOf(c) >= compiled.fields.length,
    );
    const acc = await backtestInEngine(ds, compiled, from, kept, options);
    return { compiled, backtest: acc.result(), examples: acc.examples() };
  }
  const accumulator = new BacktestAccumulator(compiled, options);
  const sql = `SELECT ${select.map(ident).join(", ") || "1 AS none"} FROM ${from}${options.where ? ` WHERE ${options.where}` : ""}`;
  for await (const chunk of ds.scan(sql, { chunkRows: options.chunkRows })) accumulator.add(chunk);
  return { compiled, backtest: accumulator.result(), examples: accumulator.examples() };
}
