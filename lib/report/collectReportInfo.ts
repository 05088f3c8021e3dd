import type { Notebook } from "./Notebook.js";
import { reportInfoMimeType, type ReportInfo } from "./reportInfo.js";

const text = (value: string | string[]) => (Array.isArray(value) ? value.join("") : value);

/**
 * The header facts a notebook displayed with {@link reportInfo}; the last display wins, field by field.
 * @example collectReportInfo(executed) // { period: "2026-08-01 – 2026-10-29", dataAsOf: "…" }
 */
export function collectReportInfo(notebook: Notebook): ReportInfo {
  const info: ReportInfo = {};
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "code") continue;
    for (const output of cell.outputs) {
      if (output.output_type !== "display_data" || output.data[reportInfoMimeType] === undefined)
        continue;
      try {
        const value = JSON.parse(text(output.data[reportInfoMimeType])) as ReportInfo;
        for (const key of ["period", "dataAsOf", "audience"] as const) {
          if (typeof value[key] === "string") info[key] = value[key];
        }
        const coverage = value.coverage;
        if (
          coverage &&
          (coverage.status === "complete" || coverage.status === "incomplete") &&
          typeof coverage.note === "string"
        )
          info.coverage = coverage;
      } catch {
        // A malformed stamp is ignored rather than failing the report.
      }
    }
  }
  return info;
}
