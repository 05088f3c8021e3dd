import { missingColumn } from "./messages.js";
import { MetricsError } from "./MetricsError.js";

/** A column name or a function of a row, like d3 and Plot accessors. */
export type MetricsAccessor<Row> = string | ((row: Row) => unknown);

/** Metrics input: rows as objects, or a table with `objects()` such as arquero's. */
export type MetricsData<Row> = readonly Row[] | { objects(): Row[] };

/** The rows of metrics input. */
export function metricsRows<Row>(data: MetricsData<Row>): readonly Row[] {
  return Array.isArray(data) ? (data as readonly Row[]) : (data as { objects(): Row[] }).objects();
}

/** Reads an accessor's value from every row; a column missing from the first row throws. */
export function accessorColumn<Row>(
  rows: readonly Row[],
  accessor: MetricsAccessor<Row>,
  option: string,
): unknown[] {
  if (typeof accessor === "function") return rows.map(accessor);
  if (rows.length && !(accessor in (rows[0] as object)))
    throw new MetricsError(missingColumn(option, accessor, Object.keys(rows[0] as object)));
  return rows.map((row) => (row as Record<string, unknown>)[accessor]);
}

/** 0/1 from a boolean, 0/1 or "0"/"1"/"true"/"false" label; undefined for anything else. */
export function labelValue(value: unknown): 0 | 1 | undefined {
  if (value === true || value === 1 || value === "1" || value === "true") return 1;
  if (value === false || value === 0 || value === "0" || value === "false") return 0;
  return undefined;
}
