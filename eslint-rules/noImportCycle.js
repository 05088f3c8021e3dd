import path from "node:path";
import ts from "typescript";

/** @type {WeakMap<ts.Program, Map<string, { specifier: ts.StringLiteral, file: string }[]>>} */
const graphs = new WeakMap();

/**
 * Every module specifier in a file that names a module: static imports and re-exports, `import()`
 * calls and `import("…")` types, type-only ones included.
 */
function moduleSpecifiers(sourceFile) {
  const found = [];
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push(node.moduleSpecifier);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      found.push(node.arguments[0]);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument) &&
      ts.isStringLiteral(node.argument.literal)
    ) {
      found.push(node.argument.literal);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The program's own files (no declaration files, nothing from node_modules) and their imports among them. */
function importGraph(program) {
  let graph = graphs.get(program);
  if (graph) return graph;
  const options = program.getCompilerOptions();
  const cache = ts.createModuleResolutionCache(
    program.getCurrentDirectory(),
    (name) => name,
    options,
  );
  const own = program
    .getSourceFiles()
    .filter((file) => !file.isDeclarationFile && !program.isSourceFileFromExternalLibrary(file));
  const names = new Set(own.map((file) => path.resolve(file.fileName)));
  graph = new Map();
  for (const file of own) {
    const edges = [];
    for (const specifier of moduleSpecifiers(file)) {
      const mode = program.getModeForUsageLocation(file, specifier);
      const { resolvedModule } = ts.resolveModuleName(
        specifier.text,
        file.fileName,
        options,
        ts.sys,
        cache,
        undefined,
        mode,
      );
      const target = resolvedModule && path.resolve(resolvedModule.resolvedFileName);
      if (target && names.has(target)) edges.push({ specifier, file: target });
    }
    graph.set(path.resolve(file.fileName), edges);
  }
  graphs.set(program, graph);
  return graph;
}

/** The shortest import path from `start` back to itself, as [first specifier, files], or undefined. */
function shortestCycle(graph, start) {
  const previous = new Map();
  const queue = [];
  for (const edge of graph.get(start) ?? []) {
    if (edge.file === start) return [edge.specifier, [start, start]];
    if (!previous.has(edge.file)) {
      previous.set(edge.file, { from: undefined, edge });
      queue.push(edge.file);
    }
  }
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i];
    for (const edge of graph.get(file) ?? []) {
      if (edge.file === start) {
        const files = [start, start];
        let step = file;
        let first;
        while (step !== undefined) {
          files.splice(1, 0, step);
          first = previous.get(step).edge;
          step = previous.get(step).from;
        }
        return [first.specifier, files];
      }
      if (!previous.has(edge.file)) {
        previous.set(edge.file, { from: file, edge });
        queue.push(edge.file);
      }
    }
  }
  return undefined;
}

/**
 * ESLint rule: no import cycle among the files of the TypeScript program, counting type-only imports.
 *
 * `import-x/no-cycle` skips `import type` by design (the edge is erased before run time), so a cycle made
 * of types alone — two files that each need the other's definitions — passes it. Such a pair still cannot
 * be read, moved or re-exported apart; the fix is the same as for a run-time cycle: move what both need
 * into a file of its own. Needs type-aware linting (`parserOptions.projectService`), whose program gives
 * the whole import graph.
 *
 * @type {import("eslint").Rule.RuleModule}
 */
export const noImportCycle = {
  meta: {
    type: "problem",
    docs: { description: "Forbid import cycles, type-only imports included" },
    schema: [],
    messages: {
      cycle:
        "import cycle: {{route}}; move what these files need from each other into a file of their own",
      noProgram:
        "no-import-cycle needs type information: lint this file with parserOptions.projectService",
    },
  },
  create(context) {
    return {
      Program(node) {
        const program = context.sourceCode.parserServices?.program;
        if (!program) {
          context.report({ node, messageId: "noProgram" });
          return;
        }
        const filename = path.resolve(context.physicalFilename);
        const cycle = shortestCycle(importGraph(program), filename);
        if (!cycle) return;
        const [specifier, files] = cycle;
        const sourceFile = specifier.getSourceFile();
        const at = (position) => {
          const { line, character } = sourceFile.getLineAndCharacterOfPosition(position);
          return { line: line + 1, column: character };
        };
        const root = program.getCurrentDirectory();
        context.report({
          loc: { start: at(specifier.getStart(sourceFile)), end: at(specifier.getEnd()) },
          messageId: "cycle",
          data: { route: files.map((file) => path.relative(root, file)).join(" → ") },
        });
      },
    };
  },
};
