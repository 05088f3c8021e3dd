import { TnsError } from "../errors/TnsError.js";
import { readFile } from "node:fs/promises";
import { parse, printParseErrorCode } from "jsonc-parser";
import type { ParseError } from "jsonc-parser";
import type { Notebook } from "./Notebook.js";
import * as msg from "./messages.js";

/** An invalid notebook or parameter: the message names the file and the fix. */
export class NotebookError extends TnsError {
  override name = "NotebookError";
}

/**
 * Reads an .ipynb file and checks it is an nbformat 4 notebook for the tslab kernel.
 * @example const nb = await readNotebook("notebooks/01-detection-overview.ipynb");
 */
export async function readNotebook(path: string): Promise<Notebook> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT")
      throw new NotebookError(msg.notebookNotFound(path));
    throw error;
  }
  return parseNotebook(text, path);
}

/**
 * Parses notebook JSON text and validates its shape; `path` is only used in messages.
 * @example parseNotebook(text, "x.ipynb")
 */
export function parseNotebook(text: string, path: string): Notebook {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // JSON.parse's message carries no position on Node 20; jsonc-parser's strict mode does.
    const errors: ParseError[] = [];
    parse(text, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0] ?? { error: 0, offset: text.length };
    const detail = errors.length ? printParseErrorCode(first.error) : "unexpected end";
    const before = text.slice(0, first.offset).split("\n");
    throw new NotebookError(
      msg.notebookInvalidJson(path, before.length, before[before.length - 1].length + 1, detail),
    );
  }
  const nb = json as Partial<Notebook>;
  if (typeof nb !== "object" || nb === null || nb.nbformat !== 4) {
    throw new NotebookError(
      msg.notebookNotNbformat4(path, (nb as { nbformat?: unknown })?.nbformat),
    );
  }
  if (!Array.isArray(nb.cells)) throw new NotebookError(msg.notebookBadCells(path));
  nb.cells.forEach((cell, index) => {
    if (!["code", "markdown", "raw"].includes(cell?.cell_type)) {
      throw new NotebookError(
        msg.notebookBadCell(path, index, `unknown cell_type ${JSON.stringify(cell?.cell_type)}`),
      );
    }
    if (typeof cell.source !== "string" && !Array.isArray(cell.source)) {
      throw new NotebookError(
        msg.notebookBadCell(path, index, "source is neither a string nor a list of lines"),
      );
    }
  });
  const kernel = nb.metadata?.kernelspec?.name;
  if (kernel !== "tslab") throw new NotebookError(msg.notebookWrongKernel(path, kernel));
  return nb as Notebook;
}
