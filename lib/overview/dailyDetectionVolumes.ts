import type { Dataset } from "../dataset/Dataset.js";
import { addDays } from "../time/addDays.js";
import type { ReportWindow } from "./ReportWindow.js";
import { inWindowSql, periodSql, windowFlagsSql } from "./windowSql.js";

/** One day's count of one series. */
export interface DailyVolume {
  day: string;
  series: "new listings" | "flagged listings" | "review decisions";
  count: number;
}

/**
 * New listings, flagged listings (on the day of their first flag) and review decisions per local
 * day of the window, counted in the engine; every day of the window appears, with 0 when empty.
 * A series whose table is missing is all zeros.
 * @example const daily = await dailyDetectionVolumes(ds, { from: "2026-08-01", to: "2026-10-29" });
 */
export async function dailyDetectionVolumes(
  ds: Dataset,
  window: ReportWindow,
): Promise<DailyVolume[]> {
  const parts = [
    `SELECT ${periodSql("created_at", "day", ds.dialect)} AS day, 'new listings' AS series FROM listings WHERE ${inWindowSql("created_at", window, ds.dialect)}`,
    `SELECT ${periodSql("first_flag", "day", ds.dialect)}, 'flagged listings' FROM (SELECT min(flagged_at) AS first_flag FROM ${windowFlagsSql(ds, window)} GROUP BY listing_id)`,
  ];
  if (ds.has("reviews"))
    parts.push(
      `SELECT ${periodSql("reviewed_at", "day", ds.dialect)}, 'review decisions' FROM reviews WHERE ${inWindowSql("reviewed_at", window, ds.dialect)}`,
    );
  const counts = await ds.query(
    `SELECT day, series, count(*) AS n FROM (${parts.join(" UNION ALL ")}) GROUP BY ALL`,
  );
  const found = new Map<string, number>();
  (counts.objects() as Record<string, unknown>[]).forEach((r) =>
    found.set(`${String(r.day)} ${String(r.series)}`, Number(r.n)),
  );
  const series: DailyVolume["series"][] = ["new listings", "flagged listings", "review decisions"];
  const rows: DailyVolume[] = [];
  for (let day = window.from; day <= window.to; day = addDays(day, 1))
    for (const s of series) rows.push({ day, series: s, count: found.get(`${day} ${s}`) ?? 0 });
  return rows;
}
