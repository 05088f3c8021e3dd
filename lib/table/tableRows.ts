import { notRows } from "./messages.js";
import type { RowsOrTable } from "./RowsOrTable.js";

/**
 * The rows of row input as an array of objects, without copying an array that is passed in; a
 * table is read through its `objects()`. Anything else throws a TypeError naming `caller`.
 * @example tableRows(aq.table({ day: ["2026-08-01"], rate: [0.91] }), "barChart") // [{ day: "2026-08-01", rate: 0.91 }]
 */
export function tableRows<Row>(data: RowsOrTable<Row>, caller: string): readonly Row[] {
  if (Array.isArray(data)) return data as readonly Row[];
  if (
    data !== null &&
    typeof data === "object" &&
    typeof (data as { objects?: unknown }).objects === "function"
  ) {
    return (data as { objects(): Row[] }).objects();
  }
  throw new TypeError(notRows(caller, data));
}
