/**
 * What SQL engines spell differently, in one place per engine: builders that run on several
 * engines (rule hits, score counts, root-cause sums, data checks) write SQL through this and
 * nothing else. Every regex is an RE2 source with inline flags, matched with RE2's defaults
 * (`.` does not match a newline) on every engine. Members are function properties, not methods:
 * callers destructure them, so none may use `this`.
 * @example const { ident, literal } = ds.dialect; `SELECT ${ident("title")} FROM listings WHERE brand = ${literal("Gucci")}`
 */
export interface SqlDialect {
  readonly name: "duckdb" | "clickhouse";
  /** A quoted identifier. */
  ident: (name: string) => string;
  /** A string, number or boolean literal; a NUL in a string is spelt so the parser keeps it. */
  literal: (value: string | number | boolean) => string;
  /** Whether an RE2 pattern matches somewhere in a text (NULL text gives NULL). */
  matches: (text: string, source: string) => string;
  /**
   * One pass of several patterns over one text: an expression giving the 1-based indexes of the
   * patterns that match (read with {@link SqlDialect.matchedIndex}), or undefined when the
   * engine has no such pass and each pattern is matched on its own.
   */
  matchSet?: (text: string, sources: readonly string[]) => string;
  /**
   * Whether {@link SqlDialect.matchSet} matches a pattern exactly as RE2 does; the others are
   * matched one by one with {@link SqlDialect.matches}.
   */
  inMatchSet?: (source: string) => boolean;
  /** Whether pattern `index` (1-based) is in a {@link SqlDialect.matchSet} result. */
  matchedIndex?: (set: string, index: number) => string;
  /** The text without the characters of an RE2 character-class body. */
  removeClass: (text: string, classBody: string) => string;
  /** The text with each character of `from` replaced by the one at the same place in `to`. */
  translate: (text: string, from: string, to: string) => string;
  /** Unicode NFKC of a text. */
  nfkc: (text: string) => string;
  /** A condition as a boolean value (NULL stays NULL), where an engine's comparisons give 0 or 1. */
  bool: (condition: string) => string;
  /** Rows where a condition is true (NULL counts as false). */
  countIf: (condition: string) => string;
  /** A timestamp as milliseconds since 1970 (the precision of a JS Date). */
  epochMs: (value: string) => string;
  /** A timestamp, date or ISO text as an instant (dates and naive times in the session's zone). */
  instant: (value: string) => string;
  /** An instant written as ISO 8601 text (`Date.toISOString()`) as a timestamp literal. */
  timestampLiteral: (iso: string) => string;
  /** A NULL of a kit kind, for a relation that has no rows but must have the columns' types. */
  nullOf: (kind: "string" | "number" | "integer" | "boolean" | "timestamp") => string;
  /** A group's value on the row where `order` is greatest (NULL orders ignored; ties: any). */
  maxBy: (value: string, order: string) => string;
  /**
   * A statement creating a scratch table of the session with nullable columns of kit kinds
   * (`integer` a 32-bit integer), dropped with `DROP TABLE`.
   */
  createTable: (
    name: string,
    columns: Readonly<Record<string, "string" | "number" | "integer" | "boolean" | "timestamp">>,
  ) => string;
  /** A statement creating a scratch table of the session from a query, dropped with `DROP TABLE`. */
  createTableAs: (name: string, query: string) => string;
  /** A relation of one column `day`, every calendar day `YYYY-MM-DD` from `from` to `to` inclusive. */
  daySeries: (from: string, to: string) => string;
  /**
   * The most frequent non-NULL value of a group, over the rows where a condition holds (every row
   * without one); exact up to 1,000 distinct values.
   */
  mostFrequent: (value: string, condition?: string) => string;
  /** A group's value on the row where `order` is greatest. */
  lastBy: (value: string, order: string) => string;
  /** Every column of the FROM relation but the named ones, as a SELECT list. */
  allExcept: (columns: readonly string[]) => string;
  /** A group's value on the row where `order` is least (NULL orders ignored). */
  firstBy: (value: string, order: string) => string;
  /** A group's texts joined with a separator, in the order of `order`. */
  joinText: (value: string, separator: string, order: string) => string;
  /** Any value as text. */
  text: (value: string) => string;
  /** A double as DuckDB spells it in text (`5.0`, `0.25`, `-0.0`, `nan`, `inf`). */
  doubleText: (value: string) => string;
  /** Whether a number is NaN. */
  isNaN: (value: string) => string;
  /** Any value as a double. */
  double: (value: string) => string;
  /** A timestamp's calendar day `YYYY-MM-DD` in the session's (the dataset's) zone. */
  day: (value: string) => string;
  /** The Monday starting a timestamp's week, `YYYY-MM-DD`, in the session's (the dataset's) zone. */
  week: (value: string) => string;
  /** A timestamp as ISO 8601 in UTC to the millisecond (truncated), like `2026-10-01T09:30:00.250Z`. */
  isoUtc: (value: string) => string;
  /** The least value over the rows where a condition holds (every row without one); NULL over none. */
  minOf: (value: string, condition?: string) => string;
  /** The greatest value over the rows where a condition holds (every row without one); NULL over none. */
  maxOf: (value: string, condition?: string) => string;
  /** The sum over the rows where a condition holds (every row without one); NULL over none. */
  sumOf: (value: string, condition?: string) => string;
  /** A column numbering a loaded table's rows from 0 in the order they were read. */
  readonly rowOrder: string;
  /** An expression numbering a loaded table's rows from 1 in the order they were read. */
  readonly rowNumber: string;
}
