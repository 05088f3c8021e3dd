import { parse } from "csv-parse/sync";
import type { DataCell, DataFormatName, DataTable } from "./DataTable.js";
import { csvTextFromSafe } from "./csvSafeText.js";

const numericFormats = new Set<DataFormatName>(["integer", "number", "percent", "krw", "general"]);
// What csvText writes for a finite number (String(n)); unambiguous, so it cannot backtrack.
const numberLiteral = /^-?\d+(\.\d+)?(e[-+]?\d+)?$/;

/**
 * Reads CSV written by {@link csvText} back into a table: the header row gives the labels,
 * `formats` the column formats (missing ones are "text"); in numeric columns a number literal
 * becomes a number, every other cell is text with its formula guard removed, and empty cells are
 * empty.
 * @example csvTable("queue,precision\r\nbags,0.91\r\n", ["text", "percent"]).rows // [["bags", 0.91]]
 */
export function csvTable(
  csv: string,
  formats: readonly DataFormatName[],
  title?: string,
): DataTable {
  const records = parse(csv, { bom: true, relax_column_count: true });
  const [header = [], ...body] = records;
  const columns = header.map((label, j) => ({
    label: csvTextFromSafe(label),
    format: formats[j] ?? "text",
  }));
  const rows = body.map((record) =>
    columns.map((column, j): DataCell => {
      const cell = record[j] ?? "";
      if (cell === "") return null;
      if (numericFormats.has(column.format) && numberLiteral.test(cell)) return Number(cell);
      return csvTextFromSafe(cell);
    }),
  );
  return { title, columns, rows };
}
