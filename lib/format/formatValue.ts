import { DEFAULT_ZONE } from "../time/defaultZone.js";
import { MISSING } from "./missing.js";

/** Named display formats for report tables. */
export type FormatName = "text" | "integer" | "number" | "percent" | "krw" | "date" | "datetime";

const integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat("en-US", {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const percent = new Intl.NumberFormat("en-US", {
  style: "percent",
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const dayParts = { year: "numeric", month: "2-digit", day: "2-digit" } as const;
const timeParts = { ...dayParts, hour: "2-digit", minute: "2-digit" } as const;
const dateFormats = new Map<string, { date: Intl.DateTimeFormat; datetime: Intl.DateTimeFormat }>();

/** The day and day-and-minute formats of one zone, made once. */
function dateFormatsOf(zone: string) {
  let formats = dateFormats.get(zone);
  if (!formats) {
    formats = {
      date: new Intl.DateTimeFormat("sv-SE", { timeZone: zone, ...dayParts }),
      datetime: new Intl.DateTimeFormat("sv-SE", { timeZone: zone, ...timeParts }),
    };
    dateFormats.set(zone, formats);
  }
  return formats;
}

/**
 * Formats a value for reading: thousands separators, percentages with one decimal, KRW with ₩,
 * dates on the clock of `zone` (default `DEFAULT_ZONE`; pass the dataset's `definition.zone`), the
 * sv-SE locale giving ISO-like `2026-10-29 14:05`. Null, undefined and NaN show {@link MISSING}.
 * Throws a RangeError for a zone that is not an IANA zone.
 * @example formatValue(0.8734, "percent") // "87.3%"
 * @example formatValue("2026-10-29T05:05:00Z", "datetime", "UTC") // "2026-10-29 05:05"
 */
export function formatValue(
  value: unknown,
  format: FormatName = "text",
  zone: string = DEFAULT_ZONE,
): string {
  if (value === null || value === undefined || (typeof value === "number" && Number.isNaN(value)))
    return MISSING;
  switch (format) {
    case "integer":
      return integer.format(Number(value));
    case "number":
      return decimal.format(Number(value));
    case "percent":
      return percent.format(Number(value));
    case "krw":
      return `₩${integer.format(Number(value))}`;
    case "date":
      return dateFormatsOf(zone).date.format(toDate(value));
    case "datetime":
      return dateFormatsOf(zone).datetime.format(toDate(value));
    case "text":
      return value instanceof Date ? dateFormatsOf(zone).datetime.format(value) : String(value);
  }
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number);
}
