import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import type { DatasetDefinition } from "./DatasetDefinition.js";
import { DatasetError } from "./DatasetError.js";
import { parseDatasetDefinition } from "./parseDatasetDefinition.js";
import * as msg from "./messages.js";

/**
 * Reads and validates a dataset definition file; a folder means its `tns.yaml`. Throws
 * {@link DatasetError} naming the file and the fix.
 * @example const def = await readDatasetDefinition("data/tns.yaml");
 */
export async function readDatasetDefinition(path: string): Promise<DatasetDefinition> {
  let file = path;
  let text: string;
  try {
    if ((await stat(path)).isDirectory()) file = join(path, "tns.yaml");
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DatasetError(
      msg.definitionUnreadable(file, code === "ENOENT" ? "no such file" : (error as Error).message),
    );
  }
  return parseDatasetDefinition(text, { file });
}
