import { escapeHtml } from "./escapeHtml.js";
import { formatValue } from "./formatValue.js";
import { maskPersonalData } from "../privacy/maskPersonalData.js";
import type { FormatName } from "./formatValue.js";

/** A column of {@link htmlTable}: a field name, or a spec with label, format and accessor. */
export type HtmlTableColumn<Row> =
  | string
  | {
      /** Field to read, also the default label. */
      name: string;
      label?: string;
      /** A named format or a function returning display text. Default: "text". */
      format?: FormatName | ((value: unknown, row: Row) => string);
      /** Computes the value instead of reading `row[name]`. */
      value?: (row: Row) => unknown;
    };

/** Options for {@link htmlTable}. */
export interface HtmlTableOptions<Row> {
  /** Columns to show, in order. Default: every field of the first row. */
  columns?: HtmlTableColumn<Row>[];
  /** Caption under the table (escaped). */
  caption?: string;
  /** Show at most this many rows, then a note. Default: 50. */
  limit?: number;
  /** Mask phone numbers, e-mails, resident and card numbers, messenger IDs in cells. Default: true. */
  maskPersonalData?: boolean;
}

const numericFormats = new Set(["integer", "number", "percent", "krw"]);

/**
 * Renders rows as an HTML table for a report. Every value is escaped (listing titles are written by
 * adversaries) and personal data is masked by default; numeric formats are right-aligned. Accepts an array of objects or anything with
 * `objects()` (an arquero Table).
 * @example tslab.display.html(htmlTable(rows, { columns: [{ name: "precision", format: "percent" }] }))
 */
export function htmlTable<Row extends object>(
  data: readonly Row[] | { objects(): Row[] },
  options: HtmlTableOptions<Row> = {},
): string {
  const rows = Array.isArray(data)
    ? (data as readonly Row[])
    : (data as { objects(): Row[] }).objects();
  const limit = options.limit ?? 50;
  const mask = options.maskPersonalData ?? true;
  const columns = (options.columns ?? Object.keys(rows[0] ?? {})).map((c) =>
    typeof c === "string" ? { name: c } : c,
  );
  const head = columns
    .map(
      (c) =>
        `<th${typeof c.format === "string" && numericFormats.has(c.format) ? ' class="num"' : ""}>${escapeHtml(c.label ?? c.name)}</th>`,
    )
    .join("");
  const body = rows
    .slice(0, limit)
    .map((row) => {
      const cells = columns.map((c) => {
        const value = c.value ? c.value(row) : (row as Record<string, unknown>)[c.name];
        const text =
          typeof c.format === "function" ? c.format(value, row) : formatValue(value, c.format);
        const numeric = typeof c.format === "string" && numericFormats.has(c.format);
        const shown = mask ? maskPersonalData(text) : text;
        return `<td${numeric ? ' class="num"' : ""}>${escapeHtml(shown)}</td>`;
      });
      return `<tr>${cells.join("")}</tr>`;
    })
    .join("");
  const more = rows.length > limit ? ` Showing ${limit} of ${rows.length} rows.` : "";
  const caption =
    options.caption || more
      ? `<caption>${escapeHtml((options.caption ?? "") + more)}</caption>`
      : "";
  return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
