/**
 * The SQL relation tuning reads: each model score with its local `day`, the listing's `category`
 * and its ground truth `is_violation` (an inner join: scores of unknown listings are left out).
 */
export const scoredListingsSql = `(SELECT s.listing_id, s.model, s.score, s.scored_at, strftime(s.scored_at, '%Y-%m-%d') AS day,
  l.category, l.is_violation
FROM model_scores s JOIN (SELECT listing_id, category, is_violation FROM listings) l USING (listing_id))`;
