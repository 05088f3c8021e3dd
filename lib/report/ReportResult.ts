import type { ParameterValue } from "./Notebook.js";
import type { ReportInfo } from "./reportInfo.js";

/** What rendering one notebook produced, for the index page, the CLI and later the run manifest. */
export interface ReportResult {
  /** Notebook file name without folder, e.g. "01-detection-overview.ipynb". */
  notebook: string;
  /** The report's title (the notebook's first `#` heading), or the file name. */
  title: string;
  /**
   * "ok" when every cell ran and the data reaches the report date; "incomplete" when the cells ran
   * but the data ends before the report date; "failed" when a cell failed; "invalid" when the
   * notebook could not be run.
   */
  status: "ok" | "incomplete" | "failed" | "invalid";
  /** Where the HTML was written; absent when the notebook could not be read. */
  html?: string;
  /** Where the executed notebook was written. */
  executed?: string;
  /** Where the PowerPoint deck was written (`--pptx`, for a notebook that displays deck parts). */
  deck?: string;
  /** Where the workbook of the report's tables was written (`--xlsx`). */
  xlsx?: string;
  failedCell?: number;
  /** The error message for a failed or invalid notebook; the coverage note for an incomplete one. */
  message?: string;
  parameters: Record<string, ParameterValue>;
  /** Wall time; recorded in manifest.json only, never in a page, so reruns are byte-identical. */
  seconds: number;
  /** The first paragraph under the title, for the index. */
  summary?: string;
  /** Period, data freshness and audience the notebook displayed. */
  info?: ReportInfo;
}
