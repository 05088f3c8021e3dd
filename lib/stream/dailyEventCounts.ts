import type { MonitorWindow } from "./MonitorTypes.js";
import { dailyWindowTotals, type DailyWindowTotalsOptions } from "./dailyWindowTotals.js";

/** Events of one type on one calendar day, for a time-series chart. */
export interface DailyEventCount {
  day: string;
  type: string;
  events: number;
}

/**
 * Events per calendar day and type from the monitor's windows: one row per day and each of
 * `types` (0 on a day without that type).
 * @example dailyEventCounts(monitor.windows, ["listing_created", "flagged"]) // [{ day: "2026-08-01", type: "listing_created", events: 220 }, …]
 */
export function dailyEventCounts(
  windows: readonly MonitorWindow[],
  types: readonly string[],
  options: DailyWindowTotalsOptions = {},
): DailyEventCount[] {
  return dailyWindowTotals(windows, options).flatMap((d) =>
    types.map((type) => ({ day: d.day, type: type, events: d.byType[type] ?? 0 })),
  );
}
