/** A query result from ClickHouse: column names and types, and the rows as JSON values. */
export interface ClickHouseResult {
  meta: { name: string; type: string }[];
  rows: unknown[][];
}

/**
 * The few calls the kit makes on a ClickHouse engine, embedded (chdb) or on a server: run a
 * statement, read a result, stream a big one in chunks. Results are read with 64-bit integers
 * unquoted, NaN as "nan" and times as ISO 8601 in UTC (see `columnValues`).
 */
export interface ClickHouseSession {
  /** Runs a statement that returns no rows (CREATE, INSERT, DROP). */
  run(sql: string): Promise<void>;
  /** Runs a query and returns its whole result. */
  query(sql: string): Promise<ClickHouseResult>;
  /** Runs a query and yields its rows in chunks (the metadata with each). */
  stream(sql: string): AsyncGenerator<ClickHouseResult>;
  /** Releases the connection. */
  close(): Promise<void>;
}

/** Output settings every ClickHouse session applies, so results parse the same everywhere. */
export const outputSettings: Record<string, string | number> = {
  output_format_json_quote_64bit_integers: 0,
  output_format_json_quote_denormals: 1,
  output_format_json_quote_decimals: 0,
  date_time_output_format: "iso",
  // 26.x joins with the SQL standard's semantics; NULL keys stay NULL rather than defaults.
  join_use_nulls: 1,
};
