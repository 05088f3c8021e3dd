import { TnsError } from "../errors/TnsError.js";

/**
 * Data that cannot be written as CSV or a workbook (a table past Excel's row limit): the message
 * names the table, the value and the fix. The CLI maps it to exit code 2.
 * @example throw new ExportError(tooManyRows("Segments", 2_000_000, 1_048_575));
 */
export class ExportError extends TnsError {
  override name = "ExportError";
}
