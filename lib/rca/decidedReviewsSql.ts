import type { Dataset } from "../dataset/Dataset.js";

/** The decided reviews of a dataset as a SQL relation, and what it could not supply. */
export interface DecidedReviews {
  /** A parenthesised subquery: one row per decided review (see {@link decidedReviewsSql}). */
  sql: string;
  /** The root-cause dimensions the dataset supplies, among queue, detector, category, seller_tier, seller_country. */
  dims: string[];
  /** One line per table the dataset lacks, naming the dimensions it turns off. */
  missing: string[];
}

/**
 * The reviews with a decision other than escalation, one row each, joined in the engine to what
 * explains them: `rn` (the review's row), `listing_id`, `reviewed_at`, `week` (Monday of the
 * decision, dataset zone, YYYY-MM-DD), `queue`, `detector` (the first flag that sent the listing to
 * that queue, "(unknown)" without one), `category` and `title` (listings), `seller_tier` and
 * `seller_country` (sellers), `confirmed` (1 for a violation, else 0) and `decision`. A table the
 * dataset lacks drops its dimensions with one line in `missing`. Written in the dataset's dialect
 * (DuckDB or ClickHouse).
 * @example const { sql, dims } = decidedReviewsSql(ds); await ds.query(`SELECT week, avg(confirmed) FROM ${sql} GROUP BY week`);
 */
export function decidedReviewsSql(ds: Dataset): DecidedReviews {
  const missing: string[] = [];
  const lacking = (table: "flags" | "listings" | "sellers", dims: string) => {
    const line = ds.missing(table, `no breakdown by ${dims}`);
    if (line) missing.push(line);
    return line !== undefined;
  };
  const noFlags = lacking("flags", "detector");
  const noListings = lacking("listings", "category, seller tier or seller country");
  const noSellers = noListings || lacking("sellers", "seller tier or seller country");
  const { rowOrder, week } = ds.dialect;
  // The first flag by time (NULLs last, then file order) of each listing and queue: a window both
  // engines read alike, where first(… ORDER BY …) is DuckDB's alone.
  const firstFlags = `(SELECT listing_id, queue, detector FROM (SELECT listing_id, queue, detector,
    row_number() OVER (PARTITION BY listing_id, queue ORDER BY flagged_at ASC NULLS LAST, ${rowOrder}) AS k
    FROM flags) WHERE k = 1)`;
  const joins = [
    noFlags
      ? ""
      : `LEFT JOIN ${firstFlags} f ON f.listing_id = r.listing_id AND f.queue IS NOT DISTINCT FROM r.queue`,
    noListings ? "" : "LEFT JOIN listings l ON l.listing_id = r.listing_id",
    noSellers ? "" : "LEFT JOIN sellers s ON s.seller_id = l.seller_id",
  ];
  const detector = noFlags ? "'(unknown)'" : "coalesce(f.detector, '(unknown)')";
  // Every column named with AS: ClickHouse would otherwise call r.queue "r.queue".
  const sql = `(SELECT r.${rowOrder} AS rn, r.listing_id AS listing_id, r.reviewed_at AS reviewed_at,
    ${week("r.reviewed_at")} AS week, r.queue AS queue, ${detector} AS detector,
    ${noListings ? "NULL" : "l.category"} AS category, ${noListings ? "NULL" : "l.title"} AS title,
    ${noSellers ? "NULL" : "s.tier"} AS seller_tier, ${noSellers ? "NULL" : "s.country"} AS seller_country,
    CASE WHEN r.decision = 'violation' THEN 1 ELSE 0 END AS confirmed, r.decision AS decision
  FROM reviews r ${joins.join(" ")}
  WHERE r.reviewed_at IS NOT NULL AND r.decision IS DISTINCT FROM 'escalate')`;
  const dims = [
    "queue",
    ...(noFlags ? [] : ["detector"]),
    ...(noListings ? [] : ["category"]),
    ...(noSellers ? [] : ["seller_tier", "seller_country"]),
  ];
  return { sql, dims, missing };
}
