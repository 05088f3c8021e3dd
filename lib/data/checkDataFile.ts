import { stat } from "node:fs/promises";
import { DataLoadError } from "./DataLoadError.js";
import * as msg from "./messages.js";

/**
 * Fails with a clear {@link DataLoadError} when `path` is missing, a directory or zero bytes long;
 * `expected` describes the content for the empty-file message.
 * @example await checkDataFile("data/listings.csv", "a header row");
 */
export async function checkDataFile(path: string, expected: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataLoadError(msg.notAFile(path), { file: path });
    size = info.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new DataLoadError(msg.fileNotFound(path), { file: path }, { cause: error });
    }
    throw error;
  }
  if (size === 0) throw new DataLoadError(msg.fileEmpty(path, expected), { file: path });
}
