import { DEFAULT_ZONE_OFFSET_MS } from "../../lib/time/defaultZone.js";

/** Milliseconds in one hour. */
export const HOUR = 3_600_000;
/** Milliseconds in one day. */
export const DAY = 24 * HOUR;

// The default zone has had no daylight saving time since 1988, so a fixed offset is exact.
const OFFSET = DEFAULT_ZONE_OFFSET_MS;
/** The default zone's offset as ISO 8601 writes it after a time ("+09:00"). */
export const OFFSET_TEXT = `${OFFSET < 0 ? "-" : "+"}${two(Math.abs(OFFSET) / HOUR)}:${two((Math.abs(OFFSET) % HOUR) / 60_000)}`;

/**
 * Epoch milliseconds of local midnight in the default zone (`DEFAULT_ZONE`) on the given calendar date (month 1–12).
 * @example localMidnight(2026, 8, 1); // 2026-08-01T00:00:00+09:00
 */
export function localMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - OFFSET;
}

/**
 * Formats epoch milliseconds as ISO 8601 in the default zone with an explicit offset, to the second,
 * independent of the process time zone and locale.
 * @example formatTimestamp(localMidnight(2026, 8, 1)); // "2026-08-01T00:00:00+09:00"
 */
export function formatTimestamp(ms: number): string {
  const local = new Date(Math.floor(ms / 1000) * 1000 + OFFSET);
  return (
    `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}` +
    `T${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}${OFFSET_TEXT}`
  );
}

/**
 * The default zone's wall-clock hour (0–23) of epoch milliseconds.
 * @example localHour(localMidnight(2026, 8, 1) + 5 * HOUR); // 5
 */
export function localHour(ms: number): number {
  return new Date(ms + OFFSET).getUTCHours();
}

/**
 * The default zone's weekday of epoch milliseconds, 0 = Sunday … 6 = Saturday.
 * @example localWeekday(localMidnight(2026, 8, 1)); // 6 (a Saturday)
 */
export function localWeekday(ms: number): number {
  return new Date(ms + OFFSET).getUTCDay();
}

function two(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}
