import type { ColumnTable } from "arquero";
import { periodRange } from "../kpi/periodKeys.js";
import { periodStart } from "../time/periodStart.js";
import type { DataCheckResult } from "./DataCheckResult.js";

/**
 * Expected rows per day: a day (Asia/Seoul) between the first and last day of `timeColumn` with
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
  const seen = [...counts.keys()].sort();
  const days = seen.length ? periodRange(seen[0], seen[seen.length - 1], "day") : [];
  const sorted = days.map((d) => counts.get(d) ?? 0).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  const low = median >= 3 ? days.filter((d) => (counts.get(d) ?? 0) < minShare * median) : [];
  return {
    check: "daily_volume",
    table: tableName,
    column: timeColumn,
    status: low.length ? "fail" : "pass",
    value: low.length,
    expected: `every day has at least ${Math.round(minShare * 100)}% of the median ${median} rows`,
    message: low.length
      ? `${low.length} day${low.length > 1 ? "s have" : " has"} (almost) no ${tableName} by ${timeColumn}: ${low.slice(0, 5).join(", ")}; re-run the export for ${low.length > 1 ? "those days" : "that day"} before trusting rates that use it`
      : `every day from ${days[0] ?? "–"} to ${days[days.length - 1] ?? "–"} has rows`,
    examples: low.slice(0, 5),
  };
}
