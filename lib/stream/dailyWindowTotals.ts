import { periodStart } from "../time/periodStart.js";
import type { MonitorWindow } from "./MonitorTypes.js";

/** One calendar day of monitor windows summed: events per type and review decisions. */
export interface DailyWindowTotal {
  /** The day, `YYYY-MM-DD` in the zone's calendar. */
  day: string;
  /** Events per type. */
  byType: Record<string, number>;
  /** Review decisions that were violation, and violation or no_violation. */
  confirmed: number;
  decided: number;
}

/** Options for {@link dailyWindowTotals}. */
export interface DailyWindowTotalsOptions {
  /** IANA zone whose calendar days the windows are summed into. Default `DEFAULT_ZONE` (lib/time/defaultZone.ts). */
  zone?: string;
}

/**
 * The monitor's windows summed per calendar day (a window counts on the day it starts), in the
 * order the days first appear.
 * @example dailyWindowTotals(monitor.windows) // [{ day: "2026-08-01", byType: { flagged: 41, … }, confirmed: 30, decided: 36 }, …]
 */
export function dailyWindowTotals(
  windows: readonly MonitorWindow[],
  options: DailyWindowTotalsOptions = {},
): DailyWindowTotal[] {
  const days = new Map<string, DailyWindowTotal>();
  for (const w of windows) {
    const day = periodStart(w.start, "day", options)!;
    const total = days.get(day) ?? { day: day, byType: {}, confirmed: 0, decided: 0 };
    total.confirmed += w.confirmed;
    total.decided += w.decided;
    for (const [type, n] of Object.entries(w.byType))
      total.byType[type] = (total.byType[type] ?? 0) + n;
    days.set(day, total);
  }
  return [...days.values()];
}
