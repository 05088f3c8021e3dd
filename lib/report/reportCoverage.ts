import { isCalendarDay } from "../time/isCalendarDay.js";
import * as msg from "./messages.js";

/** Whether a report's data reaches its report date. */
export interface ReportCoverage {
  /** "complete" when the data reaches the report date; "incomplete" when it ends before. */
  status: "complete" | "incomplete";
  /** The report date (YYYY-MM-DD, the default zone). */
  date: string;
  /** The data's last day. */
  dataEnds: string;
  /** What the header, the index and the CLI say, e.g. "data ends 2026-10-29, before the report date 2026-12-31". */
  note: string;
}

/**
 * Says whether a report dated `date` can be complete on data whose last day is `dataEnds`: a
 * date beyond the data makes the report "incomplete" ("data ends 2026-10-29"), shown in its
 * header, the index and the manifest, and `tns report` exits 1. Pass it to `reportInfo`.
 * Throws a RangeError when either day is not a calendar day.
 * @example reportCoverage("2026-10-29", "2026-12-31").note // "data ends 2026-10-29, before the report date 2026-12-31"
 */
export function reportCoverage(dataEnds: string, date: string): ReportCoverage {
  for (const [name, day] of [
    ["dataEnds", dataEnds],
    ["date", date],
  ] as const)
    if (!isCalendarDay(day)) throw new RangeError(msg.coverageDay(name, day));
  return date <= dataEnds
    ? { status: "complete", date, dataEnds, note: `data through ${date} (ends ${dataEnds})` }
    : {
        status: "incomplete",
        date,
        dataEnds,
        note: `data ends ${dataEnds}, before the report date ${date}`,
      };
}
