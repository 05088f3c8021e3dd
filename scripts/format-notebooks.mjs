// Prettier for notebook cells: `--check` lists the code cells Prettier would change, `--write`
// rewrites them in place. Cells are formatted as TypeScript with the repo's Prettier config; the
// notebook's JSON keeps its layout (indent, key order, source as a line array or one string).
// Usage: node scripts/format-notebooks.mjs --check|--write [notebook.ipynb ...] (default: notebooks/*.ipynb)
import { readFile, writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import { notebookFiles } from "./lint/notebookFiles.js";

const args = process.argv.slice(2);
const mode = args.find((a) => a === "--check" || a === "--write");
if (!mode) {
  console.error(
    "format-notebooks: say --check or --write, e.g. node scripts/format-notebooks.mjs --check",
  );
  process.exit(2);
}
const files = await notebookFiles(args);

let unformatted = 0;
for (const file of files) {
  const text = await readFile(file, "utf8");
  const notebook = JSON.parse(text);
  const config = (await prettier.resolveConfig(file)) ?? {};
  const changed = [];
  for (const [index, cell] of (notebook.cells ?? []).entries()) {
    if (cell.cell_type !== "code") continue;
    const source = Array.isArray(cell.source) ? cell.source.join("") : (cell.source ?? "");
    let formatted;
    try {
      formatted = (await prettier.format(source, { ...config, parser: "typescript" })).replace(
        /\n$/,
        "",
      );
    } catch (error) {
      console.error(
        `${file}: cell ${cell.id ?? `#${index}`} (cells[${index}]) does not parse: ${error.message}`,
      );
      unformatted++;
      continue;
    }
    if (formatted === source) continue;
    changed.push(`${cell.id ?? `#${index}`} (cells[${index}])`);
    cell.source = Array.isArray(cell.source) ? formatted.split(/(?<=\n)/) : formatted;
  }
  if (!changed.length) continue;
  if (mode === "--check") {
    unformatted += changed.length;
    console.warn(`${file}: cells ${changed.join(", ")} are not Prettier-formatted`);
  } else {
    const indent = /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? 1;
    const json = JSON.stringify(notebook, null, indent) + (text.endsWith("\n") ? "\n" : "");
    await writeFile(file, json);
    console.log(`${file}: formatted cells ${changed.join(", ")}`);
  }
}
if (unformatted) {
  console.warn(
    `${unformatted} notebook cell(s) need formatting; run npm run format (or node scripts/format-notebooks.mjs --write)`,
  );
  process.exit(1);
}
