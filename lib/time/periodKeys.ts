import { DEFAULT_ZONE_OFFSET_MS } from "./defaultZone.js";
import { periodStart, type GrainName } from "./periodStart.js";

const dayMs = 86_400_000;

/**
 * A fast period labeller for one grain (the default zone's calendar): caches the label per day,
 * so millions of rows cost one division each.
 * @example periodKeys("week")(Date.parse("2026-10-29T20:00:00+09:00")) // "2026-10-26"
 */
export function periodKeys(grain: GrainName): (ms: number) => string | null {
  const cache = new Map<number, string | null>();
  return (ms) => {
    if (!Number.isFinite(ms)) return null;
    const day = Math.floor((ms + DEFAULT_ZONE_OFFSET_MS) / dayMs);
    let key = cache.get(day);
    if (key === undefined) {
      key = periodStart(ms, grain);
      cache.set(day, key);
    }
    return key;
  };
}
