import type { Dataset } from "../dataset/Dataset.js";

/** The dated labels of a dataset as one relation, and where they come from. */
export interface LabelEvents {
  /** SQL relation `(key VARCHAR, at TIMESTAMPTZ, day VARCHAR, violation BOOLEAN)`. */
  sql: string;
  /** The tables it reads, e.g. ["reviews", "audits", "appeals"]. */
  tables: string[];
}

/**
 * Every label a dataset records with the time it was decided: review decisions (`violation` /
 * `no_violation` at `reviewed_at`; escalations are no label), audit labels (at `audited_at`) and
 * appeal outcomes (`upheld` confirms the violation, `overturned` clears it, at `resolved_at`).
 * The label of a listing as of a time is its latest decision by then. Undefined when the dataset
 * has none of those tables.
 * @example const events = labelEventsSql(ds); await ds.query(`SELECT count(*) FROM ${events!.sql}`);
 */
export function labelEventsSql(ds: Dataset): LabelEvents | undefined {
  const parts: string[] = [];
  const tables: string[] = [];
  const { day, text, bool } = ds.dialect;
  if (ds.has("reviews")) {
    tables.push("reviews");
    parts.push(
      `SELECT ${text("listing_id")} AS key, reviewed_at AS at, ${day("reviewed_at")} AS day, ${bool("lower(decision) = 'violation'")} AS violation FROM reviews WHERE reviewed_at IS NOT NULL AND lower(decision) IN ('violation', 'no_violation')`,
    );
  }
  if (ds.has("audits")) {
    tables.push("audits");
    parts.push(
      `SELECT ${text("listing_id")} AS key, audited_at AS at, ${day("audited_at")} AS day, ${bool("lower(label) = 'violation'")} AS violation FROM audits WHERE audited_at IS NOT NULL AND lower(label) IN ('violation', 'no_violation')`,
    );
  }
  if (ds.has("appeals")) {
    tables.push("appeals");
    parts.push(
      `SELECT ${text("listing_id")} AS key, resolved_at AS at, ${day("resolved_at")} AS day, ${bool("lower(outcome) = 'upheld'")} AS violation FROM appeals WHERE resolved_at IS NOT NULL AND lower(outcome) IN ('upheld', 'overturned')`,
    );
  }
  return parts.length ? { sql: `(${parts.join("\nUNION ALL\n")})`, tables } : undefined;
}
