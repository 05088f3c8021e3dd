import type { ColumnTable } from "arquero";
import type { TableSchema } from "../data/TableSchema.js";
import { duplicateKeysResult, nullRateResult, rowCountResult } from "./checkResults.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Row count, null rates (nullable columns above `maxNullRate` warn) and duplicate keys of one loaded
 * table. `key` is the column(s) that must be unique.
 * @example tableChecks(listings, sampleSchemas.listings, { key: ["listing_id"] })
 */
export function tableChecks(
  table: ColumnTable,
  schema: TableSchema,
  options: { key?: string[]; minRows?: number; maxNullRate?: number } = {},
): DataCheckResult[] {
  const { key, minRows = 1, maxNullRate = 0.99 } = options;
  const rows = table.numRows();
  const name = schema.name ?? "table";
  const out: DataCheckResult[] = [rowCountResult(name, rows, minRows)];
  for (const column of Object.keys(schema.columns)) {
    const values = table.array(column) as ArrayLike<unknown>;
    let nulls = 0;
    for (let i = 0; i < values.length; i++)
      if (values[i] === null || values[i] === undefined) nulls++;
    const rate = rows ? nulls / rows : 0;
    if (rate > 0) out.push(nullRateResult(name, column, rate, maxNullRate));
  }
  if (key) {
    const columns = key.map((c) => table.array(c) as ArrayLike<unknown>);
    const seen = new Set<string>();
    const duplicates: string[] = [];
    for (let i = 0; i < rows; i++) {
      const id = columns.map((c) => String(c[i])).join("|");
      if (seen.has(id)) duplicates.push(id);
      else seen.add(id);
    }
    out.push(duplicateKeysResult(name, key, duplicates.length, duplicates));
  }
  return out;
}
