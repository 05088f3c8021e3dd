import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { Segment } from "../rca/Segment.js";
import { formatInterval } from "../format/formatInterval.js";
import { formatValue } from "../format/formatValue.js";

/**
 * An instant as `YYYY-MM-DD HH:mm` on the wall clock of `zone` (`formatValue`'s "datetime");
 * "not in the data" when absent.
 * @example formatInstant(new Date("2026-09-14T15:07:00Z"), DEFAULT_ZONE) // "2026-09-15 00:07"
 */
export function formatInstant(when: Date | null | undefined, zone: string): string {
  if (!when || Number.isNaN(+when)) return "not in the data";
  return formatValue(when, "datetime", zone);
}

/**
 * Hours from `start` to `when`, one decimal ("58.0 h"); empty when `when` is absent.
 * @example hoursAfter(new Date("2026-09-17T01:03:00Z"), new Date("2026-09-14T15:00:00Z")) // "58.0 h"
 */
export function hoursAfter(when: Date | null | undefined, start: Date): string {
  return when ? `${((+when - +start) / 3_600_000).toFixed(1)} h` : "";
}

/**
 * A segment as `dim = value, …` ("everyone" for the empty segment).
 * @example segmentText({ category: "bags", seller_tier: "new" }) // "category = bags, seller_tier = new"
 */
export function segmentText(segment: Segment | Record<string, unknown>): string {
  const terms = Object.entries(segment).map(
    ([k, v]) => `${k} = ${Array.isArray(v) ? v.join(" or ") : String(v)}`,
  );
  return terms.join(", ") || "everyone";
}

/** A share as a percentage (`MISSING` when undefined). @example pct(0.594) // "59.4%" */
export const pct = (x: number | null | undefined) => formatValue(x, "percent");

/** A count with thousands separators. @example int(41800) // "41,800" */
export const int = (x: number | null | undefined) => formatValue(x ?? 0, "integer");

/**
 * k of n as a percentage with its 95% Wilson interval and n; says so when n is 0.
 * @example shareText(55, 84) // "65.5% [54.8–74.8%], n = 84"
 */
export function shareText(k: number, n: number): string {
  if (!n) return "no cases (n = 0)";
  const w = wilsonInterval(k, n);
  return `${formatInterval(w.estimate, w.lower, w.upper)}, n = ${int(n)}`;
}

/** A count per day, one decimal. @example perDay(179, 3.2) // "55.9/day" */
export const perDay = (count: number, days: number) => `${(count / days).toFixed(1)}/day`;
