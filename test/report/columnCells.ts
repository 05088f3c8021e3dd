import { tableCells } from "../../lib/report/tableCells.js";
import type { TableColumn, TableColumnSpec } from "../../lib/view/TableColumn.js";

/** The header labels and display cells an htmlTable would show for `rows` under `columns`. */
export function columnCells<Row extends object>(
  rows: Row[],
  columns: TableColumn<Row>[],
): { labels: string[]; cells: string[][] } {
  const specs: TableColumnSpec<Row>[] = columns.map((c) =>
    typeof c === "string" ? { name: c } : c,
  );
  return {
    labels: specs.map((c) => c.label ?? c.name),
    cells: tableCells(rows, specs, false).shown,
  };
}
