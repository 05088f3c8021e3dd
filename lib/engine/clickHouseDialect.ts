import type { SqlDialect } from "./SqlDialect.js";

const ident = (name: string) => `"${name.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

const clickHouseTypes = {
  string: "String",
  number: "Float64",
  integer: "Int32",
  boolean: "Bool",
  timestamp: "DateTime64(6, 'UTC')",
};

// ClickHouse's regexes default to `.` matching a newline (RE2's s flag); (?-s) restores RE2's
// default, which the in-process engine and DuckDB use.
const re2Defaults = (source: string) => `(?-s)${source}`;

/**
 * ClickHouse's SQL: RE2 through `match`, one Hyperscan pass per text through
 * `multiMatchAllIndices`, `translateUTF8`, `replaceRegexpAll`, `normalizeUTF8NFKC`, `countIf`,
 * `toUnixTimestamp64Milli`, `formatDateTime` in the session's zone, `minIfOrNull`; string literals
 * escape backslashes. Loaded tables carry `tns_row` (from 0, like DuckDB's `rowid`).
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
  bool: (condition) => `toBool(${condition})`,
  countIf: (condition) => `countIf(${condition})`,
  epochMs: (value) => `toUnixTimestamp64Milli(toDateTime64(${value}, 3))`,
  instant: (value) => `toDateTime64(${value}, 6)`,
  timestampLiteral: (iso) =>
    `parseDateTime64BestEffort(${clickHouseDialect.literal(iso)}, 6, 'UTC')`,
  nullOf: (kind) =>
    `CAST(NULL AS Nullable(${{ string: "String", number: "Float64", integer: "Int64", boolean: "Bool", timestamp: "DateTime64(6, 'UTC')" }[kind]}))`,
  // topK keeps load factor × k counters: with 1,000 it is exact below 1,000 distinct values.
  // A group without a value gives NULL, as DuckDB's mode does, not the type's default.
  mostFrequent: (value, condition) => {
    const top = condition ? `topKIf(1, 1000)(${value}, ${condition})` : `topK(1, 1000)(${value})`;
    return `if(empty(${top}), NULL, ${top}[1])`;
  },
  lastBy: (value, order) => `argMax(${value}, ${order})`,
  maxBy: (value, order) => `argMax(${value}, ${order})`,
  // Temporary tables of the session: on a server they need no write grant on the user's database
  // and vanish with the session (the dataset's own session_id); DROP TABLE finds them first.
  createTable: (name, columns) =>
    `CREATE TEMPORARY TABLE ${name} (${Object.entries(columns)
      .map(([c, kind]) => `${c} Nullable(${clickHouseTypes[kind]})`)
      .join(", ")}) ENGINE = Memory`,
  createTableAs: (name, query) => `CREATE TEMPORARY TABLE ${name} ENGINE = Memory AS ${query}`,
  daySeries: (from, to) => {
    const [a, b] = [from, to].map((d) => `toDate(${clickHouseDialect.literal(d)})`);
    return `(SELECT toString(addDays(${a}, number)) AS day FROM numbers(toUInt64(greatest(dateDiff('day', ${a}, ${b}) + 1, 0))))`;
  },
  allExcept: (columns) => `* EXCEPT (${columns.map(ident).join(", ")})`,
  firstBy: (value, order) => `argMin(${value}, ${order})`,
  joinText: (value, separator, order) =>
    `arrayStringConcat(arrayMap(x -> x.2, arraySort(groupArray((${order}, ${value})))), ${clickHouseDialect.literal(separator)})`,
  text: (value) => `toString(${value})`,
  // toString drops a whole double's ".0" (5 where DuckDB writes 5.0); NaN and ±inf fail the test.
  doubleText: (value) =>
    `if(${value} = floor(${value}) AND abs(${value}) < 1e15, concat(toString(${value}), '.0'), toString(${value}))`,
  isNaN: (value) => `isNaN(toFloat64(${value}))`,
  double: (value) => `toFloat64(${value})`,
  // Loaded timestamps are DateTime64(6, 'UTC'): without a zone, formatDateTime and toMonday would
  // read them in UTC, not in the session's (the dataset's) zone.
  day: (value) => `formatDateTime(${value}, '%Y-%m-%d', timezone())`,
  week: (value) => `formatDateTime(toMonday(${value}, timezone()), '%Y-%m-%d')`,
  // %f prints microseconds whatever the scale: keep the milliseconds, as DuckDB's %g does.
  isoUtc: (value) =>
    `concat(substring(formatDateTime(${value}, '%Y-%m-%dT%H:%i:%S.%f', 'UTC'), 1, 23), 'Z')`,
  // Plain min/max give a type's default (0, '') over no rows; the OrNull forms give NULL as SQL does.
  minOf: (value, condition) =>
    condition ? `minIfOrNull(${value}, ${condition})` : `minOrNull(${value})`,
  maxOf: (value, condition) =>
    condition ? `maxIfOrNull(${value}, ${condition})` : `maxOrNull(${value})`,
  sumOf: (value, condition) =>
    condition ? `sumIfOrNull(${value}, ${condition})` : `sumOrNull(${value})`,
  rowOrder: "tns_row",
  rowNumber: "(tns_row + 1)",
};
