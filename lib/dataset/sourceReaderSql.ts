import type { SourceFormatName, TableSource } from "./DatasetDefinition.js";
import { literal, literalList } from "./sqlText.js";

/** The format of a source file from its extension (`.csv.gz` is csv), or undefined. */
export function sourceFormat(path: string): SourceFormatName | undefined {
  const name = path.toLowerCase().replace(/\.(gz|zst)$/, "");
  if (name.endsWith(".csv") || name.endsWith(".txt")) return "csv";
  if (name.endsWith(".tsv") || name.endsWith(".tab")) return "tsv";
  if (name.endsWith(".parquet") || name.endsWith(".pq")) return "parquet";
  if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) return "jsonl";
  return undefined;
}

/**
 * The DuckDB table function that reads a table source's files: `read_csv` (header row, types
 * sniffed, columns matched by name across files), `read_parquet` or `read_json` (one object per
 * line). Files are absolute paths already decoded to UTF-8.
 * @example sourceReaderSql(["/d/items.csv"], "csv", source) // "read_csv(['/d/items.csv'], header = true, …)"
 */
export function sourceReaderSql(
  files: readonly string[],
  format: SourceFormatName,
  source: TableSource,
): string {
  const list = literalList(files);
  if (format === "parquet") return `read_parquet(${list}, union_by_name = true)`;
  // DuckDB's JSON sniffer turns "…T05:11:03+09:00" into a naive TIMESTAMP in UTC, which the kit's
  // cast would then read in the dataset's zone (9 hours off in Seoul). With timestampformat 'iso'
  // such text stays VARCHAR, and the cast to TIMESTAMPTZ honours the offset (or the zone if none).
  if (format === "jsonl")
    return `read_json(${list}, format = 'newline_delimited', union_by_name = true, timestampformat = 'iso')`;
  const delimiter = source.delimiter ?? (format === "tsv" ? "\t" : ",");
  return `read_csv(${list}, header = true, delim = ${literal(delimiter)}, quote = '"', escape = '"', union_by_name = true)`;
}
