// Every error message of the export module, in one place: what is invalid, the value and the fix.
// The words a workbook carries (the contents sheet's labels) are in the catalog, lib/i18n.

export const tooManyRows = (sheet: string, rows: number, max: number) =>
  `sheet "${sheet}": ${rows.toLocaleString("en-US")} rows is more than a worksheet holds (${max.toLocaleString("en-US")}); write it with --csv instead, or filter the rows`;

export const notXlsx = (path: string) =>
  `--xlsx ${path}: a workbook's file name ends in .xlsx (Excel will not open it as one otherwise); e.g. --xlsx ${path.replace(/\.[^./\\]*$/, "")}.xlsx`;
