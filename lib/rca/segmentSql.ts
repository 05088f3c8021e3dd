import { duckDbDialect } from "../engine/duckDbDialect.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import type { Segment } from "./Segment.js";

/** A dimension's value as the leaf cube sees it: text, with NULL or empty as "(empty)" (dialect default DuckDB's). */
export const dimensionTextSql = (column: string, dialect: SqlDialect = duckDbDialect): string =>
  `coalesce(nullif(${dialect.text(dialect.ident(column))}, ''), '(empty)')`;

/**
 * A SQL condition true on the rows inside a segment (values compared as the leaf cube's text,
 * "(empty)" matching NULL and empty), in a dialect (default DuckDB's); `TRUE` for `{}`.
 * @example segmentSql({ queue: "contact", detector: "rule:contact_phone" }, ds.dialect)
 */
export function segmentSql(segment: Segment, dialect: SqlDialect = duckDbDialect): string {
  const terms = Object.entries(segment).map(
    ([dim, value]) => `${dimensionTextSql(dim, dialect)} = ${dialect.literal(value)}`,
  );
  return terms.length ? terms.join(" AND ") : "TRUE";
}
