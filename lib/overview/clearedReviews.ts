import type { Dataset } from "../dataset/Dataset.js";
import { decidedReviewsSql } from "./decidedReviewsSql.js";
import type { ReportWindow } from "./ReportWindow.js";

/** Options for {@link clearedReviews}. */
export interface ClearedReviewsOptions extends ReportWindow {
  /** The review queue. Required. */
  queue: string;
  /** Monday of the decision week, `YYYY-MM-DD`. Required. */
  week: string;
  /** Example rows returned. Default 12. */
  limit?: number;
}

/** The listings reviewers cleared in one queue-week: how many, which detectors sent them, examples. */
export interface ClearedReviews {
  cleared: number;
  /** Detectors by the number of cleared listings they flagged, most first (ties by name). */
  detectors: { detector: string; listings: number }[];
  /** The first `limit` cleared reviews in file order, with the listing's title and its detectors. */
  examples: { listing_id: string; title: string; detectors: string; decision: string }[];
}

/**
 * The no-violation decisions of one queue in one week of the window, counted in the engine, with
 * the detectors behind them and a bounded set of example listings.
 * @example const { detectors } = await clearedReviews(ds, { from, to, queue: "contact", week: "2026-10-12" });
 */
export async function clearedReviews(
  ds: Dataset,
  options: ClearedReviewsOptions,
): Promise<ClearedReviews> {
  const { queue, week, limit = 12 } = options;
  const { literal, joinText } = ds.dialect;
  const withSql = `WITH ${decidedReviewsSql(ds, options)},
cleared AS (SELECT * FROM decided WHERE queue = ${literal(queue)} AND week = ${literal(week)} AND decision = 'no_violation'),
detectors AS (SELECT listing_id, ${joinText("detector", ", ", "first_order")} AS detectors
  FROM (SELECT listing_id, detector, min(flag_order) AS first_order FROM flags_in_window GROUP BY ALL) GROUP BY listing_id)`;
  const count = await ds.query(`${withSql} SELECT count(*) AS n FROM cleared`);
  const byDetector = await ds.query(`${withSql}
SELECT detector, count(*) AS listings FROM cleared JOIN (SELECT DISTINCT listing_id, detector FROM flags_in_window) fd USING (listing_id)
GROUP BY ALL ORDER BY listings DESC, detector`);
  const examples = await ds.query(`${withSql}
SELECT c.listing_id AS listing_id, coalesce(l.title, '') AS title, coalesce(d.detectors, '') AS detectors, c.decision AS decision
FROM cleared c LEFT JOIN detectors d USING (listing_id) LEFT JOIN (SELECT listing_id, title FROM listings) l USING (listing_id)
ORDER BY c.review_order LIMIT ${Math.max(0, Math.floor(limit))}`);
  return {
    cleared: Number(count.get("n", 0)),
    detectors: (byDetector.objects() as Record<string, unknown>[]).map((r) => ({
      detector: String(r.detector),
      listings: Number(r.listings),
    })),
    examples: examples.objects() as ClearedReviews["examples"],
  };
}
