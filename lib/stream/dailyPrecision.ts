import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { MonitorWindow } from "./MonitorTypes.js";
import { dailyWindowTotals, type DailyWindowTotalsOptions } from "./dailyWindowTotals.js";

/** Reviewer-confirmed precision of one calendar day's windows, with its 95% Wilson interval. */
export interface DailyPrecision {
  day: string;
  precision: number;
  lower: number;
  upper: number;
  /** Decisions violation or no_violation: the interval's n. */
  decided: number;
}

/**
 * Reviewer-confirmed precision per calendar day from the monitor's windows: confirmed over
 * decided with a 95% Wilson interval; days without a decision are left out.
 * @example dailyPrecision(monitor.windows) // [{ day: "2026-08-01", precision: 0.83, lower: 0.68, upper: 0.92, decided: 36 }, …]
 */
export function dailyPrecision(
  windows: readonly MonitorWindow[],
  options: DailyWindowTotalsOptions = {},
): DailyPrecision[] {
  return dailyWindowTotals(windows, options)
    .filter((d) => d.decided > 0)
    .map((d) => {
      const ci = wilsonInterval(d.confirmed, d.decided);
      return {
        day: d.day,
        precision: ci.estimate,
        lower: ci.lower,
        upper: ci.upper,
        decided: d.decided,
      };
    });
}
