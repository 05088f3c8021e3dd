import { scanIsoTimestamp } from "./scanIsoTimestamp.js";

/**
 * Why `text` is not a timestamp {@link strictTimestampParser} accepts ("month 13 does not exist",
 * "expected a date YYYY-MM-DD first"), or undefined when it is one.
 * @example timestampProblem("2026-13-45T00:00:00") // "month 13 does not exist"
 */
export function timestampProblem(text: string): string | undefined {
  const scan = { offset: 0, problem: "" };
  scanIsoTimestamp(text, scan);
  return scan.problem || undefined;
}
