import type { Lang } from "../i18n/Lang.js";
import { formatDay } from "../format/formatDay.js";
import { messages } from "../i18n/messages.js";
import type { ReportCoverage } from "./reportCoverage.js";

/**
 * A report's coverage as its header says it in `lang`; in English the note the coverage carries.
 * @example coverageNote(reportCoverage("2026-10-29", "2026-10-29"), "ko") // "2026년 10월 29일까지의 데이터(…)"
 */
export function coverageNote(coverage: ReportCoverage, lang: Lang = "en"): string {
  if (lang === "en") return coverage.note;
  const t = messages(lang).report;
  const [date, ends] = [formatDay(coverage.date, lang), formatDay(coverage.dataEnds, lang)];
  return coverage.status === "complete"
    ? t.coverageComplete(date, ends)
    : t.coverageIncomplete(ends, date);
}
