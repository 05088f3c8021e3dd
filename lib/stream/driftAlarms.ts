import type { Incident } from "../dataset/readIncidents.js";
import type { MonitorAlert } from "./MonitorTypes.js";

/** The monitor's drift alarms read against an incident: which one caught it, and how fast. */
export interface DriftAlarms {
  /** The incident the alarms are read against (a calibration shift), when there is one. */
  incident?: Incident;
  /** Every drift alarm, in the order they fired. */
  alarms: MonitorAlert[];
  /** The first drift alarm at or after the incident's start; undefined without one. */
  first?: MonitorAlert;
  /** The drift alarms other than `first` (without an incident: all of them). */
  others: MonitorAlert[];
  /** Hours from the incident's start to `first`; NaN without either. */
  hoursAfter: number;
}

/**
 * The drift alarms among the monitor's alerts, split into the first one at or after `incident`
 * starts (the catch) and the others (false alarms when the incident is the only drift).
 * @example driftAlarms(monitor.alerts, incidents.find((i) => i.kind === "calibration_shift")).hoursAfter // 9
 */
export function driftAlarms(alerts: readonly MonitorAlert[], incident?: Incident): DriftAlarms {
  const alarms = alerts.filter((a) => a.kind === "drift");
  const start = incident ? Date.parse(incident.start) : NaN;
  const first = incident ? alarms.find((a) => Date.parse(a.ts) >= start) : undefined;
  return {
    ...(incident ? { incident: incident } : {}),
    alarms: alarms,
    ...(first ? { first: first } : {}),
    others: alarms.filter((a) => a !== first),
    hoursAfter: first ? (Date.parse(first.ts) - start) / 3_600_000 : NaN,
  };
}
