// Every user-facing string of the export module (sheet labels and error messages), in one place
// so they can be translated: errors say what is invalid, the value and the fix.

/** The first sheet of a report's workbook. */
export const contentsSheet = "Contents";

/** The columns of the list of tables on the contents sheet. */
export const contentsColumns = ["Sheet", "Table", "Rows", "Note"] as const;

export const tooManyRows = (sheet: string, rows: number, max: number) =>
  `sheet "${sheet}": ${rows.toLocaleString("en-US")} rows is more than a worksheet holds (${max.toLocaleString("en-US")}); write it with --csv instead, or filter the rows`;

export const notXlsx = (path: string) =>
  `--xlsx ${path}: a workbook's file name ends in .xlsx (Excel will not open it as one otherwise); e.g. --xlsx ${path.replace(/\.[^./\\]*$/, "")}.xlsx`;
