import type { Notebook } from "./Notebook.js";
import { cellSource } from "./cellSource.js";

/** The kind of value a notebook parameter holds, read from its type annotation or default. */
export type ParameterKind = "string" | "number" | "boolean" | "json";

/** One `const name = default;` line of a notebook's parameters cell. */
export interface ParameterDeclaration {
  name: string;
  keyword: "const" | "let" | "var";
  kind: ParameterKind;
  defaultSource: string;
}

// Our own fixed pattern over notebook source (not a user pattern): one declaration per line.
const declaration =
  /^\s*(const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::\s*([^=]+?))?\s*=\s*(.+?)\s*;?\s*(?:\/\/.*)?$/;

/**
 * The index of the cell tagged `parameters`, or -1 when the notebook has none.
 * @example parametersCellIndex(nb) // 1
 */
export function parametersCellIndex(notebook: Notebook): number {
  return notebook.cells.findIndex((cell) => cell.metadata?.tags?.includes("parameters"));
}

/**
 * The parameters a notebook declares in its `parameters` cell, one per `const|let|var` line.
 * @example parameterDeclarations(nb) // [{ name: "date", keyword: "const", kind: "string", ... }]
 */
export function parameterDeclarations(notebook: Notebook): ParameterDeclaration[] {
  const index = parametersCellIndex(notebook);
  if (index < 0) return [];
  const result: ParameterDeclaration[] = [];
  for (const line of cellSource(notebook.cells[index]).split("\n")) {
    const match = declaration.exec(line);
    if (!match) continue;
    const [, keyword, name, annotation, defaultSource] = match;
    result.push({
      name,
      keyword: keyword as ParameterDeclaration["keyword"],
      kind: kindOf(annotation?.trim(), defaultSource),
      defaultSource,
    });
  }
  return result;
}

function kindOf(annotation: string | undefined, defaultSource: string): ParameterKind {
  if (annotation === "string" || annotation === "number" || annotation === "boolean")
    return annotation;
  if (annotation) return "json";
  if (/^["'`]/.test(defaultSource)) return "string";
  if (/^(true|false)$/.test(defaultSource)) return "boolean";
  if (/^-?(\d|\.\d)/.test(defaultSource)) return "number";
  return "json";
}
