// What the data checks check, per kit table: shared by checkData (loaded CSVs) and checkDataset
// (SQL in the engine), so both check the same keys, references, ranges and times.

/** The column(s) that must be unique in each table. */
export const tableKeys: Record<string, string[]> = {
  sellers: ["seller_id"],
  listings: ["listing_id"],
  model_scores: ["listing_id", "model"],
  reviews: ["review_id"],
  audits: ["audit_id"],
  appeals: ["appeal_id"],
};

/** References checked: table.column → parent.column, in report order. */
export const tableReferences = [
  { table: "flags", column: "listing_id", parent: "listings" },
  { table: "reviews", column: "listing_id", parent: "listings" },
  { table: "audits", column: "listing_id", parent: "listings" },
  { table: "appeals", column: "listing_id", parent: "listings" },
  { table: "model_scores", column: "listing_id", parent: "listings" },
  { table: "listings", column: "seller_id", parent: "sellers" },
];

/** Value ranges checked, in report order. */
export const valueRanges = [
  { table: "listings", column: "price_krw", range: { min: 1 } },
  { table: "model_scores", column: "score", range: { min: 0, max: 1 } },
  { table: "audits", column: "inclusion_prob", range: { min: Number.MIN_VALUE, max: 1 } },
  { table: "reviews", column: "handling_seconds", range: { min: 0 } },
];

/** The activity time of each table: freshness (not appeals) and rows per day are judged on it. */
export const activityTimes: Record<string, string> = {
  listings: "created_at",
  model_scores: "scored_at",
  flags: "flagged_at",
  reviews: "reviewed_at",
  audits: "audited_at",
  appeals: "resolved_at",
};

/** Tables whose freshness is not judged (appeals resolve days later by design). */
export const freshnessExempt = new Set(["appeals"]);
