import { daysInMonth } from "./daysInMonth.js";
import { wallClockToUtc } from "./wallClockToUtc.js";

// Our own fixed pattern: date, optional time with fraction, optional Z or ±HH[:MM] offset.
const ISO_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * A parser from ISO 8601 text to `Date` (undefined when the text is not a valid timestamp), or
 * undefined when `zone` is invalid. Text with `Z` or an offset (`+09:00`, `+0900`, `+09`) is
 * exact; naive text (`2026-08-03 14:05:09`, or a bare date = midnight) is read as wall-clock time
 * in `zone`. `T` or a space separates date and time; fractions past milliseconds are truncated.
 * @example timestampParser(DEFAULT_ZONE)!("2026-08-03 14:05:09") // 2026-08-03T05:05:09.000Z
 */
export function timestampParser(zone: string): ((text: string) => Date | undefined) | undefined {
  const toUtc = wallClockToUtc(zone);
  if (!toUtc) return undefined;
  return (text) => {
    const match = ISO_TIMESTAMP.exec(text.trim());
    if (!match) return undefined;
    const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", offset] = match;
    const year = +y;
    const month = +mo;
    const day = +d;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
    if (+h > 23 || +mi > 59 || +s > 59) return undefined;
    const ms = fraction ? +fraction.slice(0, 3).padEnd(3, "0") : 0;
    const wall = Date.UTC(year, month - 1, day, +h, +mi, +s, ms);
    if (offset === undefined) return new Date(toUtc(wall));
    if (offset === "Z" || offset === "z") return new Date(wall);
    const sign = offset[0] === "-" ? -1 : 1;
    const digits = offset.slice(1).replace(":", "");
    const hours = +digits.slice(0, 2);
    const minutes = digits.length > 2 ? +digits.slice(2) : 0;
    if (hours > 23 || minutes > 59) return undefined;
    return new Date(wall - sign * (hours * 60 + minutes) * 60_000);
  };
}
