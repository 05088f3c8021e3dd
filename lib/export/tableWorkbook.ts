import ExcelJS from "exceljs";
import { formatValue } from "../format/formatValue.js";
import type { DataCell, DataFormatName, DataTable } from "./DataTable.js";
import { fixedZipTimes } from "./fixedZipTimes.js";
import { sheetNames } from "./sheetNames.js";
import { ExportError } from "./ExportError.js";
import * as msg from "./messages.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/** Options for {@link tableWorkbook}. */
export interface TableWorkbookOptions {
  /**
   * A first sheet, "Contents": these label–value lines (report, period, status …), then one line
   * per table with its sheet, title, rows and note. Default: no such sheet.
   */
  contents?: [string, string][];
  /** The language of the contents sheet's name and column heads. Default: "en". */
  lang?: Lang;
}

/** Excel number formats of the report formats (dates and times are written as dates). */
export const excelNumberFormats: Record<DataFormatName, string | undefined> = {
  text: undefined,
  general: undefined,
  integer: "#,##0",
  number: "#,##0.00",
  percent: "0.0%",
  krw: "₩#,##0",
  date: "yyyy-mm-dd",
  datetime: "yyyy-mm-dd hh:mm",
};

const maxRows = 1_048_575; // Excel's 1,048,576 rows, less the header
const maxCellText = 32_767;
const fixedTime = new Date(Date.UTC(1980, 0, 1));

/**
 * An Excel workbook (.xlsx bytes) with every table on its own sheet, named from its title: typed
 * cells (numbers as numbers, percentages with a % format, KRW with `₩#,##0`, dates and times as
 * dates; control characters XML cannot hold dropped), a bold, frozen header row with a filter,
 * columns as wide as their text. The same tables
 * give the same bytes (the file's own times are fixed). A table past Excel's row limit throws an
 * {@link ExportError}.
 * @example await writeFileAtomic("queues.xlsx", await tableWorkbook([table]));
 */
export async function tableWorkbook(
  tables: readonly DataTable[],
  options: TableWorkbookOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "TnS Kit";
  workbook.created = fixedTime;
  workbook.modified = fixedTime;
  const words = messages(options.lang).workbook;
  const contents = options.contents ? workbook.addWorksheet(words.contentsSheet) : undefined;
  const names = sheetNames(
    tables.map((t) => t.title),
    contents ? [words.contentsSheet] : [],
  );
  tables.forEach((table, i) => {
    if (table.rows.length > maxRows)
      throw new ExportError(msg.tooManyRows(names[i], table.rows.length, maxRows));
    addTableSheet(workbook.addWorksheet(names[i]), table);
  });
  if (contents && options.contents)
    fillContents(contents, options.contents, tables, names, words.contentsColumns);
  return fixedZipTimes(new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function addTableSheet(sheet: ExcelJS.Worksheet, table: DataTable): void {
  const widths = table.columns.map((c) => textWidth(c.label));
  sheet.addRow(table.columns.map((c) => c.label));
  table.rows.forEach((row, i) => {
    const excelRow = sheet.addRow(
      table.columns.map((column, j) =>
        excelValue(row[j] ?? null, column.rowFormats?.[i] ?? column.format),
      ),
    );
    table.columns.forEach((column, j) => {
      const format = column.rowFormats?.[i] ?? column.format;
      const cell = excelRow.getCell(j + 1);
      const numFmt = excelNumberFormats[format];
      if (numFmt && (typeof cell.value === "number" || cell.value instanceof Date))
        cell.numFmt = numFmt;
      if (i < 1000) widths[j] = Math.max(widths[j], textWidth(shownText(row[j] ?? null, format)));
    });
  });
  header(sheet, table.columns.length, table.rows.length);
  fitToPageWidth(sheet);
  widths.forEach((w, j) => (sheet.getColumn(j + 1).width = Math.min(60, Math.max(8, w + 2))));
}

function header(sheet: ExcelJS.Worksheet, columns: number, rows: number): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  if (columns > 0)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows + 1, column: columns } };
}

// Printed (or converted to PDF), a sheet's columns fit the page's width; rows run on.
function fitToPageWidth(sheet: ExcelJS.Worksheet, headerRow = true): void {
  sheet.pageSetup = { ...sheet.pageSetup, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  sheet.pageSetup.printTitlesRow = headerRow ? "1:1" : undefined;
}

function fillContents(
  sheet: ExcelJS.Worksheet,
  lines: [string, string][],
  tables: readonly DataTable[],
  names: string[],
  columns: readonly string[],
): void {
  for (const [label, value] of lines) sheet.addRow([label, value]).getCell(1).font = { bold: true };
  sheet.addRow([]);
  const head = sheet.addRow([...columns]);
  head.font = { bold: true };
  tables.forEach((table, i) =>
    sheet.addRow([names[i], table.title ?? null, table.rows.length, table.note ?? null]),
  );
  // The first column holds the labels and the sheet names (up to 31 characters) in full.
  const first = Math.max(...[...lines.map(([label]) => label), ...names].map(textWidth), 8);
  const widths = [first + 2, 60, 8, 40];
  widths.forEach((w, j) => (sheet.getColumn(j + 1).width = w));
  fitToPageWidth(sheet, false);
  sheet.getColumn(2).alignment = { wrapText: true, vertical: "top" };
}

// Dates and times on the kit's clock are written as Excel dates of the same wall-clock time
// (Excel has no time zones: a Date's UTC fields are what it shows).
function excelValue(cell: DataCell, format: DataFormatName): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (format === "date" || format === "datetime") {
    const date = wallClock(cell);
    if (date) return date;
  }
  const text = xmlText(cell);
  return text.length > maxCellText ? text.slice(0, maxCellText - 1) + "…" : text;
}

// A workbook is XML: control characters other than tab and line breaks cannot be written (Excel
// would "repair" the file), nor can lone surrogates.
function xmlText(text: string): string {
  let out = "";
  for (const c of text.toWellFormed()) {
    const code = c.charCodeAt(0);
    if (
      (code < 32 && code !== 9 && code !== 10 && code !== 13) ||
      code === 0xfffe ||
      code === 0xffff
    )
      continue;
    out += c;
  }
  return out;
}

function wallClock(text: string): Date | undefined {
  const digits = (from: number, to: number) => {
    const part = text.slice(from, to);
    for (const c of part) if (c < "0" || c > "9") return NaN;
    return part === "" ? NaN : Number(part);
  };
  if (text.length !== 10 && text.length !== 16) return undefined;
  if (text[4] !== "-" || text[7] !== "-") return undefined;
  const [y, m, d] = [digits(0, 4), digits(5, 7), digits(8, 10)];
  let h = 0;
  let min = 0;
  if (text.length === 16) {
    if (text[10] !== " " || text[13] !== ":") return undefined;
    [h, min] = [digits(11, 13), digits(14, 16)];
  }
  const date = new Date(Date.UTC(y, m - 1, d, h, min));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== d ? undefined : date;
}

function shownText(cell: DataCell, format: DataFormatName): string {
  if (cell === null) return "";
  if (typeof cell === "number" && format !== "general" && format !== "text")
    return formatValue(cell, format);
  return String(cell);
}

// Hangul, CJK and full-width characters take two columns.
function textWidth(text: string): number {
  let width = 0;
  for (const c of text.slice(0, 200)) width += isWide(c.codePointAt(0)!) ? 2 : 1;
  return width;
}

const isWide = (cp: number) =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  cp >= 0x20000;
