import { timestampParser } from "./timestampParser.js";
import { DEFAULT_ZONE } from "./defaultZone.js";

const EPOCH = /^[+-]?\d+(\.\d+)?$/;
// Epoch seconds reach 1e11 only in the year 5138: larger numbers are epoch milliseconds.
const MILLIS_FROM = 1e11;

/**
 * A parser from a time value to epoch milliseconds (NaN when it is not a time): a `Date`; a number
 * or numeric text as epoch seconds (milliseconds when ≥ 1e11); ISO 8601 text, exact with `Z` or an
 * offset and otherwise wall-clock time in `zone` (default {@link DEFAULT_ZONE}). Throws on an invalid zone.
 * @example parseTimeValue()("2026-09-15") // 1789398000000 (midnight in the default zone)
 */
export function parseTimeValue(zone = DEFAULT_ZONE): (value: unknown) => number {
  const iso = timestampParser(zone);
  if (!iso)
    throw new RangeError(
      `zone: ${JSON.stringify(zone)} is not an IANA time zone; use e.g. "${DEFAULT_ZONE}"`,
    );
  const fromNumber = (n: number) => (Math.abs(n) >= MILLIS_FROM ? n : n * 1000);
  return (value) => {
    if (value instanceof Date) return value.getTime();
    if (typeof value === "number") return Number.isFinite(value) ? fromNumber(value) : NaN;
    if (typeof value === "bigint") return fromNumber(Number(value));
    if (typeof value !== "string") return NaN;
    const text = value.trim();
    if (EPOCH.test(text)) return fromNumber(Number(text));
    return iso(text)?.getTime() ?? NaN;
  };
}
