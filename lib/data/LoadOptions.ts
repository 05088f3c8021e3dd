/** What to do with a column the schema does not declare. */
export type ExtraColumnsKind = "keep" | "drop" | "error";

/**
 * Options shared by every table loader.
 * - `extraColumns`: columns not in the schema are kept unconverted (`"keep"`, the default:
 *   strings from CSV, JSON values from JSONL, DuckDB JS values from Parquet), dropped, or
 *   rejected with an error.
 * - `zone`: IANA zone for naive timestamps in columns without their own `zone`
 *   (default `DEFAULT_ZONE`).
 * @example await loadCsv("data/flags.csv", schema, { extraColumns: "drop" });
 */
export interface LoadOptions {
  extraColumns?: ExtraColumnsKind;
  zone?: string;
}
