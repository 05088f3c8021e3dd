import type { ColumnTable } from "arquero";
import { freshnessResult } from "./checkResults.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Freshness: hours from the latest `timeColumn` of a table to `asOf` (the latest activity across
 * the dataset); more than `maxHours` fails.
 * @example freshnessCheck("reviews", reviews, "reviewed_at", asOf, 24)
 */
export function freshnessCheck(
  tableName: string,
  table: ColumnTable,
  timeColumn: string,
  asOf: number,
  maxHours: number,
): DataCheckResult {
  const times = table.array(timeColumn) as ArrayLike<Date | null>;
  let latest = -Infinity;
  for (let i = 0; i < times.length; i++)
    if (times[i]) latest = Math.max(latest, times[i]!.getTime());
  return freshnessResult(tableName, timeColumn, latest, asOf, maxHours);
}
