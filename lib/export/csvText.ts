import type { DataCell, DataTable } from "./DataTable.js";
import { csvSafeText } from "./csvSafeText.js";

/**
 * A table as CSV text (RFC 4180): a header row of labels, then one line per row, CRLF line ends,
 * fields with a comma, quote or line break quoted. Numbers are written as they are (full
 * precision), empty cells as nothing, text through {@link csvSafeText} so no cell runs as a
 * formula, lone surrogates as U+FFFD, NUL characters dropped (a page does not show them either).
 * No byte-order mark: {@link csvDataUri} and the CLI add one for Excel.
 * @example csvText({ columns: [{ label: "queue", format: "text" }], rows: [["bags"]] }) // "queue\r\nbags\r\n"
 */
export function csvText(table: DataTable): string {
  const lines = [
    table.columns.map((c) => field(c.label)).join(","),
    ...table.rows.map((row) => row.map(field).join(",")),
  ];
  return lines.join("\r\n") + "\r\n";
}

function field(cell: DataCell): string {
  if (cell === null) return "";
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  const text = csvSafeText(cell.toWellFormed().replaceAll("\0", ""));
  return needsQuotes(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function needsQuotes(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "," || c === '"' || c === "\n" || c === "\r") return true;
  }
  return false;
}
