import type { Accessor } from "./Accessor.js";

/**
 * A function reading an accessor's value from one row, and the name messages use for it: the
 * column name, or `fallbackName` for a function.
 * @example const { read, name } = readAccessor<Review>("confirmed", "numerator"); read(row, 0)
 */
export function readAccessor<Row>(
  accessor: Accessor<Row>,
  fallbackName: string,
): { read: (row: Row, index: number) => unknown; name: string } {
  if (typeof accessor === "function") return { read: accessor, name: fallbackName };
  return { read: (row) => (row as Record<string, unknown>)[accessor], name: accessor };
}
