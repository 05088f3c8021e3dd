import type { DataCell, DataFormatName, DataTable } from "../export/DataTable.js";
import { maskPersonalData } from "../privacy/maskPersonalData.js";
import { formatValue, type FormatName } from "./formatValue.js";
import { visibleBidi } from "./visibleBidi.js";

/** A column of a report table, resolved: see HtmlTableColumn. */
export interface TableColumn<Row> {
  name: string;
  label?: string;
  format?: FormatName | ((value: unknown, row: Row) => string);
  value?: (row: Row) => unknown;
}

const numericFormats = new Set<DataFormatName>(["integer", "number", "percent", "krw", "general"]);

/**
 * The cells of a report table twice: as shown (formatted, personal data masked when `mask`) and as
 * data for CSV and workbooks — the source value where the column holds numbers, else the text
 * shown (bidi overrides made visible, as the page shows them); a cell whose text masking changed
 * is exported as that masked text, never its source value. Missing values (null, undefined, NaN)
 * are empty cells.
 * @example tableCells(rows, [{ name: "precision", format: "percent" }], true).table.rows[0] // [0.873]
 */
export function tableCells<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumn<Row>[],
  mask: boolean,
): { shown: string[][]; table: DataTable } {
  const values = rows.map((row) =>
    columns.map((c) => (c.value ? c.value(row) : (row as Record<string, unknown>)[c.name])),
  );
  const formats = columns.map((c, j) => dataFormat(c.format, values, j));
  const shown: string[][] = [];
  const data: DataCell[][] = [];
  rows.forEach((row, i) => {
    const texts: string[] = [];
    const cells: DataCell[] = [];
    columns.forEach((c, j) => {
      const value = values[i][j];
      const text =
        typeof c.format === "function" ? c.format(value, row) : formatValue(value, c.format);
      const masked = mask ? maskPersonalData(text) : text;
      texts.push(masked);
      cells.push(dataCell(value, text, masked, formats[j], mask));
    });
    shown.push(texts);
    data.push(cells);
  });
  return {
    shown,
    table: {
      columns: columns.map((c, j) => ({ label: c.label ?? c.name, format: formats[j] })),
      rows: data,
    },
  };
}

// A named format says what the column holds; text and formatting functions are read from the
// values: numbers only → "general", dates only (text format) → "datetime", else text.
function dataFormat(
  format: TableColumn<never>["format"],
  values: unknown[][],
  j: number,
): DataFormatName {
  if (typeof format === "string" && format !== "text") return format;
  let numbers = 0;
  let dates = 0;
  let present = 0;
  for (const row of values) {
    const v = row[j];
    if (missing(v)) continue;
    present++;
    if (typeof v === "number" || typeof v === "bigint") numbers++;
    else if (v instanceof Date) dates++;
  }
  if (present > 0 && numbers === present) return "general";
  if (present > 0 && dates === present && typeof format !== "function") return "datetime";
  return "text";
}

function dataCell(
  value: unknown,
  text: string,
  masked: string,
  format: DataFormatName,
  mask: boolean,
): DataCell {
  if (missing(value)) return masked === "–" || masked === "" ? null : visibleBidi(masked);
  if (masked === text && numericFormats.has(format)) {
    const n = sourceNumber(value);
    if (n !== undefined && (!mask || maskPersonalData(String(n)) === String(n))) return n;
  }
  return visibleBidi(masked);
}

function sourceNumber(value: unknown): number | undefined {
  let n: number | undefined;
  if (typeof value === "number") n = value;
  else if (typeof value === "bigint")
    n = BigInt(Number(value)) === value ? Number(value) : undefined;
  else if (typeof value === "string" && value.trim() !== "") n = Number(value);
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

const missing = (v: unknown) =>
  v === null || v === undefined || (typeof v === "number" && Number.isNaN(v));
