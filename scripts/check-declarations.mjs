// Notebooks import the built library (dist/lib/*.js + .d.ts) and tslab compiles cells with its own
// TypeScript 5.0 and Node10 module resolution. This checks our emitted declarations under exactly
// that compiler, so a newer-TypeScript-only construct in lib/ fails `npm test`, not a notebook.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const ts = require("@tslab/typescript-for-tslab");
// The root is what a notebook imports; everything it reaches is checked.
const files = ["dist/lib/index.d.ts"];
const program = ts.createProgram(files, {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts"],
  esModuleInterop: true,
  noEmit: true,
  strict: false,
  skipLibCheck: false,
  types: ["node"],
});
const diagnostics = ts
  .getPreEmitDiagnostics(program)
  .filter(
    (d) =>
      !d.file || d.file.fileName.includes("/dist/lib/") || d.file.fileName.startsWith("dist/lib/"),
  );
for (const d of diagnostics) {
  const where = d.file
    ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `
    : "";
  console.error(`${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}
if (diagnostics.length) {
  console.error(
    `check-declarations: ${diagnostics.length} error(s) under TypeScript ${ts.version} (tslab's compiler)`,
  );
  process.exit(1);
}
const ours = program.getSourceFiles().filter((f) => f.fileName.includes("dist/lib/")).length;
console.log(
  `check-declarations: ${ours} declaration files reached from dist/lib/index.d.ts type-check under TypeScript ${ts.version}`,
);
