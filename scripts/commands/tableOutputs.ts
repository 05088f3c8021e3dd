import type { Command } from "commander";
import type { DataCell, DataFormatName, DataTable } from "../../lib/export/DataTable.js";
import { csvText } from "../../lib/export/csvText.js";
import { tableWorkbook } from "../../lib/export/tableWorkbook.js";
import { writeFileAtomic } from "../../lib/report/writeFileAtomic.js";

/** Where a command writes its tables: `--csv` (its main table) and `--xlsx` (all of them). */
export interface TableOutputOptions {
  csv?: string;
  xlsx?: string;
}

/** Adds `--csv <file>` (the command's main table, named by `main`) and `--xlsx <file>`. */
export function tableOutputOptions(command: Command, main: string): Command {
  return command
    .option(
      "--csv <out.csv>",
      `write ${main} as CSV (UTF-8 with a byte-order mark, so Excel reads Korean text)`,
    )
    .option("--xlsx <out.xlsx>", "write every table as a sheet of an Excel workbook, typed cells");
}

/**
 * Writes the tables where the options say, each file atomically: the first table as CSV (with a
 * byte-order mark), all of them as a workbook.
 */
export async function writeTableOutputs(
  options: TableOutputOptions,
  tables: DataTable[],
): Promise<void> {
  if (options.csv) await writeFileAtomic(options.csv, `\uFEFF${csvText(tables[0])}`);
  if (options.xlsx) await writeFileAtomic(options.xlsx, await tableWorkbook(tables));
}

/** A column of {@link objectTable}: label, format (or one per row) and the value of a row. */
export type ObjectColumn<Row> = [
  label: string,
  format: DataFormatName | ((row: Row) => DataFormatName),
  value: (row: Row) => unknown,
];

/**
 * A table of objects, one row each: numbers as numbers (NaN and infinities empty, as JSON's
 * null), text as text, booleans as true/false, big integers as numbers while exact (else text),
 * anything else empty.
 */
export function objectTable<Row>(
  title: string,
  rows: readonly Row[],
  columns: ObjectColumn<Row>[],
): DataTable {
  return {
    title,
    columns: columns.map(([label, format]) => ({
      label,
      format: typeof format === "string" ? format : "general",
      ...(typeof format === "function" ? { rowFormats: rows.map(format) } : {}),
    })),
    rows: rows.map((row) => columns.map(([, , value]) => cell(value(row)))),
  };
}

function cell(value: unknown): DataCell {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return String(value);
  if (typeof value === "bigint")
    return BigInt(Number(value)) === value ? Number(value) : String(value);
  return null;
}
