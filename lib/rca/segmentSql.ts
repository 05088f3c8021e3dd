import { ident, literal } from "../dataset/sqlText.js";
import type { Segment } from "./Segment.js";

/** A dimension's value as the leaf cube sees it: text, with NULL or empty as "(empty)". */
export const dimensionTextSql = (column: string): string =>
  `coalesce(nullif(CAST(${ident(column)} AS VARCHAR), ''), '(empty)')`;

/**
 * A SQL condition true on the rows inside a segment (values compared as the leaf cube's text,
 * "(empty)" matching NULL and empty); `TRUE` for `{}`.
 * @example segmentSql({ queue: "contact", detector: "rule:contact_phone" })
 */
export function segmentSql(segment: Segment): string {
  const terms = Object.entries(segment).map(
    ([dim, value]) => `${dimensionTextSql(dim)} = ${literal(value)}`,
  );
  return terms.length ? terms.join(" AND ") : "TRUE";
}
