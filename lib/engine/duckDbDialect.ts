import type { SqlDialect } from "./SqlDialect.js";

/** Name of the scalar function DuckDB calls for NFKC; the rule evaluator registers it. */
export const nfkcFunctionName = "tns_nfkc";

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;

const duckDbTypes = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "INTEGER",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMPTZ",
};

/**
 * DuckDB's SQL: RE2 through `regexp_matches` (one call per pattern), `translate`,
 * `regexp_replace(…, 'g')`, `count_if`, `epoch_ms`, `strftime`, `FILTER (WHERE …)`, `rowid` and NFKC through the registered
 * function `tns_nfkc`.
 * @example duckDbDialect.matches('"title"', "(?i)gucci") // regexp_matches("title", '(?i)gucci')
 */
export const duckDbDialect: SqlDialect = {
  name: "duckdb",
  ident,
  literal(value) {
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
    const parts = value.split("\0").map((part) => `'${part.replaceAll("'", "''")}'`);
    // chr(0) for a NUL, which cannot appear inside a DuckDB string literal.
    return parts.length === 1 ? parts[0] : `(${parts.join(" || chr(0) || ")})`;
  },
  matches: (text, source) => `regexp_matches(${text}, ${duckDbDialect.literal(source)})`,
  removeClass: (text, body) =>
    `regexp_replace(${text}, ${duckDbDialect.literal(`[${body}]`)}, '', 'g')`,
  translate: (text, from, to) =>
    `translate(${text}, ${duckDbDialect.literal(from)}, ${duckDbDialect.literal(to)})`,
  nfkc: (text) => `${nfkcFunctionName}(${text})`,
  bool: (condition) => condition,
  countIf: (condition) => `count_if(${condition})`,
  epochMs: (value) => `epoch_ms(${value})`,
  instant: (value) => `CAST(${value} AS TIMESTAMPTZ)`,
  timestampLiteral: (iso) => `${duckDbDialect.literal(iso)}::TIMESTAMPTZ`,
  nullOf: (kind) =>
    `NULL::${{ string: "VARCHAR", number: "DOUBLE", integer: "BIGINT", boolean: "BOOLEAN", timestamp: "TIMESTAMPTZ" }[kind]}`,
  mostFrequent: (value, condition) =>
    `mode(${value})${condition ? ` FILTER (WHERE ${condition})` : ""}`,
  lastBy: (value, order) => `last(${value} ORDER BY ${order})`,
  maxBy: (value, order) => `arg_max(${value}, ${order})`,
  createTable: (name, columns) =>
    `CREATE TEMP TABLE ${name} (${Object.entries(columns)
      .map(([c, kind]) => `${c} ${duckDbTypes[kind]}`)
      .join(", ")})`,
  createTableAs: (name, query) => `CREATE TEMP TABLE ${name} AS ${query}`,
  daySeries: (from, to) =>
    `(SELECT strftime(d, '%Y-%m-%d') AS day FROM generate_series(DATE ${duckDbDialect.literal(from)}, DATE ${duckDbDialect.literal(to)}, INTERVAL 1 DAY) t(d))`,
  allExcept: (columns) => `* EXCLUDE (${columns.map(ident).join(", ")})`,
  firstBy: (value, order) => `arg_min(${value}, ${order})`,
  joinText: (value, separator, order) =>
    `string_agg(${value}, ${duckDbDialect.literal(separator)} ORDER BY ${order})`,
  text: (value) => `CAST(${value} AS VARCHAR)`,
  doubleText: (value) => `CAST(${value} AS VARCHAR)`,
  isNaN: (value) => `isnan(CAST(${value} AS DOUBLE))`,
  double: (value) => `CAST(${value} AS DOUBLE)`,
  day: (value) => `strftime(${value}, '%Y-%m-%d')`,
  week: (value) => `strftime(date_trunc('week', ${value}), '%Y-%m-%d')`,
  isoUtc: (value) => `strftime(${value} AT TIME ZONE 'UTC', '%Y-%m-%dT%H:%M:%S.%g') || 'Z'`,
  minOf: (value, condition) => `min(${value})${condition ? ` FILTER (WHERE ${condition})` : ""}`,
  maxOf: (value, condition) => `max(${value})${condition ? ` FILTER (WHERE ${condition})` : ""}`,
  sumOf: (value, condition) => `sum(${value})${condition ? ` FILTER (WHERE ${condition})` : ""}`,
  rowOrder: "rowid",
  rowNumber: "row_number() OVER ()",
};
