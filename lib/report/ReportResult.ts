import type { ParameterValue } from "./Notebook.js";
import type { ReportInfo } from "./reportInfo.js";

/** What rendering one notebook produced, for the index page, the CLI and later the run manifest. */
export interface ReportResult {
  /** Notebook file name without folder, e.g. "01-detection-overview.ipynb". */
  notebook: string;
  /** The report's title (the notebook's first `#` heading), or the file name. */
  title: string;
  status: "ok" | "failed" | "invalid";
  /** Where the HTML was written; absent when the notebook could not be read. */
  html?: string;
  /** Where the executed notebook was written. */
  executed?: string;
  failedCell?: number;
  /** The error message for a failed or invalid notebook. */
  message?: string;
  parameters: Record<string, ParameterValue>;
  seconds: number;
  /** The first paragraph under the title, for the index. */
  summary?: string;
  /** Period, data freshness and audience the notebook displayed. */
  info?: ReportInfo;
}
