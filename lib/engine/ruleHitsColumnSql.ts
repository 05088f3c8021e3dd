import type { CompiledRuleSet } from "../rules/CompiledRuleSet.js";
import { ruleConditionsSql } from "./ruleConditionsSql.js";
import type { SqlDialect } from "./SqlDialect.js";

/** The name of the column {@link ruleHitsColumnSql} adds. */
export const hitsColumn = "tns_hits";

/**
 * A query over `from` that evaluates every rule in the engine and returns, per row, the columns
 * asked for plus `tns_hits`: the 1-based indexes of the rules that hit (an empty array for most
 * rows) — the text the rules read never leaves the engine.
 * @example ruleHitsColumnSql(compiled, clickHouseDialect, "listings", ["is_violation"])
 */
export function ruleHitsColumnSql(
  compiled: CompiledRuleSet,
  dialect: SqlDialect,
  from: string,
  columns: readonly string[],
  where?: string,
): string {
  const { conditions, relation } = ruleConditionsSql(
    compiled,
    dialect,
    where ? `(SELECT * FROM ${from} WHERE ${where})` : from,
  );
  const flags = conditions.map((c, r) => `if(${c}, ${r + 1}, 0)`);
  const hits = flags.length
    ? `arrayFilter(x -> x > 0, [${flags.join(", ")}])`
    : "CAST([] AS Array(UInt32))";
  const keep = columns.map(dialect.ident);
  return `SELECT ${[...keep, `${hits} AS ${hitsColumn}`].join(", ")} FROM ${relation}`;
}
