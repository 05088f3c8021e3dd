import type { RowsOrTable } from "../table/RowsOrTable.js";
import { tableRows } from "../table/tableRows.js";
import { escapeHtml } from "./escapeHtml.js";
import type { TableColumn } from "../view/TableColumn.js";
import { tableCells } from "./tableCells.js";
import { tableDownloadHtml } from "./tableDownloadHtml.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/** Options for {@link htmlTable}. */
export interface HtmlTableOptions<Row> {
  /** Columns to show, in order. Default: every field of the first row. */
  columns?: TableColumn<Row>[];
  /** Caption under the table (escaped). */
  caption?: string;
  /** Show at most this many rows, then a note. Default: 50. */
  limit?: number;
  /** Mask phone numbers, e-mails, resident and card numbers, messenger IDs in cells. Default: true. */
  maskPersonalData?: boolean;
  /**
   * Tables with at most this many rows carry all of them as a CSV download link; longer ones say
   * why they have none (the link lives in the page, and makes it longer). Default: 5,000.
   */
  csvLimit?: number;
  /** The language of the table's own words (row-count note, CSV link). Default: "en". */
  lang?: Lang;
}

/** Rows up to which {@link htmlTable} offers a table's data as a CSV link. */
export const defaultCsvLimit = 5000;

const numericFormats = new Set(["integer", "number", "percent", "krw"]);

/**
 * Renders rows as an HTML table for a report. Every value is escaped (listing titles are written by
 * adversaries) and personal data is masked by default; numeric formats are right-aligned. The
 * caption carries a download link with every row as CSV (a `data:` URI, no script): source numbers
 * where the table shows numbers, masked like the table. Each header cell names its column's
 * format (`data-format`). Accepts an array of objects or anything with `objects()` (an arquero
 * Table).
 * @example tslab.display.html(htmlTable(rows, { columns: [{ name: "precision", format: "percent" }] }))
 */
export function htmlTable<Row extends object>(
  data: RowsOrTable<Row>,
  options: HtmlTableOptions<Row> = {},
): string {
  const rows = tableRows(data, "htmlTable");
  const limit = options.limit ?? 50;
  const csvLimit = options.csvLimit ?? defaultCsvLimit;
  const columns = (options.columns ?? Object.keys(rows[0] ?? {})).map((c) =>
    typeof c === "string" ? { name: c } : c,
  );
  const exported = rows.length <= csvLimit;
  const { shown, table } = tableCells(
    exported ? rows : rows.slice(0, limit),
    columns,
    options.maskPersonalData ?? true,
  );
  const numeric = columns.map((c) => typeof c.format === "string" && numericFormats.has(c.format));
  const head = columns
    .map(
      (c, j) =>
        `<th${numeric[j] ? ' class="num"' : ""} data-format="${table.columns[j].format}">${escapeHtml(c.label ?? c.name)}</th>`,
    )
    .join("");
  const body = shown
    .slice(0, limit)
    .map(
      (cells) =>
        `<tr>${cells.map((text, j) => `<td${numeric[j] ? ' class="num"' : ""}>${escapeHtml(text)}</td>`).join("")}</tr>`,
    )
    .join("");
  const more =
    rows.length > limit
      ? `<span class="more">${escapeHtml(messages(options.lang).table.rowsShown(String(limit), String(rows.length)))}</span>`
      : "";
  const download = tableDownloadHtml(exported ? table : undefined, {
    rows: rows.length,
    csvLimit,
    caption: options.caption,
    lang: options.lang,
  });
  const caption = `<caption>${[escapeHtml(options.caption ?? ""), more, download].filter(Boolean).join(" ")}</caption>`;
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
