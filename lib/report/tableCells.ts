import type { DataCell, DataFormatName, DataTable } from "../export/DataTable.js";
import { maskPersonalData } from "../privacy/maskPersonalData.js";
import { formatValue } from "../format/formatValue.js";
import type { TableColumnSpec } from "../view/TableColumn.js";
import { shownNumber } from "./shownNumber.js";
import { visibleBidi } from "./visibleBidi.js";
import { MISSING } from "../format/missing.js";

const numericFormats = new Set<DataFormatName>(["integer", "number", "percent", "krw", "general"]);

/**
 * The cells of a report table twice: as shown (formatted, personal data masked when `mask`) and as
 * data for CSV and workbooks — the source value where the column holds numbers, else the text
 * shown (bidi overrides made visible, as the page shows them). A cell whose text masking changed
 * is exported as that masked text, never its source value; so is a number a formatting function
 * shows as something else (`−25.6 pp` for -0.256), so the file never reads differently from the
 * page. Missing values (null, undefined, NaN) are empty cells.
 * @example tableCells(rows, [{ name: "precision", format: "percent" }], true).table.rows[0] // [0.873]
 */
export function tableCells<Row extends object>(
  rows: readonly Row[],
  columns: readonly TableColumnSpec<Row>[],
  mask: boolean,
): { shown: string[][]; table: DataTable } {
  const values = rows.map((row) =>
    columns.map((c) => (c.value ? c.value(row) : (row as Record<string, unknown>)[c.name])),
  );
  const texts = values.map((cells, i) =>
    columns.map((c, j) =>
      typeof c.format === "function"
        ? c.format(cells[j], rows[i])
        : formatValue(cells[j], c.format),
    ),
  );
  const shown = texts.map((cells) => cells.map((text) => (mask ? maskPersonalData(text) : text)));
  const formats = columns.map((c, j) => dataFormat(c.format, values, texts, j));
  const data = values.map((cells, i) =>
    cells.map((value, j) => dataCell(value, texts[i][j], shown[i][j], formats[j], mask)),
  );
  return {
    shown,
    table: {
      columns: columns.map((c, j) => ({ label: c.label ?? c.name, format: formats[j] })),
      rows: data,
    },
  };
}

// A named format says what the column holds. Text and formatting functions are read from the
// values: dates only (text format) → "datetime"; numbers only → "general", or "percent" when a
// function shows each as that percentage; and a function column that shows any number as something
// else (a unit, another scale) → text, exported as shown.
function dataFormat(
  format: TableColumnSpec<never>["format"],
  values: unknown[][],
  texts: string[][],
  j: number,
): DataFormatName {
  if (typeof format === "string" && format !== "text") return format;
  let numbers = 0;
  let dates = 0;
  let present = 0;
  let percents = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i][j];
    if (missing(v)) continue;
    present++;
    if (typeof v === "number" || typeof v === "bigint") {
      numbers++;
      if (typeof format !== "function") continue;
      const read = shownNumber(texts[i][j]);
      if (!read || !sameNumber(read, Number(v))) return "text";
      if (read.percent) percents++;
    } else if (v instanceof Date) dates++;
  }
  if (present > 0 && numbers === present) return percents === present ? "percent" : "general";
  if (present > 0 && dates === present && typeof format !== "function") return "datetime";
  return "text";
}

// The shown number, at the precision shown, is the value (a percentage shown is the value × 100).
function sameNumber(read: { value: number; decimals: number; percent: boolean }, value: number) {
  const shown = read.percent ? read.value / 100 : read.value;
  const step = 10 ** -read.decimals * (read.percent ? 0.01 : 1);
  return Math.abs(shown - value) <= step / 2 + 1e-9 * Math.max(1, Math.abs(value));
}

function dataCell(
  value: unknown,
  text: string,
  masked: string,
  format: DataFormatName,
  mask: boolean,
): DataCell {
  if (missing(value)) return masked === MISSING || masked === "" ? null : visibleBidi(masked);
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
