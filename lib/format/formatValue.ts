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
const date = new Intl.DateTimeFormat("sv-SE", {
  timeZone: DEFAULT_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
const datetime = new Intl.DateTimeFormat("sv-SE", {
  timeZone: DEFAULT_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
});

/**
 * Formats a value for reading: thousands separators, percentages with one decimal, KRW with ₩,
 * dates in the default zone, `DEFAULT_ZONE` (the sv-SE locale gives ISO-like `2026-10-29 14:05`). Null, undefined and
 * NaN show {@link MISSING}.
 * @example formatValue(0.8734, "percent") // "87.3%"
 */
export function formatValue(value: unknown, format: FormatName = "text"): string {
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
      return date.format(toDate(value));
    case "datetime":
      return datetime.format(toDate(value));
    case "text":
      return value instanceof Date ? datetime.format(value) : String(value);
  }
}

function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(value as string | number);
}
