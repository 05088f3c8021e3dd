import type { Incident } from "../../lib/dataset/readIncidents.js";
import type { MonitorAlert, MonitorWindow } from "../../lib/stream/MonitorTypes.js";

/** A closed monitor window starting at `start` (one hour), with `events` events and PSI per family. */
export function monitorWindow(start: string, events: number, psi: Record<string, number> = {}) {
  const end = new Date(Date.parse(start) + 3_600_000).toISOString();
  return { start, end, events, psi } as MonitorWindow;
}

/** A monitor alert of `kind` fired at `ts`. */
export function monitorAlert(kind: MonitorAlert["kind"], ts: string, subject = "counterfeit") {
  return {
    ts,
    kind,
    subject,
    value: 0.42,
    threshold: 0.3,
    message: `${subject} ${kind}`,
  } satisfies MonitorAlert;
}

/** A calibration shift from 2026-10-01 00:00 to 2026-10-03 00:00 Seoul time (15:00Z the day before). */
export const shift: Incident = {
  id: "INC-1",
  kind: "calibration_shift",
  title: "Scores shifted",
  start: "2026-10-01T00:00:00+09:00",
  end: "2026-10-03T00:00:00+09:00",
};

/** An evasion wave that starts during the shift and ends later. */
export const wave: Incident = {
  id: "INC-2",
  kind: "evasion",
  title: "Spaced keywords",
  start: "2026-10-02T00:00:00+09:00",
  end: "2026-10-04T00:00:00+09:00",
};
