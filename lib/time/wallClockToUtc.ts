import { Info } from "luxon";

/**
 * A converter from wall-clock time in `zone` (milliseconds, as if the wall clock were UTC) to the
 * UTC instant, or undefined when the zone is not a valid IANA name or fixed offset.
 * Around DST changes a skipped wall time moves forward by the gap and a repeated one takes the
 * earlier instant (luxon's correction, but guessing from the wall time, not from "now").
 * @example wallClockToUtc(DEFAULT_ZONE)!(Date.UTC(2026, 7, 3, 14, 5, 9)) // Date.UTC(2026, 7, 3, 5, 5, 9)
 */
export function wallClockToUtc(zone: string): ((wallMs: number) => number) | undefined {
  const tz = Info.normalizeZone(zone);
  if (!zone || !tz.isValid) return undefined;
  if (tz.isUniversal) {
    const fixed = tz.offset(0) * 60_000;
    return (wallMs) => wallMs - fixed;
  }
  // Intl lookups cost microseconds; offsets only change at transitions, so memoise per minute.
  const cache = new Map<number, number>();
  const offset = (ts: number): number => {
    const key = Math.floor(ts / 60_000);
    let minutes = cache.get(key);
    if (minutes === undefined) {
      if (cache.size > 200_000) cache.clear();
      minutes = tz.offset(ts);
      cache.set(key, minutes);
    }
    return minutes;
  };
  // luxon's fixOffset, seeded with the offset at the wall time so results never depend on today.
  return (wallMs) => {
    const o1 = offset(wallMs);
    let utc = wallMs - o1 * 60_000;
    const o2 = offset(utc);
    if (o1 === o2) return utc;
    utc -= (o2 - o1) * 60_000;
    const o3 = offset(utc);
    if (o2 === o3) return utc;
    return wallMs - Math.min(o2, o3) * 60_000;
  };
}
