import { invalidAccessor, unknownColumn } from "./messages.js";

/** Where a chart reads a value: a column name, or a function of the row and its index, as in Plot. */
export type ChartAccessor<T> = string | ((row: T, index: number) => unknown);

/**
 * The values an accessor reads from each row; a column name must exist in the data.
 * @example accessorValues([{ rate: 0.9 }], "rate", "barChart", "y") // [0.9]
 */
export function accessorValues<T>(
  rows: readonly T[],
  accessor: ChartAccessor<T>,
  chart: string,
  option: string,
): unknown[] {
  if (typeof accessor === "function") return rows.map((row, i) => accessor(row, i));
  if (typeof accessor !== "string") throw new Error(invalidAccessor(chart, option, accessor));
  // Rows parsed from JSON may omit keys, so a column counts as present if any row has it.
  if (rows.length > 0 && !rows.some((row) => Object.hasOwn(row as object, accessor))) {
    throw new Error(unknownColumn(chart, option, accessor, Object.keys(rows[0] as object)));
  }
  return rows.map((row) => (row as Record<string, unknown>)[accessor]);
}

/**
 * The default axis label for an accessor: its column name, or none (null) for a function.
 * @example accessorLabel("precision") // "precision"
 */
export function accessorLabel<T>(accessor: ChartAccessor<T> | undefined): string | null {
  // A column name as words: "as_written" → "as written" (a chart axis is read, not typed).
  return typeof accessor === "string" ? accessor.replaceAll("_", " ") : null;
}
