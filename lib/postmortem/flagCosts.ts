import type { Dataset } from "../dataset/Dataset.js";

/** What false-positive flags cost in review work and wrong actions (undefined: table absent). */
export interface FlagCosts {
  /** Reviews of the listings, their handling time in seconds, and the first one cleared. */
  reviews?: number;
  seconds: number;
  firstCleared?: Date;
  /** Reviews that actioned a listing that is not a violation. */
  actioned?: number;
  /** Appeals of those listings overturned. */
  overturned?: number;
  /** The reviews table's absence, in one line, when it is absent. */
  reviewsNote?: string;
  notes: string[];
}

/**
 * The review work and wrong actions a set of listings cost (a SQL query returning `listing_id`,
 * e.g. the false positives of a detector): reviews, handling time, the first review that cleared
 * one, reviews that actioned them and appeals overturned. A missing reviews or appeals table is
 * one line in `notes`.
 * @example await flagCosts(ds, "SELECT listing_id FROM flags WHERE detector = 'rule:x'")
 */
export async function flagCosts(ds: Dataset, listingIds: string): Promise<FlagCosts> {
  const reviewsNote = ds.missing("reviews", "the review work of false positives is not counted");
  const appealsNote = ds.missing("appeals", "wrong actions overturned on appeal are not counted");
  const out: FlagCosts = {
    seconds: 0,
    reviewsNote,
    notes: [reviewsNote, appealsNote].filter((n) => n !== undefined),
  };
  const { countIf, minOf } = ds.dialect;
  if (!reviewsNote) {
    const r = (
      await ds.query(`SELECT count(*) AS reviews, coalesce(sum(handling_seconds), 0) AS seconds,
      ${countIf("decision = 'violation'")} AS actioned, ${minOf("reviewed_at", "decision = 'no_violation'")} AS first_cleared
      FROM reviews WHERE listing_id IN (${listingIds})`)
    ).object(0) as {
      reviews: number;
      seconds: number;
      actioned: number;
      first_cleared: Date | null;
    };
    Object.assign(out, {
      reviews: Number(r.reviews),
      seconds: Number(r.seconds),
      actioned: Number(r.actioned),
      firstCleared: r.first_cleared ?? undefined,
    });
  }
  if (!appealsNote)
    out.overturned = Number(
      (
        await ds.query(
          `SELECT count(*) AS n FROM appeals WHERE outcome = 'overturned' AND listing_id IN (${listingIds})`,
        )
      ).get("n", 0),
    );
  return out;
}
