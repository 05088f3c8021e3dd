import type { GrainName } from "./periodStart.js";

/**
 * The label of the period after `period` (a `YYYY-MM-DD` period start) at a grain.
 * @example nextPeriod("2026-10-26", "week") // "2026-11-02"
 */
export function nextPeriod(period: string, grain: GrainName): string {
  const d = new Date(`${period}T00:00:00Z`);
  if (grain === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (grain === "week") d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}
