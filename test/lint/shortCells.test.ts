import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Non-blank lines a notebook code cell may hold: a longer one is a library function waiting to be written. */
const maxLines = 15;

/** Every code cell over `max` non-blank lines, as "notebook cells[i]: n lines, first line". */
function longCells(notebookText: string, name: string, max: number): string[] {
  const notebook = JSON.parse(notebookText) as {
    cells: { cell_type: string; source: string | string[] }[];
  };
  return notebook.cells.flatMap((cell, index) => {
    if (cell.cell_type !== "code") return [];
    const lines = [cell.source]
      .flat()
      .join("")
      .split("\n")
      .filter((line) => line.trim());
    return lines.length > max
      ? [`${name} cells[${index}]: ${lines.length} lines, ${lines[0]}`]
      : [];
  });
}

describe("notebooks read like reports", () => {
  it(`keeps every code cell of notebooks/ within ${maxLines} non-blank lines`, () => {
    const found = readdirSync("notebooks")
      .filter((name) => name.endsWith(".ipynb"))
      .flatMap((name) => longCells(readFileSync(`notebooks/${name}`, "utf8"), name, maxLines));
    expect(found, "move the cell's logic into a library function under lib/").toEqual([]);
  });

  it("counts non-blank lines of code cells only, in either source layout", () => {
    const cell = (source: string | string[], cell_type = "code") => ({ cell_type, source });
    const text = JSON.stringify({
      cells: [
        cell("a\n\nb\nc"),
        cell(["a\n", "\n", "b\n", "c\n", "d"]),
        cell("x\ny\nz\nw", "markdown"),
      ],
    });
    expect(longCells(text, "probe.ipynb", 3)).toEqual(["probe.ipynb cells[1]: 4 lines, a"]);
  });
});
