import type { ReportResult } from "../../lib/report/ReportResult.js";

/** Progress and results go to stderr so stdout stays free for machine-readable output. */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** One line per rendered notebook, and the error under a failed one. */
export function logReport(result: ReportResult): void {
  const mark = result.status === "ok" ? "ok  " : "FAIL";
  const where = result.html ? ` → ${result.html}` : "";
  log(`${mark} ${result.notebook} (${result.seconds.toFixed(1)} s)${where}`);
  if (result.status !== "ok") {
    log(`     ${result.failedCell ? `cell ${result.failedCell}: ` : ""}${result.message ?? ""}`);
  }
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];
