import type { Dataset } from "../dataset/Dataset.js";
import type { Segment } from "./Segment.js";
import { segmentSql } from "./segmentSql.js";

/**
 * Options for {@link segmentExamplesQuery}.
 * - `columns`: the columns returned. Required.
 * - `where`: extra equalities (column → value) the rows must meet; default none.
 * - `order`: column the rows are taken in order of; default `rn`.
 * - `limit`: most rows returned; default 10.
 */
export interface SegmentExamplesQueryOptions {
  columns: readonly string[];
  where?: Record<string, string | number>;
  order?: string;
  limit?: number;
}

/**
 * The last step of a drill-down in the engine: at most `limit` example rows of a SQL relation
 * inside a segment (with `LIMIT`, so only those rows come back), as plain objects, in the dataset's
 * dialect.
 * @example await segmentExamplesQuery(ds, decidedReviewsSql(ds).sql, { detector: "rule:contact_phone" }, { columns: ["listing_id", "title"], where: { confirmed: 0 } })
 */
export async function segmentExamplesQuery(
  ds: Dataset,
  relation: string,
  segment: Segment,
  options: SegmentExamplesQueryOptions,
): Promise<Record<string, unknown>[]> {
  const { columns, where = {}, order = "rn", limit = 10 } = options;
  const { ident, literal } = ds.dialect;
  const extra = Object.entries(where).map(
    ([column, value]) =>
      `${ident(column)} = ${typeof value === "number" ? String(value) : literal(value)}`,
  );
  const table = await ds.query(
    `SELECT ${columns.map(ident).join(", ")} FROM ${relation}
    WHERE ${[segmentSql(segment, ds.dialect), ...extra].join(" AND ")} ORDER BY ${ident(order)} LIMIT ${Math.max(0, Math.floor(limit))}`,
  );
  return table.objects() as Record<string, unknown>[];
}
