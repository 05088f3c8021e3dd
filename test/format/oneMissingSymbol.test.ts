import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "../..");
// The table script reads cells (a user's data may say n/a) to sort blanks last; it shows none.
const reader = "lib/report/tableScript.ts";
// A whole string literal that is only a would-be missing-value symbol: "n/a", "–", "—", 'n/a', `n/a`.
const literal = /(["'`])(n\/a|N\/A|–|—)\1/;

function sources(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs|js)$/.test(entry.name) ? [path] : [];
  });
}

describe("one missing-value symbol", () => {
  it("no file of lib/ or scripts/ writes a missing-value symbol of its own; they use MISSING from lib/format", () => {
    const found = [...sources("lib"), ...sources("scripts")]
      .filter((file) => file !== "lib/format/missing.ts" && file !== reader)
      .flatMap((file) =>
        readFileSync(join(root, file), "utf8")
          .split("\n")
          .flatMap((line, i) => (literal.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found, "import { MISSING } from lib/format/missing.ts instead").toEqual([]);
  });

  it("no notebook code cell writes one either: cells use format.MISSING", () => {
    const found = readdirSync(join(root, "notebooks"))
      .filter((name) => name.endsWith(".ipynb"))
      .flatMap((name) => {
        const notebook = JSON.parse(readFileSync(join(root, "notebooks", name), "utf8")) as {
          cells: { cell_type: string; source: string | string[] }[];
        };
        return notebook.cells.flatMap((cell, index) =>
          cell.cell_type !== "code"
            ? []
            : [cell.source]
                .flat()
                .join("")
                .split("\n")
                .flatMap((line) =>
                  literal.test(line) ? [`${name} cells[${index}]: ${line.trim()}`] : [],
                ),
        );
      });
    expect(found, "write format.MISSING in the cell instead").toEqual([]);
  });

  it("the guard sees a symbol written as a literal", () => {
    expect(literal.test('value === null ? "n/a" : format(value)')).toBe(true);
    expect(literal.test("days[0] ?? '–'")).toBe(true);
    expect(literal.test("`${low}–${high}`")).toBe(false);
  });
});
