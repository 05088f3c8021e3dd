import type { MonitorWindow } from "./MonitorTypes.js";

/** The event time a replay covers: from the first window with events to the last one's end. */
export interface EventSpan {
  /** Start of the first window with events, ISO 8601 UTC. */
  start: string;
  /** End of the last window with events, ISO 8601 UTC. */
  end: string;
  /** `end − start` in days (fractional). */
  days: number;
}

/**
 * The event time the monitor's windows cover, from the start of the first window with events to
 * the end of the last one (empty windows at either end are not counted); undefined when no window
 * has an event.
 * @example eventSpan(monitor.windows) // { start: "2026-08-01T00:00:00.000Z", end: "2026-10-30T00:00:00.000Z", days: 90 }
 */
export function eventSpan(windows: readonly MonitorWindow[]): EventSpan | undefined {
  const withEvents = windows.filter((w) => w.events > 0);
  if (!withEvents.length) return undefined;
  const start = withEvents[0].start;
  const end = withEvents[withEvents.length - 1].end;
  return { start: start, end: end, days: (Date.parse(end) - Date.parse(start)) / 86_400_000 };
}
