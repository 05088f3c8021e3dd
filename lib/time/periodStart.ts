import { DateTime } from "luxon";
import { DEFAULT_ZONE, DEFAULT_ZONE_OFFSET_MS } from "./defaultZone.js";

/** Calendar grains for KPI and report periods. */
export type GrainName = "day" | "week" | "month";

/** Options for {@link periodStart}. */
export interface PeriodStartOptions {
  /** IANA zone whose calendar defines days and weeks. Default: {@link DEFAULT_ZONE}. */
  zone?: string;
}

const dayMs = 86_400_000;

/**
 * The first day of the period (day, ISO week starting Monday, or month) containing an instant, as
 * `YYYY-MM-DD` in the given zone's calendar. Null or invalid input gives null.
 * @example periodStart(new Date("2026-10-29T20:00:00Z"), "week") // "2026-10-26" (Friday 05:00 in Seoul, the default zone)
 */
export function periodStart(
  value: Date | string | number | null | undefined,
  grain: GrainName,
  options: PeriodStartOptions = {},
): string | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (Number.isNaN(ms)) return null;
  const zone = options.zone ?? DEFAULT_ZONE;
  // The default zone has had a fixed offset since 1988: plain arithmetic, no zone database, fast
  // enough for millions of rows.
  if (zone === DEFAULT_ZONE) {
    const local = ms + DEFAULT_ZONE_OFFSET_MS;
    const dayStart = local - (((local % dayMs) + dayMs) % dayMs);
    const day = new Date(dayStart);
    if (grain === "day") return day.toISOString().slice(0, 10);
    if (grain === "week")
      return new Date(dayStart - ((day.getUTCDay() + 6) % 7) * dayMs).toISOString().slice(0, 10);
    return day.toISOString().slice(0, 8) + "01";
  }
  const local = DateTime.fromMillis(ms, { zone });
  if (!local.isValid)
    throw new RangeError(
      `periodStart: zone ${JSON.stringify(zone)} is not an IANA time zone; use e.g. "${DEFAULT_ZONE}"`,
    );
  return local.startOf(grain === "week" ? "week" : grain).toISODate();
}
