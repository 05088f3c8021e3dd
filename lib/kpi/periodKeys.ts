import { periodStart, type GrainName } from "../time/periodStart.js";

const dayMs = 86_400_000;
const seoulOffsetMs = 9 * 3_600_000;

/**
 * A fast period labeller for one grain (Asia/Seoul calendar): caches the label per Seoul day, so
 * millions of rows cost one division each.
 * @example periodKeys("week")(Date.parse("2026-10-29T20:00:00+09:00")) // "2026-10-26"
 */
export function periodKeys(grain: GrainName): (ms: number) => string | null {
  const cache = new Map<number, string | null>();
  return (ms) => {
    if (!Number.isFinite(ms)) return null;
    const day = Math.floor((ms + seoulOffsetMs) / dayMs);
    let key = cache.get(day);
    if (key === undefined) {
      key = periodStart(ms, grain);
      cache.set(day, key);
    }
    return key;
  };
}

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

/**
 * The instant a period starts, in epoch ms (midnight Asia/Seoul).
 * @example periodStartMs("2026-10-20") // Date.parse("2026-10-20T00:00:00+09:00")
 */
export function periodStartMs(period: string): number {
  return Date.parse(`${period}T00:00:00+09:00`);
}

/**
 * Every period label from the one containing day `from` to the one containing day `to`, in order.
 * @example periodRange("2026-10-01", "2026-10-03", "day") // ["2026-10-01", "2026-10-02", "2026-10-03"]
 */
export function periodRange(from: string, to: string, grain: GrainName): string[] {
  const first = periodStart(periodStartMs(from), grain);
  const last = periodStart(periodStartMs(to), grain);
  const periods: string[] = [];
  if (first === null || last === null) return periods;
  for (let p = first; p <= last; p = nextPeriod(p, grain)) periods.push(p);
  return periods;
}
