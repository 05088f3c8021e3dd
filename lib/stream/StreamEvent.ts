/** One event of the activity stream (see data/README.md, events.jsonl): a time, a type, fields. */
export interface StreamEvent {
  /** Event time, ISO 8601 with an offset. */
  ts: string;
  /** listing_created, model_scored, flagged, review_decided, appeal_resolved, or another. */
  type: string;
  [field: string]: unknown;
}
