import { TnsError } from "../errors/TnsError.js";
/**
 * Bad input to a detection metric or a threshold recommendation (a NaN score, a label that is not
 * 0/1, an impossible constraint): the message says what is invalid, the value, and the fix. The CLI
 * maps it to exit code 2.
 * @example try { countScores(scores, labels); } catch (e) { if (e instanceof MetricsError) console.error(e.message); }
 */
export class MetricsError extends TnsError {
  override name = "MetricsError";
}
