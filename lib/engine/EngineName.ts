/**
 * Where a dataset's heavy work runs: `in-process` (rows read through the embedded DuckDB, every
 * statistic computed by the kit's own JavaScript), `duckdb` (the embedded DuckDB, the default),
 * `chdb` (ClickHouse embedded in the process, over local files) or `clickhouse` (a ClickHouse
 * server or cluster reached over HTTP).
 */
export type EngineName = "in-process" | "duckdb" | "chdb" | "clickhouse";

/** Every engine, in the order help texts list them. */
export const engineNames: readonly EngineName[] = ["in-process", "duckdb", "chdb", "clickhouse"];

/** Whether a text names an engine. */
export function isEngineName(value: unknown): value is EngineName {
  return typeof value === "string" && (engineNames as readonly string[]).includes(value);
}
