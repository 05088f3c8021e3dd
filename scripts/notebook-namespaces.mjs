// Keeps notebooks' namespace references in step with lib/: when a function moves from one folder
// of lib/ to another (report.formatValue → format.formatValue), every `ns.name` in a notebook's
// cells whose namespace no longer exports `name` is pointed at the namespace that does, and the
// notebook's import from ../dist/lib/index.js lists the namespaces it now uses.
// Usage: node scripts/notebook-namespaces.mjs --check|--write [notebook.ipynb ...] (default: notebooks/*.ipynb)
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { notebookFiles } from "./lint/notebookFiles.js";

const args = process.argv.slice(2);
const mode = args.find((a) => a === "--check" || a === "--write");
if (!mode) {
  console.error("notebook-namespaces: say --check or --write");
  process.exit(2);
}
const files = await notebookFiles(args);

/** The names each namespace of lib/index.ts exports, read from its folder's index.ts. */
async function namespaceExports() {
  const index = await readFile("lib/index.ts", "utf8");
  const exports = new Map();
  for (const [, ns, folder] of index.matchAll(/export \* as (\w+) from "\.\/(\w+)\/index\.js"/g)) {
    const text = await readFile(join("lib", folder, "index.ts"), "utf8");
    const source = ts.createSourceFile("index.ts", text, ts.ScriptTarget.ES2022);
    const names = new Set();
    for (const statement of source.statements)
      if (
        ts.isExportDeclaration(statement) &&
        statement.exportClause &&
        ts.isNamedExports(statement.exportClause)
      )
        for (const element of statement.exportClause.elements) names.add(element.name.text);
    exports.set(ns, names);
  }
  return exports;
}

const exports = await namespaceExports();
const importPattern = /import \{([^}]*)\} from "\.\.\/dist\/lib\/index\.js";/;
let stale = 0;
for (const file of files) {
  const text = await readFile(file, "utf8");
  const notebook = JSON.parse(text);
  const code = notebook.cells.filter((c) => c.cell_type === "code");
  const sourceOf = (c) => (Array.isArray(c.source) ? c.source.join("") : c.source);
  const importCell = code.find((c) => importPattern.test(sourceOf(c)));
  if (!importCell) continue;
  // local alias → namespace, e.g. datasets → dataset
  const alias = new Map();
  for (const part of importPattern.exec(sourceOf(importCell))[1].split(",")) {
    const [ns, local = ns] = part.trim().split(/\s+as\s+/);
    if (ns) alias.set(local, ns);
  }
  const localOf = new Map([...alias].map(([local, ns]) => [ns, local]));
  const moves = [];
  for (const cell of code) {
    const src = sourceOf(cell);
    const sf = ts.createSourceFile("cell.ts", src, ts.ScriptTarget.ES2022, true);
    const edits = [];
    const visit = (node) => {
      const access =
        (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && node.name) ||
        (ts.isQualifiedName(node) && ts.isIdentifier(node.left) && node.right);
      const left = access && (node.expression ?? node.left);
      if (access && alias.has(left.text)) {
        const ns = alias.get(left.text);
        const name = access.text;
        if (!exports.get(ns)?.has(name)) {
          const home = [...exports].find(([, names]) => names.has(name))?.[0];
          if (!home)
            throw new Error(`${file}: ${ns}.${name} is exported by no namespace of lib/index.ts`);
          if (!localOf.has(home)) localOf.set(home, home);
          edits.push([left.getStart(sf), left.getEnd(), localOf.get(home)]);
          moves.push(`${ns}.${name} → ${home}.${name}`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
    let out = src;
    for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0]))
      out = out.slice(0, start) + replacement + out.slice(end);
    if (out !== src) cell.source = Array.isArray(cell.source) ? out.split(/(?<=\n)/) : out;
  }
  if (!moves.length) continue;
  stale += moves.length;
  // The import lists every namespace still referenced, sorted.
  const all = code.map(sourceOf).join("\n");
  const used = [...localOf]
    .filter(([, local]) => new RegExp(`\\b${local}\\.`).test(all))
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ns, local]) => (local === ns ? ns : `${ns} as ${local}`));
  const src = sourceOf(importCell).replace(
    importPattern,
    `import { ${used.join(", ")} } from "../dist/lib/index.js";`,
  );
  importCell.source = Array.isArray(importCell.source) ? src.split(/(?<=\n)/) : src;
  console.log(`${file}: ${[...new Set(moves)].join(", ")}`);
  if (mode === "--write") {
    const indent = /^\{\r?\n([ \t]+)"/.exec(text)?.[1] ?? 1;
    await writeFile(
      file,
      JSON.stringify(notebook, null, indent) + (text.endsWith("\n") ? "\n" : ""),
    );
  }
}
if (stale && mode === "--check") {
  console.warn(
    `${stale} reference(s) to a namespace that no longer exports the name; run node scripts/notebook-namespaces.mjs --write, then npm run format`,
  );
  process.exit(1);
}
