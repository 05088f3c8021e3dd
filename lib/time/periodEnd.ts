import type { GrainName } from "./periodStart.js";

/**
 * The last day of the period that starts on `period` (a `YYYY-MM-DD` period start) at a grain.
 * @example periodEnd("2026-10-26", "week") // "2026-11-01"
 */
export function periodEnd(period: string, grain: GrainName): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (grain === "week") d.setUTCDate(d.getUTCDate() + 6);
  else if (grain === "month") d.setUTCMonth(d.getUTCMonth() + 1, 0);
  return d.toISOString().slice(0, 10);
}
