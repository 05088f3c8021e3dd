import { StreamError } from "./StreamError.js";
import { badDuration } from "./messages.js";

const units: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * Milliseconds in a duration written as a number and a unit (ms, s, m, h, d), or a number of ms.
 * Throws {@link StreamError} naming the option otherwise.
 * @example parseDuration("1h") // 3600000
 */
export function parseDuration(value: string | number, option = "duration"): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0) return value;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)\s*$/.exec(String(value));
  if (!match) throw new StreamError(badDuration(option, value));
  return Number(match[1]) * units[match[2]];
}
