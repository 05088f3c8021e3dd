import type { ColumnTable } from "arquero";
import { referenceResult } from "./checkResults.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Referential integrity: every non-empty `column` of `table` names a row of `parentTable`.
 * @example referenceCheck("flags", flags, "listing_id", "listings", listings)
 */
export function referenceCheck(
  tableName: string,
  table: ColumnTable,
  column: string,
  parentName: string,
  parent: ColumnTable,
  parentColumn = column,
): DataCheckResult {
  const known = new Set(Array.from(parent.array(parentColumn) as ArrayLike<unknown>));
  const values = table.array(column) as ArrayLike<unknown>;
  const orphans: string[] = [];
  for (let i = 0; i < values.length; i++)
    if (values[i] !== null && !known.has(values[i])) orphans.push(String(values[i]));
  return referenceResult(tableName, column, parentName, parentColumn, orphans.length, orphans);
}
