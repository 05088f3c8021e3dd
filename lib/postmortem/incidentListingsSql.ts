import type { Dataset } from "../dataset/Dataset.js";

/**
 * The listings as a post-mortem reads them, one row each: `rn` (file order), the listing's columns,
 * its seller's `tier`, `country`, `verified` and `seller_joined_at` (also as `seller_tier` and
 * `seller_country`, the names incident segments use), its first flag (`first_flagged_at`,
 * `first_detector`), `flagged` and `missed` (1 for a violation no detector flagged). Without a
 * sellers or flags table those columns are NULL.
 * @example await ds.query(`SELECT sum(missed) FROM ${incidentListingsSql(ds)}`)
 */
export function incidentListingsSql(ds: Dataset): string {
  const sellers = ds.has("sellers")
    ? "s.tier, s.country, s.verified, s.joined_at AS seller_joined_at, s.tier AS seller_tier, s.country AS seller_country"
    : "NULL::VARCHAR AS tier, NULL::VARCHAR AS country, NULL::BOOLEAN AS verified, NULL::TIMESTAMPTZ AS seller_joined_at, NULL::VARCHAR AS seller_tier, NULL::VARCHAR AS seller_country";
  const flags = ds.has("flags")
    ? "f.first_flagged_at, f.first_detector, f.listing_id IS NOT NULL AS flagged, CASE WHEN f.listing_id IS NULL AND coalesce(l.is_violation, false) THEN 1 ELSE 0 END AS missed"
    : "NULL::TIMESTAMPTZ AS first_flagged_at, NULL::VARCHAR AS first_detector, NULL::BOOLEAN AS flagged, NULL::INTEGER AS missed";
  const joins = [
    ds.has("sellers")
      ? "LEFT JOIN (SELECT seller_id, tier, country, verified, joined_at FROM sellers) s ON s.seller_id = l.seller_id"
      : "",
    ds.has("flags")
      ? `LEFT JOIN (SELECT listing_id, min(flagged_at) AS first_flagged_at, arg_min(detector, flagged_at) AS first_detector
    FROM flags GROUP BY listing_id) f ON f.listing_id = l.listing_id`
      : "",
  ];
  return `(SELECT l.rowid AS rn, l.*, ${sellers}, ${flags}
  FROM listings l ${joins.join(" ")})`;
}
