import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";
import { decoderLabel } from "../dataset/decoderLabel.js";
import type { DecisionTableSheet, DecisionTableValue } from "./DecisionTable.js";
import { RuleError } from "./RuleError.js";
import * as msg from "./messages.js";

/** Options for {@link readDecisionTableSheet}. */
export interface ReadDecisionTableSheetOptions {
  /**
   * Text encoding of a `.csv` table: "auto" (default) reads UTF-8, else CP949 (what Korean Excel
   * saves) when the bytes are valid CP949; or any encoding name (utf-8, cp949, euc-kr, utf-16 …).
   */
  encoding?: string;
}

/** The sheet a workbook's rules are read from when it has one of this name (else the first). */
export const decisionTableSheetName = "rules";

/** Cells a sheet may hold at most: a table past this is not a rule table (or needs splitting). */
const MAX_CELLS = 2_000_000;

/**
 * Reads the cells of a decision table: the sheet `rules` of an `.xlsx` workbook (else its first
 * sheet), formulas by their saved values, rich text as plain text; or a `.csv` file (RFC 4180),
 * whose bytes must be valid in the encoding (never a silent U+FFFD). Cells with an error value
 * (`#N/A`) or a formula without a saved value are kept in `problems` for the parser to report.
 * Throws {@link RuleError} when the file cannot be read as a table.
 * @example const sheet = await readDecisionTableSheet("data/rules/decision-table.csv");
 */
export async function readDecisionTableSheet(
  path: string,
  options: ReadDecisionTableSheetOptions = {},
): Promise<DecisionTableSheet & { problems: { row: number; column: number; message: string }[] }> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new RuleError(msg.unreadableRuleFile(path, (error as Error).message));
  }
  return extname(path).toLowerCase() === ".xlsx"
    ? readWorkbook(path, bytes)
    : readCsv(path, bytes, options.encoding ?? "auto");
}

async function readWorkbook(path: string, bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new RuleError(msg.notAWorkbook(path, (error as Error).message.split("\n")[0]));
  }
  const sheets = workbook.worksheets;
  const sheet = sheets.find((s) => s.name.toLowerCase() === decisionTableSheetName) ?? sheets.at(0);
  if (!sheet) throw new RuleError(msg.noSheet(path));
  const cells: DecisionTableValue[][] = [];
  const problems: { row: number; column: number; message: string }[] = [];
  let count = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      if (++count > MAX_CELLS) throw new RuleError(msg.tableTooLarge(path, MAX_CELLS));
      const value = cellValue(cell.value);
      if (typeof value === "object" && value !== null) {
        problems.push({ row: rowNumber, column: columnNumber - 1, message: value.problem });
        return;
      }
      (cells[rowNumber - 1] ??= [])[columnNumber - 1] = value;
    });
  });
  return { file: path, sheet: sheet.name, cells: dense(cells), problems };
}

type CellContent = DecisionTableValue | { problem: string };

function cellValue(value: unknown): CellContent {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return naiveIso(value);
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText))
    return cellValue((v.richText as { text?: string }[]).map((part) => part.text ?? "").join(""));
  if ("error" in v) return { problem: msg.errorCell(String(v.error)) };
  if ("formula" in v || "sharedFormula" in v)
    return v.result === undefined ? { problem: msg.formulaWithoutValue() } : cellValue(v.result);
  if ("text" in v) return cellValue(v.text);
  return { problem: msg.unknownCell(JSON.stringify(value)) };
}

/** Excel stores wall-clock times; exceljs hands them over as if UTC. Written back without a zone. */
function naiveIso(date: Date): string {
  return date
    .toISOString()
    .replace(/\.000Z$/, "")
    .replace(/Z$/, "");
}

function readCsv(path: string, bytes: Buffer, encoding: string) {
  const text = stripByteOrderMark(decode(path, bytes, encoding));
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false });
  } catch (error) {
    throw new RuleError(msg.badCsv(path, (error as Error).message.split("\n")[0]));
  }
  let count = 0;
  const cells = records.map((record) =>
    record.map((field) => {
      if (++count > MAX_CELLS) throw new RuleError(msg.tableTooLarge(path, MAX_CELLS));
      return field.trim() === "" ? null : field;
    }),
  );
  return { file: path, sheet: basename(path, extname(path)), cells, problems: [] };
}

function decode(path: string, bytes: Buffer, encoding: string): string {
  const tries = encoding.toLowerCase() === "auto" ? ["utf-8", "cp949"] : [encoding];
  for (const name of tries) {
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(decoderLabel(name), { fatal: true, ignoreBOM: true });
    } catch {
      throw new RuleError(msg.unknownEncoding(name));
    }
    try {
      return decoder.decode(bytes);
    } catch {
      // the next encoding, or the message below
    }
  }
  const tried = tries[0];
  throw new RuleError(msg.badTableEncoding(path, firstBadLine(bytes, tried), tries.join(" or ")));
}

function firstBadLine(bytes: Buffer, encoding: string): number {
  let line = 1;
  let start = 0;
  for (let at = 0; at <= bytes.length; at++) {
    if (at < bytes.length && bytes[at] !== 0x0a) continue;
    try {
      new TextDecoder(decoderLabel(encoding), { fatal: true }).decode(bytes.subarray(start, at));
    } catch {
      return line;
    }
    line++;
    start = at + 1;
  }
  return line;
}

function dense(cells: DecisionTableValue[][]): DecisionTableValue[][] {
  return Array.from(cells, (row) => Array.from(row ?? [], (v) => v ?? null));
}
