import type { FormatName } from "../format/formatValue.js";

/** A column of a report table spelt out: the field, its label, format and accessor. */
export interface TableColumnSpec<Row> {
  /** Field to read, also the default label. */
  name: string;
  label?: string;
  /** A named format or a function returning display text. Default: "text". */
  format?: FormatName | ((value: unknown, row: Row) => string);
  /** Computes the value instead of reading `row[name]`. */
  value?: (row: Row) => unknown;
}

/**
 * A column of a report table: a field name, or a spec with label, format and accessor. Domain
 * folders describe their tables with it; `report.htmlTable` renders them.
 */
export type TableColumn<Row> = string | TableColumnSpec<Row>;
