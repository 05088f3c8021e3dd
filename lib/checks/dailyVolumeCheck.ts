import type { ColumnTable } from "arquero";
import { periodStart } from "../time/periodStart.js";
import { dailyVolumeResult } from "./checkResults.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Expected rows per day: a day (the default zone, `DEFAULT_ZONE`) between the first and last day of `timeColumn` with
 * fewer rows than `minShare` of the median day fails — a feed that stopped for a day. Tables with
 * a median under 3 rows a day are too sparse to judge and pass.
 * @example dailyVolumeCheck("reviews", reviews, "reviewed_at") // fails on 2026-10-20 in the sample
 */
export function dailyVolumeCheck(
  tableName: string,
  table: ColumnTable,
  timeColumn: string,
  minShare = 0.1,
): DataCheckResult {
  const counts = new Map<string, number>();
  const times = table.array(timeColumn) as ArrayLike<Date | null>;
  for (let i = 0; i < times.length; i++) {
    const day = times[i] && periodStart(times[i], "day");
    if (day) counts.set(day, (counts.get(day) ?? 0) + 1);
  }
  return dailyVolumeResult(tableName, timeColumn, counts, minShare);
}
