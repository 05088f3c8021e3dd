import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { Option } from "commander";
import type { DataTable } from "../../lib/export/DataTable.js";
import { ExportError } from "../../lib/export/ExportError.js";
import { csvText } from "../../lib/export/csvText.js";
import * as msg from "../../lib/export/messages.js";
import { FileSystemError } from "../../lib/errors/FileSystemError.js";
import { writeFileAtomic } from "../../lib/data/writeFileAtomic.js";

/** Where a command writes its tables: `--csv` (its main table) and `--xlsx` (all of them). */
export interface TableOutputOptions {
  csv?: string;
  xlsx?: string;
}

/**
 * The `--csv <file>` option (the command's main table, named by `main`) and `--xlsx <file>`, for
 * `command.addOption(…)` after the command's own options.
 */
export function tableOutputOptions(main: string): [Option, Option] {
  return [
    new Option(
      "--csv <out.csv>",
      `write a CSV file (UTF-8 with a byte-order mark, so Excel reads Korean text): ${main}`,
    ),
    new Option(
      "--xlsx <out.xlsx>",
      "write every table as a sheet of an Excel workbook, typed cells",
    ),
  ];
}

/**
 * Checks, before any work, that `--csv` and `--xlsx` name files that can be written: not a folder,
 * under folders that exist or can be made and are writable, a workbook ending in `.xlsx`. Throws a
 * {@link FileSystemError} or {@link ExportError} naming the option (exit code 2).
 */
export async function checkTableOutputs(options: TableOutputOptions): Promise<void> {
  if (options.xlsx !== undefined && !options.xlsx.toLowerCase().endsWith(".xlsx"))
    throw new ExportError(msg.notXlsx(options.xlsx));
  if (options.csv !== undefined) await checkWritable("--csv", options.csv);
  if (options.xlsx !== undefined) await checkWritable("--xlsx", options.xlsx);
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
  if (options.xlsx) {
    // exceljs takes longer to load than `tns metrics` takes to run: only when asked for.
    const { tableWorkbook } = await import("../../lib/export/tableWorkbook.js");
    await writeFileAtomic(options.xlsx, await tableWorkbook(tables));
  }
}

// The file must not be a folder; the nearest folder above it that exists must be a writable folder
// (writeFileAtomic makes the missing ones).
async function checkWritable(option: string, path: string): Promise<void> {
  try {
    if (path === "") throw Object.assign(new Error("empty path"), { code: "ENOENT" });
    if ((await existing(path))?.isDirectory())
      throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
    for (let folder = dirname(resolve(path)); ; folder = dirname(folder)) {
      const found = await existing(folder);
      if (!found) continue;
      if (!found.isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
      await access(folder, constants.W_OK);
      return;
    }
  } catch (error) {
    const wrapped = FileSystemError.from(error, path, "write");
    if (wrapped instanceof FileSystemError)
      throw new FileSystemError(`${option}: ${wrapped.message}`, path, wrapped.code, error);
    throw wrapped;
  }
}

async function existing(path: string) {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}
