import type { Dataset } from "../dataset/Dataset.js";

/**
 * The SQL relation tuning reads: each model score with its local `day`, the listing's `category`
 * and its ground truth `is_violation` (an inner join: scores of unknown listings are left out), in
 * the dataset's dialect.
 * @example await scoreCountsQuery(ds, { from: scoredListingsSql(ds), score: "score", label: "is_violation" })
 */
export const scoredListingsSql = (ds: Dataset): string =>
  `(SELECT s.listing_id AS listing_id, s.model AS model, s.score AS score, s.scored_at AS scored_at,
  ${ds.dialect.day("s.scored_at")} AS day, l.category AS category, l.is_violation AS is_violation
FROM model_scores s JOIN (SELECT listing_id, category, is_violation FROM listings) l USING (listing_id))`;
