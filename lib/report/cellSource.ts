import type { Cell } from "./Notebook.js";

/**
 * The source of a cell as one string (nbformat allows a string or an array of lines).
 * @example cellSource({ cell_type: "code", source: ["a\n", "b"], ... }) // "a\nb"
 */
export function cellSource(cell: Pick<Cell, "source">): string {
  return Array.isArray(cell.source) ? cell.source.join("") : cell.source;
}
