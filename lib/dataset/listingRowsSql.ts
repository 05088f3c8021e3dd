import type { Dataset } from "./Dataset.js";

/**
 * The SQL relation rules and backtests read: the dataset's listings with their seller's `tier`,
 * `country`, `verified` and `seller_joined_at` when the dataset has sellers (a LEFT JOIN, so a
 * listing without a known seller keeps NULLs).
 * @example await ds.query(`SELECT count(*) FROM ${listingRowsSql(ds)}`)
 */
export function listingRowsSql(ds: Dataset): string {
  if (!ds.has("sellers")) return "listings";
  return `(SELECT l.*, s.tier AS tier, s.country AS country, s.verified AS verified, s.joined_at AS seller_joined_at
  FROM listings l LEFT JOIN (SELECT seller_id, tier, country, verified, joined_at FROM sellers) s USING (seller_id))`;
}
