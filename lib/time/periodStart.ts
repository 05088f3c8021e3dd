import { DateTime } from "luxon";

/** Calendar grains for KPI and report periods. */
export type GrainName = "day" | "week" | "month";

/** Options for {@link periodStart}. */
export interface PeriodStartOptions {
  /** IANA zone whose calendar defines days and weeks. Default: "Asia/Seoul". */
  zone?: string;
}

const seoulOffsetMs = 9 * 3600_000;
const dayMs = 86_400_000;

/**
 * The first day of the period (day, ISO week starting Monday, or month) containing an instant, as
 * `YYYY-MM-DD` in the given zone's calendar. Null or invalid input gives null.
 * @example periodStart(new Date("2026-10-29T20:00:00Z"), "week") // "2026-10-26" (Friday 05:00 in Seoul)
 */
export function periodStart(
  value: Date | string | number | null | undefined,
  grain: GrainName,
  options: PeriodStartOptions = {},
): string | null {
  if (value === null || value === undefined) return null;
  const ms = value instanceof Date ? value.getTime() : new Date(value).getTime();
  if (Number.isNaN(ms)) return null;
  const zone = options.zone ?? "Asia/Seoul";
  // Asia/Seoul has had a fixed +09:00 offset since 1988: plain arithmetic, no zone database, fast
  // enough for millions of rows.
  if (zone === "Asia/Seoul") {
    const local = ms + seoulOffsetMs;
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
      `periodStart: zone ${JSON.stringify(zone)} is not an IANA time zone; use e.g. "Asia/Seoul"`,
    );
  return local.startOf(grain === "week" ? "week" : grain).toISODate();
}
