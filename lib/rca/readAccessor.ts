import type { RowAccessor } from "./Segment.js";

/** A function reading an accessor's value from a row, and the name used in messages. */
export function readAccessor<Row>(
  accessor: RowAccessor<Row>,
  fallbackName: string,
): { read: (row: Row, index: number) => unknown; name: string } {
  if (typeof accessor === "function") return { read: accessor, name: fallbackName };
  return { read: (row) => (row as Record<string, unknown>)[accessor], name: accessor };
}
