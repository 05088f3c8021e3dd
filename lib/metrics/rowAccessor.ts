import type { Accessor } from "../table/Accessor.js";
import { columnValues } from "../table/columnValues.js";
import { missingColumn } from "./messages.js";
import { MetricsError } from "./MetricsError.js";

/** Reads an accessor's value from every row for a metrics option; a column no row has throws. */
export function accessorColumn<Row>(
  rows: readonly Row[],
  accessor: Accessor<Row>,
  option: string,
): unknown[] {
  return columnValues(
    rows,
    accessor,
    (column, columns) => new MetricsError(missingColumn(option, column, columns)),
  );
}

/** 0/1 from a boolean, 0/1 or "0"/"1"/"true"/"false" label; undefined for anything else. */
export function labelValue(value: unknown): 0 | 1 | undefined {
  if (value === true || value === 1 || value === "1" || value === "true") return 1;
  if (value === false || value === 0 || value === "0" || value === "false") return 0;
  return undefined;
}
