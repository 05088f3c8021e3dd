import type { CodeCell, Notebook, ParameterValue } from "./Notebook.js";
import { NotebookError } from "./readNotebook.js";
import { parameterDeclarations, parametersCellIndex } from "./parameterDeclarations.js";
import type { ParameterKind } from "./parameterDeclarations.js";
import * as msg from "./messages.js";
import { isCalendarDay } from "../time/isCalendarDay.js";
import { checkLang } from "../i18n/checkLang.js";

/** Options for {@link injectParameters}. */
export interface InjectParametersOptions {
  /** Used in error messages. Default: "notebook". */
  path?: string;
}

/**
 * Returns a copy of the notebook with an `injected-parameters` cell right after the `parameters`
 * cell (papermill's convention), replacing an earlier injected cell. Values arrive as text from the
 * command line and are converted to the kind of each parameter's default; a parameter whose default
 * is a day (`"2026-10-29"`) only takes a calendar day.
 * @example injectParameters(nb, { date: "2026-11-01" })
 */
export function injectParameters(
  notebook: Notebook,
  raw: Record<string, string>,
  options: InjectParametersOptions = {},
): { notebook: Notebook; parameters: Record<string, ParameterValue> } {
  const path = options.path ?? "notebook";
  const names = Object.keys(raw);
  if (names.length === 0) return { notebook, parameters: {} };
  const index = parametersCellIndex(notebook);
  if (index < 0) throw new NotebookError(msg.parameterNoCell(path, names));
  const declared = new Map(parameterDeclarations(notebook).map((d) => [d.name, d]));
  const parameters: Record<string, ParameterValue> = {};
  const lines = ["// Parameters injected at run time (tns --param)."];
  for (const name of names) {
    const declaration = declared.get(name);
    if (!declaration)
      throw new NotebookError(msg.parameterUnknown(path, name, [...declared.keys()]));
    const value = convert(raw[name], declaration.kind, path, name);
    // A day parameter (its default is a quoted YYYY-MM-DD) must get a real day, before any cell runs.
    if (isCalendarDay(declaration.defaultSource.slice(1, -1)) && !isCalendarDay(value))
      throw new NotebookError(msg.parameterDay(path, name, raw[name]));
    // The report language is the renderer's too: only a language the kit writes.
    if (name === "lang") checkLang(value);
    parameters[name] = value;
    lines.push(`${declaration.keyword} ${name} = ${JSON.stringify(value)};`);
  }
  const injected: CodeCell = {
    cell_type: "code",
    id: "injected-parameters",
    metadata: { tags: ["injected-parameters"] },
    source: lines.join("\n"),
    execution_count: null,
    outputs: [],
  };
  const cells = notebook.cells.filter(
    (cell) => !cell.metadata?.tags?.includes("injected-parameters"),
  );
  const at = cells.findIndex((cell) => cell.metadata?.tags?.includes("parameters"));
  cells.splice(at + 1, 0, injected);
  return { notebook: { ...notebook, cells }, parameters };
}

function convert(raw: string, kind: ParameterKind, path: string, name: string): ParameterValue {
  switch (kind) {
    case "string":
      return raw;
    case "number": {
      const value = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(value))
        throw new NotebookError(msg.parameterType(path, name, raw, "number"));
      return value;
    }
    case "boolean":
      if (raw === "true" || raw === "false") return raw === "true";
      throw new NotebookError(msg.parameterType(path, name, raw, "boolean (true or false)"));
    case "json":
      try {
        return JSON.parse(raw) as ParameterValue;
      } catch {
        return raw;
      }
  }
}

/**
 * Parses `name=value` strings from the command line into a record.
 * @example parseParameterArgs(["date=2026-11-01"]) // { date: "2026-11-01" }
 */
export function parseParameterArgs(args: readonly string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const arg of args) {
    const at = arg.indexOf("=");
    if (at <= 0) throw new NotebookError(msg.parameterSyntax(arg));
    result[arg.slice(0, at).trim()] = arg.slice(at + 1);
  }
  return result;
}
