import { dirname, resolve } from "node:path";
import type { Notebook } from "./Notebook.js";
import { parameterDeclarations } from "./parameterDeclarations.js";

/**
 * The dataset definition a notebook reads: its `dataset` parameter as given, else the default its
 * parameters cell declares (a string literal), resolved against the notebook's folder (the cwd it
 * runs in). Undefined when the notebook declares no `dataset` parameter.
 * @example notebookDataset(nb, "notebooks/01-detection-overview.ipynb") // "/…/data/tns.yaml"
 */
export function notebookDataset(
  notebook: Notebook,
  path: string,
  parameters: Readonly<Record<string, string>> = {},
): string | undefined {
  const declared = parameterDeclarations(notebook).find((d) => d.name === "dataset");
  if (!declared) return undefined;
  const value = parameters.dataset ?? stringLiteral(declared.defaultSource);
  return value ? resolve(dirname(path), value) : undefined;
}

// A quoted default without interpolation ("…", '…' or `…`), unquoted; undefined for anything else.
function stringLiteral(source: string): string | undefined {
  const match = /^(["'`])(.*)\1$/.exec(source);
  if (!match || (match[1] === "`" && match[2].includes("${"))) return undefined;
  if (match[1] === '"')
    try {
      return JSON.parse(source) as string;
    } catch {
      return undefined;
    }
  return match[2];
}
