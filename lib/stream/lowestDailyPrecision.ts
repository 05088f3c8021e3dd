import type { DailyPrecision } from "./dailyPrecision.js";

/**
 * The day with the lowest reviewer-confirmed precision among days with at least `minDecided`
 * decisions (fewer make the rate noise); the first such day on a tie, undefined when no day has
 * enough.
 * @example lowestDailyPrecision(dailyPrecision(monitor.windows), 20) // { day: "2026-10-20", precision: 0.61, … }
 */
export function lowestDailyPrecision(
  days: readonly DailyPrecision[],
  minDecided = 0,
): DailyPrecision | undefined {
  return days
    .filter((d) => d.decided >= minDecided)
    .reduce<DailyPrecision | undefined>(
      (low, d) => (!low || d.precision < low.precision ? d : low),
      undefined,
    );
}
