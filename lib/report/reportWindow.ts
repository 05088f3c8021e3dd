import type { Dataset } from "../dataset/Dataset.js";
import type { ReportWindow } from "../overview/ReportWindow.js";
import { reportCoverage, type ReportCoverage } from "./reportCoverage.js";
import { addDays } from "../time/addDays.js";

/** Options for {@link reportWindow}. */
export interface ReportWindowOptions {
  /** Last day covered, `YYYY-MM-DD` in the dataset's zone. Default "" (the newest listing's day). */
  date?: string;
  /** Days covered, ending on `date`. Default 90. */
  days?: number;
}

/** A report window and whether the data reaches its last day. */
export interface ReportWindowCoverage extends ReportWindow {
  /** Pass it to `reportInfo`, so a report dated past the data is not shown as complete. */
  coverage: ReportCoverage;
}

/**
 * The report window: `days` days ending on `date` (default the newest listing's day), never starting
 * before the first listing — empty days before the data would read as a drop in volume — and
 * whether the data reaches `date` (its coverage, "incomplete" when the listings end before it).
 * @example await reportWindow(ds, { date: "2026-10-29", days: 90 }) // { from: "2026-08-01", to: "2026-10-29" }
 */
export async function reportWindow(
  ds: Dataset,
  options: ReportWindowOptions = {},
): Promise<ReportWindowCoverage> {
  const { date = "", days = 90 } = options;
  const { day } = ds.dialect;
  const span = await ds.query(
    `SELECT ${day("min(created_at)")} AS first, ${day("max(created_at)")} AS last FROM listings`,
  );
  const first = String(span.get("first", 0));
  const last = String(span.get("last", 0));
  const to = date || last;
  const start = addDays(to, -(days - 1));
  return { from: start < first ? first : start, to, coverage: reportCoverage(last, to) };
}
