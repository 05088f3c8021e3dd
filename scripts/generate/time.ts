/** Milliseconds in one hour. */
export const HOUR = 3_600_000;
/** Milliseconds in one day. */
export const DAY = 24 * HOUR;

// Korea has had no daylight saving time since 1988, so a fixed offset is exact.
const SEOUL_OFFSET = 9 * HOUR;

/**
 * Epoch milliseconds of local midnight in Asia/Seoul on the given calendar date (month 1–12).
 * @example seoulMidnight(2026, 8, 1); // 2026-08-01T00:00:00+09:00
 */
export function seoulMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - SEOUL_OFFSET;
}

/**
 * Formats epoch milliseconds as ISO 8601 in Asia/Seoul with an explicit offset, to the second,
 * independent of the process time zone and locale.
 * @example formatTimestamp(seoulMidnight(2026, 8, 1)); // "2026-08-01T00:00:00+09:00"
 */
export function formatTimestamp(ms: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + SEOUL_OFFSET);
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}` +
    `T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}+09:00`
  );
}

/**
 * The Seoul wall-clock hour (0–23) of epoch milliseconds.
 * @example seoulHour(seoulMidnight(2026, 8, 1) + 5 * HOUR); // 5
 */
export function seoulHour(ms: number): number {
  return new Date(ms + SEOUL_OFFSET).getUTCHours();
}

/**
 * The Seoul weekday of epoch milliseconds, 0 = Sunday … 6 = Saturday.
 * @example seoulWeekday(seoulMidnight(2026, 8, 1)); // 6 (a Saturday)
 */
export function seoulWeekday(ms: number): number {
  return new Date(ms + SEOUL_OFFSET).getUTCDay();
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
