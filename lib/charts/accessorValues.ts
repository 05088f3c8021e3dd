import type { Accessor } from "../table/Accessor.js";
import { columnValues } from "../table/columnValues.js";
import { invalidAccessor, unknownColumn } from "./messages.js";

/**
 * The values an accessor reads from each row, for a chart's option; a column name must exist in
 * the data (in at least one row), and anything but a name or a function is refused.
 * @example accessorValues([{ rate: 0.9 }], "rate", "barChart", "y") // [0.9]
 */
export function accessorValues<T>(
  rows: readonly T[],
  accessor: Accessor<T>,
  chart: string,
  option: string,
): unknown[] {
  if (typeof accessor !== "function" && typeof accessor !== "string")
    throw new Error(invalidAccessor(chart, option, accessor));
  return columnValues(
    rows,
    accessor,
    (column, columns) => new Error(unknownColumn(chart, option, column, columns)),
  );
}

/**
 * The default axis label for an accessor: its column name, or none (null) for a function.
 * @example accessorLabel("precision") // "precision"
 */
export function accessorLabel<T>(accessor: Accessor<T> | undefined): string | null {
  // A column name as words: "as_written" → "as written" (a chart axis is read, not typed).
  return typeof accessor === "string" ? accessor.replaceAll("_", " ") : null;
}
