// export: report tables as CSV downloads and Excel workbooks (what the renderer writes beside a page).
export type { DataFormatName, DataCell, DataColumn, DataTable } from "./DataTable.js";
export { ExportError } from "./ExportError.js";
export { csvDataUri, csvFromDataUri, isCsvDataUri } from "./csvDataUri.js";
export { csvTable } from "./csvTable.js";
export { csvText } from "./csvText.js";
export { tableWorkbook, type TableWorkbookOptions } from "./tableWorkbook.js";
