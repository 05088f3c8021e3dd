// An ESLint processor for Jupyter notebooks: the code cells of one notebook are linted together as
// one TypeScript module (tslab runs them in one scope, so a name declared in one cell and used in a
// later one is used), and every message points at the notebook, the cell and the line in the cell.
import { codeCells } from "./notebookCells.js";

const blocks = new Map();

/**
 * The processor: `preprocess` joins the code cells into one `cells.ts` block, `postprocess` maps
 * each message back to the .ipynb line and prefixes it with the cell (id and position) and the
 * line within the cell. Autofix is off: `npm run format` rewrites cells with Prettier instead.
 */
export const notebookProcessor = {
  meta: { name: "notebook-cells", version: "1.0.0" },
  supportsAutofix: false,
  preprocess(text, filename) {
    const cells = codeCells(text);
    const where = [];
    for (const cell of cells)
      cell.source.split("\n").forEach((_, i) => where.push({ cell, line: i + 1 }));
    blocks.set(filename, where);
    return [{ text: cells.map((c) => c.source).join("\n"), filename: "cells.ts" }];
  },
  postprocess(messages, filename) {
    const where = blocks.get(filename) ?? [];
    blocks.delete(filename);
    return messages.flat().map((message) => {
      const at = where[(message.line ?? 1) - 1];
      if (!at) return message;
      const { cell, line } = at;
      const end = message.endLine ? where[message.endLine - 1] : undefined;
      // Column in the .ipynb line: after the opening quote, counting the JSON escapes before it.
      const column = (place, col) => {
        const text = place.cell.source.split("\n")[place.line - 1] ?? "";
        const escaped = JSON.stringify(text.slice(0, Math.max(col - 1, 0))).length - 2;
        return place.cell.quoteColumns[place.line - 1] + 1 + escaped + 1;
      };
      const { fix: _fix, suggestions: _suggestions, ...rest } = message;
      return {
        ...rest,
        message: `cell ${cell.id} (cells[${cell.index}]), line ${line}: ${message.message}`,
        line: cell.fileLines[line - 1] ?? message.line,
        column: column(at, message.column ?? 1),
        ...(end
          ? {
              endLine: end.cell.fileLines[end.line - 1] ?? message.endLine,
              endColumn: column(end, message.endColumn ?? 1),
            }
          : {}),
      };
    });
  },
};

/** The plugin that carries the processor, for eslint.config.js (`processor: "notebooks/cells"`). */
export default { meta: { name: "notebooks" }, processors: { cells: notebookProcessor } };
