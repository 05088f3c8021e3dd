/** Outcome of one check: pass, warn (worth a look, does not gate) or fail (gates a run). */
export type DataCheckStatusName = "pass" | "warn" | "fail";

/** One data-integrity check on one table (or pair of tables), with the evidence. */
export interface DataCheckResult {
  /** freshness, row_count, null_rate, duplicate_keys, referential_integrity, value_range, schema_drift, daily_volume. */
  check: string;
  table: string;
  /** The column(s) or key checked, when there is one. */
  column?: string;
  status: DataCheckStatusName;
  /** The measured value (rows, share, hours …). */
  value: number;
  /** What was expected, in words. */
  expected: string;
  /** One sentence: what was found and what to do. */
  message: string;
  /** Up to 5 offending values (ids, days). */
  examples?: string[];
}
