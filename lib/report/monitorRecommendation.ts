import type { DriftAlarms } from "../stream/driftAlarms.js";

/**
 * The stream monitor's recommendation in markdown, from how its drift alarm did: keep these
 * settings when it caught the calibration shift (how fast, and without false alarms over
 * `days` of events when so), loosen them when it missed it, review each alarm when the dataset
 * documents no shift.
 * @example monitorRecommendation(driftAlarms(monitor.alerts, shift), 90) // "**Recommendation:** run the monitor on the live feed …"
 */
export function monitorRecommendation(drift: DriftAlarms, days: number): string {
  if (drift.first)
    return `**Recommendation:** run the monitor on the live feed with these settings: it caught this calibration shift within about ${Math.ceil(drift.hoursAfter)} hours${drift.others.length === 0 ? ` without a false drift alarm in ${Math.round(days)} days` : ""}. For a faster signal, treat a model-version switch as a page in itself and compare its first day of scores against its shadow period; a 24-hour PSI needs ~100 scores to be reliable.`;
  if (drift.incident)
    return "**Recommendation:** lower the PSI threshold or lengthen the drift window; this one missed the calibration shift.";
  return "**Recommendation:** run the monitor on the live feed with these settings and review each alarm above against the change log.";
}
