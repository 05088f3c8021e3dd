import type { ColumnTable } from "arquero";
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
  const hours = (asOf - latest) / 3_600_000;
  const ok = hours <= maxHours;
  return {
    check: "freshness",
    table: tableName,
    column: timeColumn,
    status: ok ? "pass" : "fail",
    value: hours,
    expected: `latest row within ${maxHours} h of the latest activity`,
    message: Number.isFinite(latest)
      ? `latest ${timeColumn} is ${hours.toFixed(1)} h before the latest activity (${new Date(asOf).toISOString()})${ok ? "" : "; the feed is stale, re-run its export"}`
      : `no ${timeColumn} at all; the table is empty`,
  };
}
