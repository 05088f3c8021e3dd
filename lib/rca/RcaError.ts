import { TnsError } from "../errors/TnsError.js";
/**
 * Bad input to a root-cause analysis (a column, a period, a value that cannot be used): the message
 * says what is invalid, the value, and the fix. The CLI maps it to exit code 2.
 * @example try { rootCause(rows, options); } catch (e) { if (e instanceof RcaError) console.error(e.message); }
 */
export class RcaError extends TnsError {
  override name = "RcaError";
}
