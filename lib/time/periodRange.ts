import { nextPeriod } from "./nextPeriod.js";
import { periodStart, type GrainName } from "./periodStart.js";
import { periodStartMs } from "./periodStartMs.js";

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
