import { DEFAULT_ZONE_OFFSET_MS } from "./defaultZone.js";

/**
 * The instant a period starts, in epoch ms (midnight in the default zone).
 * @example periodStartMs("2026-10-20") // Date.parse("2026-10-20T00:00:00+09:00")
 */
export function periodStartMs(period: string): number {
  return Date.parse(`${period}T00:00:00Z`) - DEFAULT_ZONE_OFFSET_MS;
}
