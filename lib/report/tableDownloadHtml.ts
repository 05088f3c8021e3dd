import type { DataTable } from "../export/DataTable.js";
import { csvDataUri } from "../export/csvDataUri.js";
import { csvText } from "../export/csvText.js";
import { escapeHtml } from "./escapeHtml.js";
import { formatValue } from "../format/formatValue.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/** Options for {@link tableDownloadHtml}. */
export interface TableDownloadHtmlOptions {
  /** The table's rows, all of them. */
  rows: number;
  /** The most rows a page carries as CSV. */
  csvLimit: number;
  /** The table's caption: the file's name comes from it. */
  caption?: string;
  /** The language of the link's words. Default: "en". */
  lang?: Lang;
}

/**
 * The download link under a report table: its data as a CSV `data:` URI with a file name from the
 * caption (the renderer puts the report's name in front), or, for a table without its data
 * (`undefined`: too long for a page), a note saying why.
 * @example tableDownloadHtml(table, { rows: 12, csvLimit: 5000, caption: "Precision by queue" })
 */
export function tableDownloadHtml(
  table: DataTable | undefined,
  options: TableDownloadHtmlOptions,
): string {
  const msg = messages(options.lang).table;
  const rows = formatValue(options.rows, "integer");
  if (!table) {
    const limit = formatValue(options.csvLimit, "integer");
    return `<span class="csv-omitted" title="${escapeHtml(msg.csvOmittedTitle(rows, limit))}">${escapeHtml(msg.csvOmitted)}</span>`;
  }
  const name = `${csvFileStem(options.caption ?? "")}.csv`;
  return `<a class="csv" download="${escapeHtml(name)}" href="${csvDataUri(csvText(table))}" title="${escapeHtml(msg.csvLinkTitle(rows))}">${escapeHtml(msg.csvLink)}</a>`;
}

/**
 * A file name stem from text: its letters and digits (any script) in lower case, joined by `-`,
 * at most 48 characters; "table" when none.
 * @example csvFileStem("Precision by queue (95% interval)") // "precision-by-queue-95-interval"
 */
export function csvFileStem(text: string): string {
  const words = [...text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  let stem = "";
  for (const word of words) {
    const next = stem ? `${stem}-${word}` : word.slice(0, 48);
    if (next.length > 48) break;
    stem = next;
  }
  return stem || "table";
}
