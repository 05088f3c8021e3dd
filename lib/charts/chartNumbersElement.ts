import type { ChartNumbers } from "./ChartNumbers.js";
import type { Lang } from "../i18n/Lang.js";
import { messages } from "../i18n/messages.js";

/** The longest numbers table a chart carries; helpers thin longer curves before this applies. */
export const CHART_NUMBERS_LIMIT = 400;

/**
 * A closed `<details>` with the chart's numbers as a table, built with DOM nodes so every text
 * (category names are written by adversaries) is escaped by the serialiser. Readable without
 * JavaScript; opened for print by the report stylesheet.
 * @example figure.append(chartNumbersElement(document, numbers, "tns-plot"))
 */
export function chartNumbersElement(
  document: Document,
  numbers: ChartNumbers,
  className: string,
  lang: Lang = "en",
): HTMLElement {
  const words = messages(lang);
  const details = document.createElement("details");
  details.className = `${className}-numbers`;
  const summary = document.createElement("summary");
  summary.textContent = words.charts.showNumbers;
  const table = document.createElement("table");
  const shown = numbers.rows.slice(0, CHART_NUMBERS_LIMIT);
  const notes = [
    numbers.note,
    shown.length < numbers.rows.length
      ? words.table.rowsShown(String(shown.length), String(numbers.rows.length))
      : undefined,
  ].filter((note): note is string => note !== undefined && note !== "");
  if (notes.length > 0) {
    const caption = document.createElement("caption");
    caption.textContent = notes.join(" ");
    table.append(caption);
  }
  const headRow = document.createElement("tr");
  for (const column of numbers.columns) {
    const th = document.createElement("th");
    th.scope = "col";
    if (column.numeric) th.className = "num";
    th.textContent = column.label;
    headRow.append(th);
  }
  const head = document.createElement("thead");
  head.append(headRow);
  const body = document.createElement("tbody");
  for (const row of shown) {
    const tr = document.createElement("tr");
    numbers.columns.forEach((column, k) => {
      const td = document.createElement("td");
      if (column.numeric) td.className = "num";
      td.textContent = row[k] ?? "";
      tr.append(td);
    });
    body.append(tr);
  }
  table.append(head, body);
  details.append(summary, table);
  return details;
}
