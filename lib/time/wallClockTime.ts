import { DEFAULT_ZONE } from "./defaultZone.js";
import { unknownTimeZone } from "./messages.js";

const formatters = new Map<string, Intl.DateTimeFormat>();
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        hourCycle: "h23",
        ...{ year: "numeric", month: "numeric", day: "numeric" },
        ...{ hour: "numeric", minute: "numeric", second: "numeric" },
      });
    } catch {
      throw new Error(unknownTimeZone(timeZone));
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * A `Date` whose UTC fields show the wall-clock time of an instant in `timeZone`.
 *
 * Plot draws `Date`s on a UTC scale, so shifting them this way makes axis ticks fall on local
 * midnights and read local times, whatever the process `TZ`. Accepts a `Date`, epoch milliseconds,
 * an ISO 8601 string with an offset, or a `YYYY-MM-DD` day (already wall-clock: returned as that
 * day's midnight). Unparsable input gives an invalid `Date` (check with `Number.isNaN(d.getTime())`).
 * `timeZone` defaults to {@link DEFAULT_ZONE} (as does the chart theme's `timeZone`).
 * @example wallClockTime("2026-08-01T00:30:00+09:00").toISOString() // "2026-08-01T00:30:00.000Z"
 */
export function wallClockTime(
  value: Date | string | number,
  timeZone: string = DEFAULT_ZONE,
): Date {
  const formatter = formatterFor(timeZone);
  if (typeof value === "string") {
    const day = DAY.exec(value);
    if (day !== null) {
      const midnight = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
      // Date.UTC rolls 2026-02-30 over to March; treat such days as unparsable instead.
      return midnight.toISOString().startsWith(value) ? midnight : new Date(NaN);
    }
  }
  const instant = value instanceof Date ? value : new Date(value);
  const time = instant.getTime();
  if (Number.isNaN(time)) return new Date(NaN);
  const field: Record<string, number> = {};
  for (const { type, value: part } of formatter.formatToParts(instant)) field[type] = +part;
  const wall = Date.UTC(
    field.year,
    field.month - 1,
    field.day,
    field.hour,
    field.minute,
    field.second,
  );
  // formatToParts has whole seconds only; keep the milliseconds of the instant.
  return new Date(wall + (((time % 1000) + 1000) % 1000));
}
