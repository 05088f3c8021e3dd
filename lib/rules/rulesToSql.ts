import { duckDbDialect } from "../engine/duckDbDialect.js";
import { ruleConditionsSql } from "../engine/ruleConditionsSql.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";

/** Options for {@link rulesToSql}. */
export interface RulesToSqlOptions {
  /** The relation to read: a table name or a table function call (default "listings"). */
  from?: string;
  /** "hits": one boolean column per rule and row; "counts": one row of hit counts (default "hits"). */
  select?: "hits" | "counts";
  /** The engine's SQL (default DuckDB's; `clickHouseDialect` for ClickHouse). */
  dialect?: SqlDialect;
}

export { nfkcFunctionName } from "../engine/duckDbDialect.js";

/**
 * Compiles a rule set to SQL (DuckDB's by default, any {@link SqlDialect}): one column per rule
 * named by its id, `coalesce(…, false)` so a null (unknown) condition is no hit, exactly as the
 * in-process engine decides. Regexes are the same RE2 sources the RE2.Set uses (DuckDB's and
 * ClickHouse's regexes are RE2); normalisation uses the dialect's translate, regex replace and
 * NFKC (DuckDB calls the scalar function `tns_nfkc`).
 * @example await connection.run(rulesToSql(compiled, { from: "read_csv('data/listings.csv')" }));
 */
export function rulesToSql(compiled: CompiledRuleSet, options: RulesToSqlOptions = {}): string {
  const { from = "listings", select = "hits", dialect = duckDbDialect } = options;
  const { conditions, relation } = ruleConditionsSql(compiled, dialect, from);
  const columns = compiled.rules.map((rule, r) =>
    select === "counts"
      ? `${dialect.countIf(conditions[r])} AS ${dialect.ident(rule.id)}`
      : `${conditions[r]} AS ${dialect.ident(rule.id)}`,
  );
  if (columns.length === 0)
    columns.push(select === "counts" ? "count(*) AS rows" : "NULL AS no_rules");
  return `SELECT\n  ${columns.join(",\n  ")}\nFROM ${relation}`;
}
