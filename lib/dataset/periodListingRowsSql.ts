import type { Dataset } from "./Dataset.js";
import { listingRowsSql } from "./listingRowsSql.js";

/** The days and policy {@link periodListingRowsSql} marks. */
export interface PeriodListingRowsOptions {
  /** First day of the period (`YYYY-MM-DD`, the dataset's zone). */
  start: string;
  /** Last day, inclusive. */
  end: string;
  /** The violation policy in focus; empty or undefined: every violation. */
  policy?: string;
}

/**
 * The listing rows ({@link listingRowsSql}) with their creation `day` and `week` (Monday) as
 * `YYYY-MM-DD` in the dataset's zone, `period` ("before", "during" or "after" the given days) and
 * `focus` (the row is a violation of the policy in focus, or any violation without one).
 * @example await ds.query(`SELECT period, count(*) FROM ${periodListingRowsSql(ds, wave)} WHERE focus GROUP BY ALL`)
 */
export function periodListingRowsSql(ds: Dataset, options: PeriodListingRowsOptions): string {
  const { literal } = ds.dialect;
  const day = ds.dialect.day("created_at");
  const focus = options.policy
    ? `coalesce(violation_policy = ${literal(options.policy)}, false)`
    : "coalesce(is_violation, false)";
  return `(SELECT *, ${day} AS day, ${ds.dialect.week("created_at")} AS week,
  CASE WHEN ${day} < ${literal(options.start)} THEN 'before' WHEN ${day} <= ${literal(options.end)} THEN 'during' ELSE 'after' END AS period,
  ${focus} AS focus
  FROM ${listingRowsSql(ds)})`;
}
