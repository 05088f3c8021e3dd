import type { Dataset } from "../dataset/Dataset.js";
import type { GroupPrecision } from "../metrics/precisionByGroup.js";
import { wilsonInterval } from "../metrics/wilsonInterval.js";
import type { ReportWindow } from "./ReportWindow.js";
import { decidedReviewsSql } from "./decidedReviewsSql.js";

/**
 * What a review can be grouped by: its queue, the week of its decision, the policy of the first
 * flag on the listing, or each detector that flagged the listing (a review counts once per detector).
 */
export type ReviewGroupName = "queue" | "week" | "policy" | "detector";

/** Options for {@link reviewPrecisionQuery}. */
export interface ReviewPrecisionQueryOptions extends ReportWindow {
  /** Group keys. Default none (one overall group). */
  by?: readonly ReviewGroupName[];
}

/**
 * Reviewer-confirmed precision per group over the window's decided reviews (escalations left out),
 * counted in the engine: the same groups, order and Wilson intervals as `precisionByGroup` on the
 * rows. Empty when the dataset has no reviews table.
 * @example await reviewPrecisionQuery(ds, { from, to, by: ["week", "queue"] })
 */
export async function reviewPrecisionQuery(
  ds: Dataset,
  options: ReviewPrecisionQueryOptions,
): Promise<GroupPrecision[]> {
  if (!ds.has("reviews")) return [];
  const { by = [] } = options;
  const keys = by.map((k) => `${ds.dialect.text(k)} AS ${k}`);
  const join = by.includes("detector")
    ? ` JOIN (SELECT DISTINCT listing_id, detector FROM flags_in_window) fd USING (listing_id)`
    : "";
  const counts = await ds.query(`WITH ${decidedReviewsSql(ds, options)}
SELECT ${[...keys, "count(*) AS reviewed", "count(*) FILTER (WHERE confirmed) AS confirmed"].join(", ")}
FROM decided${join}${keys.length ? " GROUP BY ALL" : ""}`);
  return (counts.objects() as Record<string, unknown>[])
    .filter((r) => Number(r.reviewed) > 0)
    .map((r) => {
      const values = by.map((k) => r[k] ?? null);
      return {
        id: JSON.stringify(values),
        key: Object.fromEntries(by.map((k, i) => [k, values[i]])),
        r,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map(({ key, r }) => {
      const reviewed = Number(r.reviewed);
      const confirmed = Number(r.confirmed);
      const ci = wilsonInterval(confirmed, reviewed);
      return { key, reviewed, confirmed, precision: ci.estimate, lower: ci.lower, upper: ci.upper };
    });
}
