/** The MIME type a notebook displays to fill its report header (Jupyter shows nothing for it). */
export const reportInfoMimeType = "application/vnd.tns.report-info+json";

import type { ReportCoverage } from "./reportCoverage.js";

/** Header facts a notebook knows only after loading its data. */
export interface ReportInfo {
  /** The period the report covers, e.g. "2026-08-01 – 2026-10-29 (UTC)". */
  period?: string;
  /** The newest record in the data, e.g. "2026-10-29 23:58 KST (reviews.csv)". */
  dataAsOf?: string;
  /** Who the report is for, e.g. "TnS operations leads". */
  audience?: string;
  /**
   * Whether the data reaches the report date ({@link reportCoverage}); "incomplete" marks the report
   * incomplete in its header, the index and the manifest, and `tns render`/`tns report` exit 1.
   */
  coverage?: ReportCoverage;
}

/**
 * Serialises header facts for `tslab.display.raw(reportInfoMimeType, reportInfo({...}))`: the
 * renderer moves them into the report header (period and data freshness stamp).
 * @example tslab.display.raw(reportInfoMimeType, reportInfo({ period: "2026-08-01 – 2026-10-29", dataAsOf: "2026-10-29 23:58 KST" }))
 */
export function reportInfo(info: ReportInfo): string {
  return JSON.stringify(info);
}
