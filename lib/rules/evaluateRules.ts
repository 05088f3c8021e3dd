import { closestName } from "../data/closestName.js";
import { toTable, type TableInput } from "../table/toTable.js";
import type { CompiledRuleSet } from "./CompiledRuleSet.js";
import type { RuleHits } from "./RuleHits.js";
import { RuleError } from "./RuleError.js";
import { evaluateColumns, type EvaluateColumnsOptions } from "./evaluateColumns.js";
import * as msg from "./messages.js";

/** Options for {@link evaluateRules}. */
export type EvaluateRulesOptions = EvaluateColumnsOptions;

/**
 * Evaluates a compiled rule set over a table (an arquero table, row objects, column arrays or a
 * danfo DataFrame) and returns which rules hit which rows. Throws {@link RuleError} when a field
 * the rules read is not a column; empty data gives no hits and a warning.
 * @example const hits = evaluateRules(compiled, listings); hitRows(hits, "cf_keywords");
 */
export function evaluateRules(
  compiled: CompiledRuleSet,
  data: TableInput,
  options: EvaluateRulesOptions = {},
): RuleHits {
  const table = toTable(data);
  const names = table.columnNames();
  const columns: Record<string, ArrayLike<unknown>> = {};
  for (const field of compiled.fields) {
    if (!names.includes(field))
      throw new RuleError(msg.missingColumn(field, "rule field", closestName(field, names)));
    columns[field] = table.array(field) as ArrayLike<unknown>;
  }
  const hits = evaluateColumns(compiled, columns, table.numRows(), options);
  return table.numRows() === 0 ? { ...hits, warnings: [...hits.warnings, msg.emptyData()] } : hits;
}
