// table: the kit's one coercion of tabular input — toTable, the rows-or-table reading and the accessor convention.
export { toTable, type TableInput } from "./toTable.js";
export type { RowsOrTable } from "./RowsOrTable.js";
export { tableRows } from "./tableRows.js";
export type { Accessor } from "./Accessor.js";
export { readAccessor } from "./readAccessor.js";
export { columnValues } from "./columnValues.js";
