import { tableRows } from "../table/tableRows.js";
import { matchesSegment } from "./matchesSegment.js";
import type { Segment } from "./Segment.js";

/**
 * Options for {@link segmentExamples}.
 * - `where`: an extra filter (e.g. missed violations only); default none.
 * - `limit`: most rows returned; default 10.
 * - `sort`: order before cutting (e.g. by time); default the input order.
 */
export interface SegmentExamplesOptions<Row> {
  where?: (row: Row) => boolean;
  limit?: number;
  sort?: (a: Row, b: Row) => number;
}

/**
 * The last step of a drill-down: example rows (listings, flags, reviews) inside a segment, for a
 * reviewer or analyst to read. Does not modify the input.
 * @example segmentExamples(listings, { category: "bags", seller_tier: "new" }, { where: (l) => l.missed, limit: 8 })
 */
export function segmentExamples<Row extends object>(
  data: readonly Row[] | { objects(): object[] },
  segment: Segment,
  options: SegmentExamplesOptions<Row> = {},
): Row[] {
  const { where = () => true, limit = 10, sort } = options;
  // A table's objects() is typed object[]; its rows are the Row the options were written for.
  const rows = tableRows<object>(data, "segmentExamples") as readonly Row[];
  const inside = matchesSegment(segment);
  const picked = rows.filter((row) => inside(row) && where(row));
  return (sort ? picked.sort(sort) : picked).slice(0, limit);
}
