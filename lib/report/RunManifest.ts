import type { ReportResult } from "./ReportResult.js";
import type { RunContext } from "./RunContext.js";

/** reports/manifest.json: one report-suite run, for scheduled reruns and audits of a report. */
export interface RunManifest extends RunContext {
  generator: "tns-kit";
  /** ISO 8601 UTC time the run started. */
  startedAt: string;
  seconds: number;
  /** Parameters given on the command line (each notebook received the ones it declares). */
  parameters: Record<string, string>;
  reports: ReportResult[];
}
