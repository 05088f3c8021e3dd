import type { ReportResult } from "../../lib/report/ReportResult.js";

/** Progress and results go to stderr so stdout stays free for machine-readable output. */
export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** The line (two for a failure) that reports one rendered notebook. */
export function reportLine(result: ReportResult): string {
  const mark = result.status === "ok" ? "ok  " : "FAIL";
  const where = result.html ? ` → ${result.html}` : "";
  const line = `${mark} ${result.notebook} (${result.seconds.toFixed(1)} s)${where}`;
  if (result.status === "ok") return line;
  return `${line}\n     ${result.failedCell ? `cell ${result.failedCell}: ` : ""}${result.message ?? ""}`;
}

/** Logs one rendered notebook. */
export function logReport(result: ReportResult): void {
  log(reportLine(result));
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]): string[] => [...previous, value];
