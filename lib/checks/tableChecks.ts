import type { ColumnTable } from "arquero";
import type { TableSchema } from "../data/TableSchema.js";
import type { DataCheckResult } from "./DataCheckResult.js";

const result = (r: DataCheckResult) => r;

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
  const out: DataCheckResult[] = [
    result({
      check: "row_count",
      table: name,
      status: rows >= minRows ? "pass" : "fail",
      value: rows,
      expected: `at least ${minRows} rows`,
      message:
        rows >= minRows
          ? `${rows} rows`
          : `${rows} rows, fewer than ${minRows}; check the export that wrote ${name}.csv`,
    }),
  ];
  for (const column of Object.keys(schema.columns)) {
    const values = table.array(column) as ArrayLike<unknown>;
    let nulls = 0;
    for (let i = 0; i < values.length; i++)
      if (values[i] === null || values[i] === undefined) nulls++;
    const rate = rows ? nulls / rows : 0;
    if (rate === 0) continue;
    out.push(
      result({
        check: "null_rate",
        table: name,
        column,
        status: rate > maxNullRate ? "warn" : "pass",
        value: rate,
        expected: `at most ${maxNullRate * 100}% empty`,
        message: `${(rate * 100).toFixed(1)}% of ${column} is empty${rate > maxNullRate ? "; check whether the source stopped filling it" : ""}`,
      }),
    );
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
    out.push(
      result({
        check: "duplicate_keys",
        table: name,
        column: key.join(", "),
        status: duplicates.length ? "fail" : "pass",
        value: duplicates.length,
        expected: "no duplicate keys",
        message: duplicates.length
          ? `${duplicates.length} rows repeat a key (${key.join(", ")}); de-duplicate the export`
          : `every ${key.join(", ")} is unique`,
        examples: duplicates.slice(0, 5),
      }),
    );
  }
  return out;
}
