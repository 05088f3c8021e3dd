/** One event of the activity stream (see data/README.md, events.jsonl): a time, a type, fields. */
export interface StreamEvent {
  /** Event time, strict ISO 8601: `2026-10-29T09:00:00+09:00` (no offset: the dataset's zone). */
  ts: string;
  /** listing_created, model_scored, flagged, review_decided, appeal_resolved, or another. */
  type: string;
  [field: string]: unknown;
}
