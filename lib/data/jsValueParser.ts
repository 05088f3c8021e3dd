import type { ColumnSpec } from "./TableSchema.js";
import { cellParser, INVALID } from "./cellParser.js";
import { wallClockToUtc } from "../time/wallClockToUtc.js";

/** Options for {@link jsValueParser}. */
export interface JsValueParserOptions {
  /** `Date` values hold wall-clock time as if it were UTC (DuckDB TIMESTAMP and DATE) and are
   * re-read in the column's zone (default false: a `Date` is an exact instant). */
  naiveDates?: boolean;
}

/**
 * The parser for the non-null values of one column read from JSON or DuckDB: strings go through
 * the text rules of {@link cellParser}, other JS values are checked against the type; returns
 * {@link INVALID} for a mismatch. Undefined when the spec's zone is not a valid time zone.
 * @example jsValueParser({ type: "integer" }, DEFAULT_ZONE)!(12000n) // 12000
 */
export function jsValueParser(
  spec: ColumnSpec,
  defaultZone: string,
  options: JsValueParserOptions = {},
): ((value: unknown) => unknown) | undefined {
  const parseText = cellParser(spec, defaultZone);
  const toUtc = wallClockToUtc(spec.zone ?? defaultZone);
  if (!parseText || !toUtc) return undefined;
  const convert = converters[spec.type];
  const naive = options.naiveDates ?? false;
  return (value) => {
    if (typeof value === "string") return parseText(value);
    if (value instanceof Date && spec.type === "timestamp" && naive) {
      return new Date(toUtc(value.getTime()));
    }
    return convert(value);
  };
}

const converters: Record<ColumnSpec["type"], (value: unknown) => unknown> = {
  string: (value) =>
    typeof value === "number" || typeof value === "bigint" || typeof value === "boolean"
      ? String(value)
      : INVALID,
  number: (value) => {
    const number = typeof value === "bigint" ? Number(value) : value;
    return typeof number === "number" && Number.isFinite(number) ? number : INVALID;
  },
  integer: (value) => {
    const number = typeof value === "bigint" ? Number(value) : value;
    return Number.isSafeInteger(number) ? number : INVALID;
  },
  boolean: (value) =>
    typeof value === "boolean" ? value : value === 1 ? true : value === 0 ? false : INVALID,
  timestamp: (value) =>
    value instanceof Date && Number.isFinite(value.getTime()) ? new Date(value) : INVALID,
  // DuckDB reads a DATE as UTC midnight; anything else is a time of day, not a date.
  date: (value) =>
    value instanceof Date && value.getTime() % 86_400_000 === 0
      ? value.toISOString().slice(0, 10)
      : INVALID,
};
