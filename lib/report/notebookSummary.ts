import type { Notebook } from "./Notebook.js";
import { cellSource } from "./cellSource.js";

/**
 * The first paragraph of prose under a notebook's title, as plain text (Markdown emphasis and links
 * reduced to their text), cut at `maxLength` characters — the line the index page shows under a
 * report's title.
 * @example notebookSummary(nb) // "Question. How much does detection flag, …"
 */
export function notebookSummary(notebook: Notebook, maxLength = 220): string | undefined {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const paragraph = cellSource(cell)
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .find((p) => p && !p.startsWith("#"));
    if (!paragraph) continue;
    // The regexes below backtrack on unclosed brackets; a bounded prefix keeps them cheap.
    const plain = paragraph
      .slice(0, maxLength * 8)
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/[*_`]+/g, "")
      .replace(/\s+/g, " ")
      .trim();
    return plain.length > maxLength
      ? `${plain.slice(0, maxLength - 1).replace(/\s+\S*$/, "")} …`
      : plain;
  }
  return undefined;
}
