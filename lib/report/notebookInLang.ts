import type { Lang } from "../i18n/Lang.js";
import type { Cell, Notebook } from "./Notebook.js";

/**
 * The language a cell is written in, from its metadata `"tns": {"lang": "ko"}`; undefined for an
 * untagged cell, which every language keeps.
 * @example cellLang({ cell_type: "markdown", source: "## 요약", metadata: { tns: { lang: "ko" } } }) // "ko"
 */
export function cellLang(cell: Cell): string | undefined {
  const tns = cell.metadata?.tns;
  const lang = tns && typeof tns === "object" ? (tns as { lang?: unknown }).lang : undefined;
  return typeof lang === "string" ? lang : undefined;
}

/**
 * Whether a report in `lang` shows the cell: markdown cells tagged with another language are left
 * out; untagged cells and code cells are always kept.
 * @example cellInLang(koreanCell, "en") // false
 */
export function cellInLang(cell: Cell, lang: Lang): boolean {
  if (cell.cell_type !== "markdown") return true;
  const own = cellLang(cell);
  return own === undefined || own === lang;
}

/**
 * The notebook as a report in `lang` reads it: its markdown cells of other languages left out.
 * @example titleOf(notebookInLang(executed, "ko"))
 */
export function notebookInLang(notebook: Notebook, lang: Lang): Notebook {
  return { ...notebook, cells: notebook.cells.filter((cell) => cellInLang(cell, lang)) };
}
