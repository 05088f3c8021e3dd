import type { Dataset } from "../dataset/Dataset.js";
import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { ReportWindow } from "./ReportWindow.js";
import { inWindowSql, periodSql, windowFlagsSql } from "./windowSql.js";

/** One week's share of new listings that any detector flagged, with its 95% Wilson interval. */
export interface WeeklyFlagRate {
  /** Monday of the week, `YYYY-MM-DD` in the dataset's zone. */
  week: string;
  listings: number;
  flagged: number;
  rate: number;
  lower: number;
  upper: number;
}

/**
 * Per week of creation, the listings created in the window and how many of them were flagged in
 * the window, counted in the engine (one GROUP BY), with Wilson intervals.
 * @example const weekly = await weeklyFlagRates(ds, { from: "2026-08-01", to: "2026-10-29" });
 */
export async function weeklyFlagRates(
  ds: Dataset,
  window: ReportWindow,
): Promise<WeeklyFlagRate[]> {
  const counts =
    await ds.query(`SELECT ${periodSql("created_at", "week", ds.dialect)} AS week, count(*) AS listings,
  count(*) FILTER (WHERE listing_id IN (SELECT listing_id FROM ${windowFlagsSql(ds, window)})) AS flagged
FROM listings WHERE ${inWindowSql("created_at", window, ds.dialect)} GROUP BY ALL ORDER BY week`);
  return (counts.objects() as Record<string, unknown>[]).map((r) => {
    const ci = wilsonInterval(Number(r.flagged), Number(r.listings));
    const week = String(r.week);
    const listings = Number(r.listings);
    const flagged = Number(r.flagged);
    return { week, listings, flagged, rate: ci.estimate, lower: ci.lower, upper: ci.upper };
  });
}
