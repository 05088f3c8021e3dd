import type { Dataset } from "../dataset/Dataset.js";
import type { ReportWindow } from "./ReportWindow.js";
import { inWindowSql, periodSql, windowFlagsSql } from "./windowSql.js";

/**
 * Two named SQL relations for a `WITH` clause: `flags_in_window` and `decided`, the window's
 * decided reviews (escalations left out) with `confirmed`, `week`, the `policy` of the listing's
 * first flag in the window ("unknown" without one) and `review_order` (file order).
 */
export const decidedReviewsSql = (ds: Dataset, window: ReportWindow): string =>
  `flags_in_window AS ${windowFlagsSql(ds, window)},
first_policy AS (SELECT listing_id, ${ds.dialect.firstBy("policy", "(flagged_at, flag_order)")} AS policy FROM flags_in_window GROUP BY listing_id),
decided AS (SELECT r.*, decision = 'violation' AS confirmed, ${periodSql("reviewed_at", "week", ds.dialect)} AS week,
  coalesce(p.policy, 'unknown') AS policy
  FROM (SELECT listing_id, queue, reviewed_at, decision, ${ds.dialect.rowNumber} AS review_order FROM reviews) r
  LEFT JOIN first_policy p USING (listing_id)
  WHERE decision IS DISTINCT FROM 'escalate' AND ${inWindowSql("reviewed_at", window, ds.dialect)})`;
