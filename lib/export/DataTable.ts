import type { FormatName } from "../format/formatValue.js";

/**
 * How a column's values read: one of the report formats, or "general" for numbers shown as they
 * are (no separators, no fixed decimals: ids, scores, effects a notebook formats itself).
 */
export type DataFormatName = FormatName | "general";

/**
 * One exported value: a number, text (dates as `YYYY-MM-DD`, times as `YYYY-MM-DD HH:mm`, on the
 * kit's clock, `DEFAULT_ZONE`), or empty.
 */
export type DataCell = string | number | null;

/** A column of a {@link DataTable}. */
export interface DataColumn {
  label: string;
  format: DataFormatName;
  /** Formats row by row, for a column whose rows differ (KPI values in percent, counts or hours). */
  rowFormats?: readonly DataFormatName[];
}

/**
 * A table as it leaves the kit, as CSV or as a workbook sheet: labelled, typed columns and rows of
 * plain values. Report tables carry the values their page shows, masked the same way.
 */
export interface DataTable {
  /** What the table shows, e.g. its caption; names the workbook sheet. */
  title?: string;
  columns: DataColumn[];
  rows: DataCell[][];
  /** Why the rows are not all there (a table too long for a page's CSV link). */
  note?: string;
}
