import type { Dataset } from "../dataset/Dataset.js";

/**
 * The flags as a post-mortem reads them, one row each: `rn` (file order), the flag's columns, the
 * listing's `category` and `title`, its seller's `seller_tier` and `seller_country` (NULL without
 * a sellers table), and `hit` / `false_positive` (1 or 0 from the listing's ground truth; NULL for a
 * listing the dataset does not know).
 * @example await ds.query(`SELECT detector, avg(hit) FROM ${incidentFlagsSql(ds)} GROUP BY ALL`)
 */
export function incidentFlagsSql(ds: Dataset): string {
  const sellers = ds.has("sellers");
  return `(SELECT f.rowid AS rn, f.*, l.category, l.title,
    ${sellers ? "s.tier" : "NULL::VARCHAR"} AS seller_tier, ${sellers ? "s.country" : "NULL::VARCHAR"} AS seller_country,
    CAST(l.is_violation AS INTEGER) AS hit, 1 - CAST(l.is_violation AS INTEGER) AS false_positive
  FROM flags f LEFT JOIN (SELECT listing_id, seller_id, category, title, is_violation FROM listings) l ON l.listing_id = f.listing_id
  ${sellers ? "LEFT JOIN (SELECT seller_id, tier, country FROM sellers) s ON s.seller_id = l.seller_id" : ""})`;
}
