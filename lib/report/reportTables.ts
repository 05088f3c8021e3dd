import { JSDOM } from "jsdom";
import type { DataFormatName, DataTable } from "../export/DataTable.js";
import { csvFromDataUri } from "../export/csvDataUri.js";
import { csvTable } from "../export/csvTable.js";
import type { Notebook } from "./Notebook.js";
import { cellSource } from "./cellSource.js";
import { renderMarkdown } from "./markdown.js";
import { reportInfoMimeType } from "./reportInfo.js";
import { sanitizeHtml } from "./sanitizeHtml.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

const formats = new Set<string>([
  "text",
  "general",
  "integer",
  "number",
  "percent",
  "krw",
  "date",
  "datetime",
]);
const text = (value: string | string[]) => (Array.isArray(value) ? value.join("") : value);
let fragmentParser: JSDOM | undefined;

/**
 * The tables a report shows, in page order, read from the executed notebook's HTML outputs as the
 * page carries them (sanitised): each table's rows from its CSV download link, typed by the
 * `data-format` of its header cells, titled by its caption (else the heading it sits under). A table without its data (too long
 * for a page's link, or HTML a notebook wrote itself) gives the cells it shows, as text, with a
 * note saying so.
 * @example const tables = reportTables(executed); // then tableWorkbook(tables)
 */
export function reportTables(notebook: Notebook, lang: Lang = "en"): DataTable[] {
  const withoutData = messages(lang).workbook.tableWithoutData;
  const tables: DataTable[] = [];
  let section: string | undefined;
  for (const cell of notebook.cells) {
    if (cell.cell_type === "markdown") {
      const headings = renderMarkdown(cellSource(cell), new Set()).headings;
      section = headings.at(-1)?.text ?? section;
    }
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) {
      if (output.output_type !== "display_data") continue;
      if (output.data[reportInfoMimeType] !== undefined) continue;
      const html = output.data["text/html"];
      if (html === undefined || !text(html).includes("<table")) continue;
      tables.push(...tablesOf(sanitizeHtml(text(html)), section, withoutData));
    }
  }
  return tables;
}

function tablesOf(html: string, section: string | undefined, withoutData: string): DataTable[] {
  fragmentParser ??= new JSDOM("");
  const template = fragmentParser.window.document.createElement("template");
  template.innerHTML = html;
  return [...template.content.querySelectorAll("table")].map((table) => {
    const caption = table.querySelector(":scope > caption");
    // A table without a caption is named after the heading it sits under, as on the page.
    const title = (caption ? ownText(caption) : "") || section;
    const heads = [...table.querySelectorAll(":scope > thead > tr > th")];
    const columnFormats = heads.map((th): DataFormatName => {
      const format = th.getAttribute("data-format") ?? "text";
      return formats.has(format) ? (format as DataFormatName) : "text";
    });
    const link = caption?.querySelector("a.csv[download]");
    const csv = link ? csvFromDataUri(link.getAttribute("href") ?? "") : undefined;
    if (csv !== undefined) return csvTable(csv, columnFormats, title);
    const omitted = caption?.querySelector(".csv-omitted")?.getAttribute("title");
    return {
      title,
      columns: heads.map((th) => ({ label: th.textContent ?? "", format: "text" as const })),
      rows: [...table.querySelectorAll(":scope > tbody > tr")].map((tr) =>
        [...tr.querySelectorAll(":scope > td, :scope > th")].map((td) => td.textContent ?? ""),
      ),
      note: omitted ?? withoutData,
    };
  });
}

// The caption's own text: not the row-count note or the download link inside it.
function ownText(element: Element): string {
  let out = "";
  for (const node of element.childNodes) if (node.nodeType === 3) out += node.textContent;
  return out.trim();
}
