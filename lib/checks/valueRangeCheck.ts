import type { ColumnTable } from "arquero";
import { valueRangeResult } from "./checkResults.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Value range: every non-empty number in `column` lies in [min, max] (either bound optional).
 * @example valueRangeCheck("model_scores", scores, "score", { min: 0, max: 1 })
 */
export function valueRangeCheck(
  tableName: string,
  table: ColumnTable,
  column: string,
  range: { min?: number; max?: number },
): DataCheckResult {
  const values = table.array(column) as ArrayLike<unknown>;
  const { min = -Infinity, max = Infinity } = range;
  const outside: string[] = [];
  for (let i = 0; i < values.length; i++) {
    if (values[i] === null) continue;
    const v = Number(values[i] instanceof Date ? (values[i] as Date).getTime() : values[i]);
    if (!(v >= min && v <= max)) outside.push(String(values[i]));
  }
  return valueRangeResult(tableName, column, range, outside.length, outside);
}
