import type { Accessor } from "./Accessor.js";

/**
 * The value an accessor reads from every row. A column name must be a key of at least one row
 * (rows parsed from JSON may omit keys); otherwise `missing(column, columnsOfTheFirstRow)` gives
 * the error to throw, so each module words it for its own options.
 * @example columnValues([{ rate: 0.9 }], "rate", (c) => new Error(`no column ${c}`)) // [0.9]
 */
export function columnValues<Row>(
  rows: readonly Row[],
  accessor: Accessor<Row>,
  missing: (column: string, columns: readonly string[]) => Error,
): unknown[] {
  if (typeof accessor === "function") return rows.map((row, i) => accessor(row, i));
  if (rows.length > 0 && !rows.some((row) => Object.hasOwn(row as object, accessor)))
    throw missing(accessor, Object.keys(rows[0] as object));
  return rows.map((row) => (row as Record<string, unknown>)[accessor]);
}
