import type { ColumnTable } from "arquero";
import { columnTable } from "../data/columnTable.js";

/** A DuckDB JS value as the kit uses it: BIGINT/HUGEINT as numbers, everything else as is. */
export function kitValue(value: unknown): unknown {
  return typeof value === "bigint" ? Number(value) : value;
}

/**
 * An arquero table from DuckDB column arrays, with BIGINT values turned into numbers (timestamps
 * are already `Date`s, booleans booleans): the one conversion every query result goes through.
 * @example columnsToTable(["n"], [[1n, 2n]]).array("n") // [1, 2]
 */
export function columnsToTable(
  names: readonly string[],
  columns: readonly unknown[][],
): ColumnTable {
  const entries = names.map((name, k): [string, unknown[]] => {
    const values = columns[k] ?? [];
    return [
      name,
      values.some((v) => typeof v === "bigint") ? values.map(kitValue) : (values as unknown[]),
    ];
  });
  return columnTable(entries, "the query result");
}
