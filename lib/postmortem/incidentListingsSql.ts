import type { Dataset } from "../dataset/Dataset.js";

/**
 * The listings as a post-mortem reads them, one row each: `rn` (file order), the listing's columns,
 * its seller's `tier`, `country`, `verified` and `seller_joined_at` (also as `seller_tier` and
 * `seller_country`, the names incident segments use), its first flag (`first_flagged_at`,
 * `first_detector`), `flagged` and `missed` (1 for a violation no detector flagged). Without a
 * sellers or flags table those columns are NULL. Written in the dataset's dialect.
 * @example await ds.query(`SELECT sum(missed) FROM ${incidentListingsSql(ds)}`)
 */
export function incidentListingsSql(ds: Dataset): string {
  const { nullOf, firstBy, rowOrder, bool } = ds.dialect;
  // Every joined column named with AS, and the join keys renamed: ClickHouse would otherwise call
  // s.tier "s.tier", and l.seller_id "l.seller_id" beside s.seller_id.
  const sellers = ds.has("sellers")
    ? "s.tier AS tier, s.country AS country, s.verified AS verified, s.joined_at AS seller_joined_at, s.tier AS seller_tier, s.country AS seller_country"
    : `${nullOf("string")} AS tier, ${nullOf("string")} AS country, ${nullOf("boolean")} AS verified, ${nullOf("timestamp")} AS seller_joined_at, ${nullOf("string")} AS seller_tier, ${nullOf("string")} AS seller_country`;
  const flags = ds.has("flags")
    ? `f.first_flagged_at AS first_flagged_at, f.first_detector AS first_detector, ${bool("f.flagged_id IS NOT NULL")} AS flagged, CASE WHEN f.flagged_id IS NULL AND coalesce(l.is_violation, false) THEN 1 ELSE 0 END AS missed`
    : `${nullOf("timestamp")} AS first_flagged_at, ${nullOf("string")} AS first_detector, ${nullOf("boolean")} AS flagged, ${nullOf("integer")} AS missed`;
  const joins = [
    ds.has("sellers")
      ? "LEFT JOIN (SELECT seller_id AS seller_key, tier, country, verified, joined_at FROM sellers) s ON s.seller_key = l.seller_id"
      : "",
    ds.has("flags")
      ? `LEFT JOIN (SELECT listing_id AS flagged_id, min(flagged_at) AS first_flagged_at, ${firstBy("detector", "flagged_at")} AS first_detector
    FROM flags GROUP BY listing_id) f ON f.flagged_id = l.listing_id`
      : "",
  ];
  return `(SELECT l.${rowOrder} AS rn, l.*, ${sellers}, ${flags}
  FROM listings l ${joins.join(" ")})`;
}
