import { extname } from "node:path";
import ExcelJS from "exceljs";
import { writeFileAtomic } from "../data/writeFileAtomic.js";
import type { DecisionTableSheet } from "./DecisionTable.js";
import { RuleError } from "./RuleError.js";

/**
 * Writes a decision table's cells to `.xlsx` (sheet named after the table, bold frozen header,
 * numbers and booleans as such, every other cell as text — never a formula) or to `.csv`
 * (UTF-8 with a byte order mark, so Excel opens Korean text correctly; RFC 4180 quoting).
 * Written atomically. Throws {@link RuleError} for another extension.
 * @example await writeDecisionTable(ruleSetToDecisionTable(ruleSet).sheet, "rules.xlsx");
 */
export async function writeDecisionTable(sheet: DecisionTableSheet, path: string): Promise<void> {
  const ext = extname(path).toLowerCase();
  if (ext === ".csv") {
    const lines = sheet.cells.map((row) => row.map((v) => csvField(v)).join(","));
    return writeFileAtomic(path, `\uFEFF${lines.join("\r\n")}\r\n`);
  }
  if (ext !== ".xlsx")
    throw new RuleError(
      `cannot write a decision table to ${path}; give a .xlsx or .csv file (or .yaml for a rule file)`,
    );
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(0);
  const worksheet = workbook.addWorksheet(sheet.sheet, {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  for (const row of sheet.cells) worksheet.addRow(row);
  worksheet.getRow(1).font = { bold: true };
  worksheet.columns.forEach((column, i) => {
    const longest = Math.max(...sheet.cells.map((row) => String(row[i] ?? "").length));
    column.width = Math.min(60, Math.max(8, longest + 2));
  });
  await writeFileAtomic(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

function csvField(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}
