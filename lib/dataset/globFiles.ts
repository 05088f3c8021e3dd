import type { DuckDBConnection } from "@duckdb/node-api";
import { literal } from "./sqlText.js";

/**
 * The files a path or glob names (`*`, `?`, `[…]`, `**`), sorted, as DuckDB's own `glob` expands
 * it: the files a table source reads are exactly the files its provenance lists.
 * @example await globFiles(connection, "/d/exports/items_*.parquet") // ["/d/exports/items_2026-08.parquet", …]
 */
export async function globFiles(connection: DuckDBConnection, pattern: string): Promise<string[]> {
  const globbed = await connection.runAndReadAll(
    `SELECT file FROM glob(${literal(pattern)}) ORDER BY file`,
  );
  return (globbed.getColumnsJS()[0] ?? []) as string[];
}
