import { periodRange } from "../time/periodRange.js";
import type { DataCheckResult } from "./DataCheckResult.js";
import { MISSING } from "../format/missing.js";
import { formatPercent } from "../format/formatPercent.js";

// The result of each data check from what was measured, so the in-memory checks and the SQL
// checks of a dataset (checkDataset) give the same statuses and words.

/** row_count: at least `minRows` rows. */
export const rowCountResult = (table: string, rows: number, minRows: number): DataCheckResult => ({
  check: "row_count",
  table,
  status: rows >= minRows ? "pass" : "fail",
  value: rows,
  expected: `at least ${minRows} rows`,
  message:
    rows >= minRows
      ? `${rows} rows`
      : `${rows} rows, fewer than ${minRows}; check the export that wrote ${table}.csv`,
});

/** null_rate: the share of empty values of a column (only reported when above 0). */
export const nullRateResult = (
  table: string,
  column: string,
  rate: number,
  maxNullRate: number,
): DataCheckResult => ({
  check: "null_rate",
  table,
  column,
  status: rate > maxNullRate ? "warn" : "pass",
  value: rate,
  expected: `at most ${maxNullRate * 100}% empty`,
  message: `${formatPercent(rate)} of ${column} is empty${rate > maxNullRate ? "; check whether the source stopped filling it" : ""}`,
});

/** duplicate_keys: `duplicates` rows repeat a key; `examples` are some repeated keys. */
export const duplicateKeysResult = (
  table: string,
  key: readonly string[],
  duplicates: number,
  examples: string[],
): DataCheckResult => ({
  check: "duplicate_keys",
  table,
  column: key.join(", "),
  status: duplicates ? "fail" : "pass",
  value: duplicates,
  expected: "no duplicate keys",
  message: duplicates
    ? `${duplicates} rows repeat a key (${key.join(", ")}); de-duplicate the export`
    : `every ${key.join(", ")} is unique`,
  examples: examples.slice(0, 5),
});

/** referential_integrity: `orphans` values of `column` are not in the parent table. */
export const referenceResult = (
  table: string,
  column: string,
  parent: string,
  parentColumn: string,
  orphans: number,
  examples: string[],
): DataCheckResult => ({
  check: "referential_integrity",
  table,
  column,
  status: orphans ? "fail" : "pass",
  value: orphans,
  expected: `every ${column} is in ${parent}.${parentColumn}`,
  message: orphans
    ? `${orphans} ${column} values are not in ${parent}; load ${parent} from the same export`
    : `every ${column} is in ${parent}`,
  examples: examples.slice(0, 5),
});

/** value_range: `outside` values of `column` fall outside [min, max]. */
export const valueRangeResult = (
  table: string,
  column: string,
  range: { min?: number; max?: number },
  outside: number,
  examples: string[],
): DataCheckResult => {
  const bounds = `[${range.min ?? -Infinity}, ${range.max ?? Infinity}]`;
  return {
    check: "value_range",
    table,
    column,
    status: outside ? "fail" : "pass",
    value: outside,
    expected: `${column} in ${bounds}`,
    message: outside
      ? `${outside} values of ${column} fall outside ${bounds}; fix the producer or the unit`
      : `every ${column} is in ${bounds}`,
    examples: examples.slice(0, 5),
  };
};

/** freshness: the latest time of a table (ms, −Infinity when empty) against `asOf`. */
export const freshnessResult = (
  table: string,
  column: string,
  latest: number,
  asOf: number,
  maxHours: number,
): DataCheckResult => {
  const hours = (asOf - latest) / 3_600_000;
  const ok = hours <= maxHours;
  return {
    check: "freshness",
    table,
    column,
    status: ok ? "pass" : "fail",
    value: hours,
    expected: `latest row within ${maxHours} h of the latest activity`,
    message: Number.isFinite(latest)
      ? `latest ${column} is ${hours.toFixed(1)} h before the latest activity (${new Date(asOf).toISOString()})${ok ? "" : "; the feed is stale, re-run its export"}`
      : `no ${column} at all; the table is empty`,
  };
};

/**
 * daily_volume from rows per day (YYYY-MM-DD → rows): a day between the first and last with fewer
 * rows than `minShare` of the median day fails; a median under 3 rows a day is too sparse to judge.
 */
export const dailyVolumeResult = (
  table: string,
  column: string,
  counts: ReadonlyMap<string, number>,
  minShare: number,
): DataCheckResult => {
  const seen = [...counts.keys()].sort();
  const days = seen.length ? periodRange(seen[0], seen[seen.length - 1], "day") : [];
  const sorted = days.map((d) => counts.get(d) ?? 0).sort((a, b) => a - b);
  const median = sorted.length ? sorted[Math.floor(sorted.length / 2)] : 0;
  const low = median >= 3 ? days.filter((d) => (counts.get(d) ?? 0) < minShare * median) : [];
  return {
    check: "daily_volume",
    table,
    column,
    status: low.length ? "fail" : "pass",
    value: low.length,
    expected: `every day has at least ${formatPercent(minShare, 0)} of the median ${median} rows`,
    message: low.length
      ? `${low.length} day${low.length > 1 ? "s have" : " has"} (almost) no ${table} by ${column}: ${low.slice(0, 5).join(", ")}; re-run the export for ${low.length > 1 ? "those days" : "that day"} before trusting rates that use it`
      : `every day from ${days[0] ?? MISSING} to ${days[days.length - 1] ?? MISSING} has rows`,
    examples: low.slice(0, 5),
  };
};
