import type { Incident } from "../dataset/readIncidents.js";
import type { MonitorAlert } from "./MonitorTypes.js";

const DAY_MS = 86_400_000;

/**
 * The incident an alert belongs to: the last one in the log under way when it fired, an incident
 * counting until a day after its end (a drift or rate alarm needs the window after the harm to
 * show it); undefined when none was.
 * @example alertIncident(alert, incidents)?.id // "INC-2026-001"
 */
export function alertIncident(
  alert: Pick<MonitorAlert, "ts">,
  incidents: readonly Incident[],
): Incident | undefined {
  const ts = Date.parse(alert.ts);
  return incidents
    .filter((i) => Date.parse(i.start) <= ts && ts <= Date.parse(i.end) + DAY_MS)
    .at(-1);
}
