import type { Dataset } from "../dataset/Dataset.js";

/**
 * The flags as a post-mortem reads them, one row each: `rn` (file order), the flag's columns, the
 * listing's `category` and `title`, its seller's `seller_tier` and `seller_country` (NULL without
 * a sellers table), and `hit` / `false_positive` (1 or 0 from the listing's ground truth; NULL for a
 * listing the dataset does not know). Written in the dataset's dialect.
 * @example await ds.query(`SELECT detector, avg(hit) FROM ${incidentFlagsSql(ds)} GROUP BY ALL`)
 */
export function incidentFlagsSql(ds: Dataset): string {
  const sellers = ds.has("sellers");
  const { nullOf, rowOrder } = ds.dialect;
  // CASE rather than CAST: ClickHouse refuses to cast a NULL to a non-Nullable integer. Join keys
  // renamed: ClickHouse would call f.listing_id "f.listing_id" beside l.listing_id.
  return `(SELECT f.${rowOrder} AS rn, f.*, l.category AS category, l.title AS title,
    ${sellers ? "s.tier" : nullOf("string")} AS seller_tier, ${sellers ? "s.country" : nullOf("string")} AS seller_country,
    CASE WHEN l.is_violation THEN 1 WHEN NOT l.is_violation THEN 0 END AS hit,
    CASE WHEN l.is_violation THEN 0 WHEN NOT l.is_violation THEN 1 END AS false_positive
  FROM flags f LEFT JOIN (SELECT listing_id AS listing_key, seller_id AS seller_key, category, title, is_violation FROM listings) l ON l.listing_key = f.listing_id
  ${sellers ? "LEFT JOIN (SELECT seller_id AS seller_ref, tier, country FROM sellers) s ON s.seller_ref = l.seller_key" : ""})`;
}
