import { TnsError } from "../errors/TnsError.js";

/**
 * A dataset definition or a source it names that cannot be used as written: the message names the
 * file (and line, row, table or column where known) and the fix.
 * @example try { await openDataset("tns.yaml"); } catch (e) { if (e instanceof DatasetError) console.error(e.message); }
 */
export class DatasetError extends TnsError {
  override name = "DatasetError";
}
