import type { EngineName } from "../engine/EngineName.js";
import type { KitTableName } from "./kitTables.js";

/** How numbers written as text are read: plain digits only, or with separators and units. */
export type NumberStyleName = "plain" | "lenient";

/** A file format a table source can have; taken from the extension unless given. */
export type SourceFormatName = "csv" | "tsv" | "parquet" | "jsonl";

/**
 * Where one kit table comes from: `path` (a file or glob relative to the definition, .csv .tsv
 * .csv.gz .parquet .jsonl) or `sql` (a query over the engine's own readers), plus the column
 * mapping (`kit column: your column`), the text encoding (default utf-8) and options.
 */
export interface TableSource {
  path?: string;
  sql?: string;
  columns: Record<string, string>;
  encoding: string;
  format?: SourceFormatName;
  delimiter?: string;
  numbers: NumberStyleName;
}

/**
 * A dataset definition (`tns.yaml`) with every path resolved against its folder: the zone for
 * naive timestamps, the tables present, and the rules, lists, KPIs and incidents that go with them.
 */
export interface DatasetDefinition {
  /** The definition file (or "(inline)"). */
  file: string;
  /** The folder relative paths are resolved against. */
  dir: string;
  zone: string;
  /** Where the heavy work runs (default duckdb). */
  engine: EngineName;
  /** Where a ClickHouse server is (engine clickhouse): credentials come from the variables named. */
  clickhouse?: ClickHouseServerDefinition;
  tables: Partial<Record<KitTableName, TableSource>>;
  lists?: string;
  rules?: string;
  kpis?: string;
  incidents?: string;
  /** A rule file of candidate rules to backtest against `rules` (optional). */
  candidates?: string;
  /** Display name, default the folder's name. */
  name: string;
}

/**
 * The `clickhouse` block of a tns.yaml: the server's HTTP(S) url, the database holding the tables,
 * and the names of the environment variables holding the user and password (never the secrets).
 */
export interface ClickHouseServerDefinition {
  url: string;
  database: string;
  userVariable?: string;
  passwordVariable?: string;
}
