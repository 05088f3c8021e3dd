const pad = (n: number) => String(n).padStart(2, "0");

/**
 * Labels a wall-clock `Date` (from `wallClockTime`) as `YYYY-MM-DD`, or `YYYY-MM-DD HH:mm` when it
 * is not midnight.
 * @example formatWallClock(wallClockTime("2026-08-03T14:05:09+09:00")) // "2026-08-03 14:05"
 */
export function formatWallClock(date: Date): string {
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const sinceMidnight = date.getTime() % 86_400_000;
  return sinceMidnight === 0
    ? day
    : `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}
