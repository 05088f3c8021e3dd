// The code cells of a Jupyter notebook with where each of their lines sits in the .ipynb file, so
// the linter and the formatter can point at notebook + cell + line.
import { parseTree, findNodeAtLocation } from "jsonc-parser";

/**
 * @typedef {object} NotebookCodeCell
 * @property {number} index position of the cell in the notebook's `cells` array (0-based)
 * @property {string} id the cell's `id`, or `#index` when it has none
 * @property {string} source the cell's code, its source lines joined
 * @property {number[]} fileLines 1-based line in the .ipynb file of each line of `source`
 * @property {number[]} quoteColumns 0-based column in the .ipynb line just before each line of
 *   `source` starts (the opening quote of its JSON string, moved past any escaped lines before it)
 */

/**
 * Reads the code cells of a notebook's JSON text.
 * @param {string} text the .ipynb file's contents
 * @returns {NotebookCodeCell[]}
 * @example codeCells(readFileSync("notebooks/01-detection-overview.ipynb", "utf8"))
 */
export function codeCells(text) {
  const notebook = JSON.parse(text);
  const tree = parseTree(text);
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === "\n") lineStarts.push(i + 1);
  const columnAt = (offset) => offset - lineStarts[lineAt(offset) - 1];
  const lineAt = (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const cells = [];
  (notebook.cells ?? []).forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const node = tree && findNodeAtLocation(tree, ["cells", index, "source"]);
    const parts = Array.isArray(cell.source) ? cell.source : [cell.source ?? ""];
    const source = parts.join("");
    // One entry per line of `source`: an array part ends with "\n" except the last; a string
    // source (rare in saved notebooks) maps every line to the line of the string.
    const fileLines = [];
    const quoteColumns = [];
    if (node?.type === "array") {
      node.children.forEach((part, i) => {
        const lines = parts[i].split("\n").length - (parts[i].endsWith("\n") ? 1 : 0);
        for (let k = 0; k < lines; k++) {
          fileLines.push(lineAt(part.offset));
          quoteColumns.push(columnAt(part.offset));
        }
      });
      if (source.endsWith("\n") || source === "") {
        fileLines.push(lineAt(node.offset + node.length));
        quoteColumns.push(0);
      }
    } else {
      // A string source sits on one JSON line: line k starts after the escaped lines before it.
      const line = node ? lineAt(node.offset) : 1;
      const quote = node ? columnAt(node.offset) : 0;
      let before = "";
      for (const text of source.split("\n")) {
        fileLines.push(line);
        quoteColumns.push(quote + JSON.stringify(before).length - 2);
        before += `${text}\n`;
      }
    }
    cells.push({ index, id: cell.id ?? `#${index}`, source, fileLines, quoteColumns });
  });
  return cells;
}
