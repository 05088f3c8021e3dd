import type { SqlDialect } from "./SqlDialect.js";

const ident = (name: string) => `"${name.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

// ClickHouse's regexes default to `.` matching a newline (RE2's s flag); (?-s) restores RE2's
// default, which the in-process engine and DuckDB use.
const re2Defaults = (source: string) => `(?-s)${source}`;

/**
 * ClickHouse's SQL: RE2 through `match`, one Hyperscan pass per text through
 * `multiMatchAllIndices`, `translateUTF8`, `replaceRegexpAll`, `normalizeUTF8NFKC`, `countIf`,
 * `toUnixTimestamp64Milli`; string literals escape backslashes. Loaded tables carry `tns_row`.
 * @example clickHouseDialect.matches('"title"', "(?i)gucci") // match("title", '(?-s)(?i)gucci')
 */
export const clickHouseDialect: SqlDialect = {
  name: "clickhouse",
  ident,
  literal(value) {
    if (typeof value === "boolean") return value ? "true" : "false";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : "NULL";
    return `'${value.replaceAll("\\", "\\\\").replaceAll("'", "\\'").replaceAll("\0", "\\0")}'`;
  },
  matches: (text, source) => `match(${text}, ${clickHouseDialect.literal(re2Defaults(source))})`,
  matchSet: (text, sources) =>
    `multiMatchAllIndices(ifNull(${text}, ''), [${sources.map((s) => clickHouseDialect.literal(re2Defaults(s))).join(", ")}])`,
  // Hyperscan (multiMatch*) reads \pL, \pN and negated classes byte-wise where RE2 reads code
  // points (the parity test's contains_word over Hangul found it): those patterns go to match().
  inMatchSet: (source) => !/\\[pP]|\[\^/.test(source),
  matchedIndex: (set, index) => `has(${set}, ${index})`,
  removeClass: (text, body) =>
    `replaceRegexpAll(${text}, ${clickHouseDialect.literal(`[${body}]`)}, '')`,
  translate: (text, from, to) =>
    `translateUTF8(${text}, ${clickHouseDialect.literal(from)}, ${clickHouseDialect.literal(to)})`,
  nfkc: (text) => `normalizeUTF8NFKC(${text})`,
  countIf: (condition) => `countIf(${condition})`,
  epochMs: (value) => `toUnixTimestamp64Milli(toDateTime64(${value}, 3))`,
  text: (value) => `toString(${value})`,
  double: (value) => `toFloat64(${value})`,
  day: (value) => `formatDateTime(${value}, '%Y-%m-%d')`,
  rowOrder: "tns_row",
};
