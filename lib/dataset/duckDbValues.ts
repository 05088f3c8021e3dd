import type { ColumnTable } from "arquero";
import { columnTable } from "../data/columnTable.js";
import { queryColumns } from "./QueryColumns.js";

/**
 * An arquero table from DuckDB column arrays, with BIGINT values turned into numbers (timestamps
 * are already `Date`s, booleans booleans): the one conversion every query result goes through.
 * @example columnsToTable(["n"], [[1n, 2n]]).array("n") // [1, 2]
 */
export function columnsToTable(
  names: readonly string[],
  columns: readonly unknown[][],
): ColumnTable {
  const plain = queryColumns(names, columns);
  return columnTable(
    names.map((name): [string, unknown[]] => [name, plain.array(name)]),
    "the query result",
  );
}
