// The kit's API index (docs/API.md): every namespace of lib/index.ts with what it holds (its
// index.ts's opening comment) and each name it exports, its kind and the first sentence of its TSDoc,
// so a newcomer finds a function from the namespace it belongs to. Read from the sources with the
// TypeScript compiler; `--check` fails when the file is stale (in `npm run lint`), `--write` makes it.
// Usage: node scripts/api-index.mjs --check|--write [--file docs/API.md]
import { readFile, writeFile } from "node:fs/promises";
import * as prettier from "prettier";
import ts from "typescript";

const args = process.argv.slice(2);
const mode = args.find((a) => a === "--check" || a === "--write");
const target = args.includes("--file") ? args[args.indexOf("--file") + 1] : "docs/API.md";
if (!mode) {
  console.error("api-index: say --check or --write, e.g. node scripts/api-index.mjs --check");
  process.exit(2);
}

const index = await readFile("lib/index.ts", "utf8");
const namespaces = [...index.matchAll(/export \* as (\w+) from "\.\/(\w+)\/index\.js"/g)].map(
  ([, name, folder]) => ({ name, file: `lib/${folder}/index.ts` }),
);
const program = ts.createProgram(
  namespaces.map((n) => n.file),
  {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  },
);
const checker = program.getTypeChecker();

/** What a declaration is, in a word a reader of the index uses. */
function kindOf(symbol) {
  const flags = symbol.flags;
  if (flags & ts.SymbolFlags.Class) return "class";
  if (flags & ts.SymbolFlags.Function) return "function";
  if (flags & ts.SymbolFlags.Interface || flags & ts.SymbolFlags.TypeAlias) return "type";
  if (flags & ts.SymbolFlags.Enum) return "enum";
  if (flags & ts.SymbolFlags.Variable) {
    const declaration = symbol.valueDeclaration;
    const type = declaration && checker.getTypeOfSymbolAtLocation(symbol, declaration);
    return type && type.getCallSignatures().length ? "function" : "constant";
  }
  return "value";
}

/** The first sentence of a symbol's TSDoc, on one line, with `|` escaped for the table. */
function summaryOf(symbol) {
  const text = ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/\s+/g, " ");
  // A sentence ends at ". " outside parentheses and not after "e.g" or "i.e".
  const sentence = text.match(/^(?:\([^)]*\)|[^(])*?(?<!\be\.g|\bi\.e)[.!?](?=\s|$)/)?.[0] ?? text;
  return sentence.replace(/\{@link\s+([^}\s]+)\s*\}/g, "`$1`").trim() || "(no TSDoc)";
}

/** The opening `// name: …` comment of a namespace's index.ts, joined into one paragraph. */
function headerOf(source) {
  const lines = [];
  for (const line of source.getFullText().split("\n")) {
    if (!line.startsWith("//")) break;
    lines.push(line.replace(/^\/\/\s?/, ""));
  }
  return lines.join(" ").trim();
}

const parts = [
  "# API index",
  "",
  "Every namespace of `lib/index.ts`, and each name it exports with its kind and the first sentence of",
  "its TSDoc (values first, then types).",
  'Notebooks import namespaces from the built library: `import { rules, report } from "../dist/lib/index.js"`,',
  "then call `rules.loadRuleFile(…)`. Made by `node scripts/api-index.mjs --write` from the sources;",
  "`npm run lint` fails when it is stale.",
  "",
  namespaces.map((n) => `[${n.name}](#${n.name})`).join(" · "),
];
const missingHeader = [];
for (const { name, file } of namespaces) {
  const source = program.getSourceFile(file);
  const module = checker.getSymbolAtLocation(source);
  const header = headerOf(source);
  if (!header.startsWith(`${name}:`)) missingHeader.push(file);
  const rows = (module ? checker.getExportsOfModule(module) : [])
    .map((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return { name: exported.name, kind: kindOf(symbol), summary: summaryOf(symbol) };
    })
    .sort((a, b) => (a.kind === "type") - (b.kind === "type") || a.name.localeCompare(b.name));
  const about = header.replace(new RegExp(`^${name}:\\s*`), "");
  parts.push("", `## ${name}`, "", about[0].toUpperCase() + about.slice(1), "");
  for (const row of rows) parts.push(`- \`${name}.${row.name}\` (${row.kind}): ${row.summary}`);
}
if (missingHeader.length) {
  console.error(
    `api-index: ${missingHeader.join(", ")} must open with a comment "// <namespace>: what it holds"`,
  );
  process.exit(1);
}

const config = (await prettier.resolveConfig(target)) ?? {};
const text = await prettier.format(parts.join("\n") + "\n", { ...config, parser: "markdown" });
const current = await readFile(target, "utf8").catch(() => "");
if (mode === "--write") {
  if (current !== text) await writeFile(target, text);
  console.log(`api-index: ${target} lists ${namespaces.length} namespaces`);
} else if (current !== text) {
  console.error(`api-index: ${target} is stale; run node scripts/api-index.mjs --write`);
  process.exit(1);
}
