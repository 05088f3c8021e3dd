import type { ColumnTable } from "arquero";
import type { EngineName } from "../engine/EngineName.js";
import type { SqlDialect } from "../engine/SqlDialect.js";
import type { DatasetDefinition } from "./DatasetDefinition.js";
import { DatasetError } from "./DatasetError.js";
import type { QueryColumns } from "./QueryColumns.js";
import { kitTableNames, type KitTableName } from "./kitTables.js";
import { sqlTemplateIn } from "./sqlTemplate.js";
import * as msg from "./messages.js";

/** What a dataset read for one table: its files (with sizes) or its SQL. */
export interface DatasetSource {
  table: KitTableName;
  files: { path: string; bytes: number }[];
  sql?: string;
}

/**
 * One column of a loaded kit table or query. `type` is spelt as DuckDB spells it (VARCHAR,
 * DOUBLE, BIGINT, BOOLEAN, TIMESTAMP WITH TIME ZONE) whatever the engine, so callers test one
 * vocabulary.
 */
export interface DatasetColumn {
  name: string;
  type: string;
}

/** Options for {@link Dataset.scan}. */
export interface ScanOptions {
  /** Rows per chunk handed to the caller. Default 100,000. */
  chunkRows?: number;
}

/**
 * A dataset definition opened on an engine (embedded DuckDB, embedded ClickHouse or a ClickHouse
 * server): each kit table is read from its sources once, on first use, with kit column names and
 * kinds; queries return arquero tables with JS types (numbers, `Date`s, booleans), and `scan`
 * streams big results in bounded chunks. Rows stay in the engine; only what a query returns comes
 * back. SQL a caller writes for several engines goes through {@link Dataset.dialect}. Close it
 * when done.
 * @example const ds = await openDataset("data/tns.yaml"); const t = await ds.sql`SELECT count(*) AS n FROM listings`;
 */
export abstract class Dataset {
  readonly definition: DatasetDefinition;
  /** Where the heavy work runs; `in-process` reads through DuckDB and computes in JavaScript. */
  abstract readonly engine: EngineName;
  /** How this engine spells what SQL engines disagree on (regexes, casts, counts, row order). */
  abstract readonly dialect: SqlDialect;
  protected readonly read: DatasetSource[] = [];
  private readonly loaded = new Map<KitTableName, Promise<void>>();

  protected constructor(definition: DatasetDefinition) {
    this.definition = definition;
  }

  /** The kit tables the definition supplies, in the kit's order. */
  get tables(): KitTableName[] {
    return kitTableNames.filter((name) => this.definition.tables[name] !== undefined);
  }

  /** Whether the definition supplies a kit table. */
  has(table: KitTableName): boolean {
    return this.definition.tables[table] !== undefined;
  }

  /**
   * One line saying what a missing table turns off, or undefined when the table is there.
   * @example ds.missing("audits", "recall is not estimated") // "no audits table in the dataset: recall is not estimated"
   */
  missing(table: KitTableName, what: string): string | undefined {
    return this.has(table) ? undefined : msg.tableAbsent(table, what);
  }

  /** The files and SQL read so far, per table (provenance for manifests and report headers). */
  get sources(): readonly DatasetSource[] {
    return this.read;
  }

  /** Reads kit tables into the engine now (each once); later queries find them loaded. */
  async load(...tables: KitTableName[]): Promise<void> {
    await Promise.all(tables.map((t) => this.loadTable(t)));
  }

  /** The columns of a kit table with their types (loading it if needed). */
  async columns(table: KitTableName): Promise<DatasetColumn[]> {
    await this.loadTable(table);
    return this.describe(this.dialect.ident(table));
  }

  /**
   * The columns (name and type, spelt as DuckDB does) of any relation over the dataset's tables,
   * without reading its rows.
   * @example await ds.describe("(SELECT title FROM listings)")
   */
  abstract describe(relation: string): Promise<DatasetColumn[]>;

  /**
   * Runs a query over the kit tables (loading those it names) and returns an arquero table.
   * @example await ds.query("SELECT category, count(*) AS n FROM listings GROUP BY ALL")
   */
  abstract query(text: string): Promise<ColumnTable>;

  /**
   * Runs a query over the kit tables and returns its columns as plain arrays, without arquero: for
   * hot paths that only read columns (`tns metrics` reads per-score counts this way).
   * @example (await ds.queryColumns("SELECT count(*) AS n FROM listings")).array("n") // [20000]
   */
  abstract queryColumns(text: string): Promise<QueryColumns>;

  /**
   * A tagged-template query: interpolated values become SQL literals, never raw text.
   * @example await ds.sql`SELECT * FROM listings WHERE category = ${category} LIMIT 10`
   */
  readonly sql = (strings: TemplateStringsArray, ...values: unknown[]): Promise<ColumnTable> =>
    this.query(sqlTemplateIn(this.dialect, strings, ...values));

  /**
   * Streams a query's result as arquero tables of at most `chunkRows` rows, so a scan of any size
   * holds one chunk at a time in JavaScript.
   * @example for await (const chunk of ds.scan("SELECT title FROM listings")) count += chunk.numRows();
   */
  abstract scan(text: string, options?: ScanOptions): AsyncGenerator<ColumnTable>;

  /**
   * A whole kit table (or some of its columns) as an arquero table: for the small tables (reviews,
   * appeals, audits); scan or aggregate the big ones.
   * @example const reviews = await ds.table("reviews", ["listing_id", "decision"]);
   */
  async table(name: KitTableName, columns?: readonly string[]): Promise<ColumnTable> {
    const { ident } = this.dialect;
    const list = columns?.length ? columns.map(ident).join(", ") : "*";
    return this.query(`SELECT ${list} FROM ${ident(name)}`);
  }

  /**
   * Registers one file (csv, tsv, parquet, jsonl; any encoding) as `name` with its own column names
   * and sniffed types, for commands given a plain `--data <file>`: a view that each query scans
   * (one pass for a command that asks once), or with `materialize` a table read once.
   * @example await ds.attachFile("scores", "exports/scores.csv", { encoding: "cp949" });
   */
  abstract attachFile(
    name: string,
    path: string,
    options?: { encoding?: string; materialize?: boolean },
  ): Promise<void>;

  /** Closes the engine and removes its temporary files. */
  abstract close(): void;

  /** Reads one kit table from its sources into the engine (called once per table). */
  protected abstract materialize(name: KitTableName): Promise<void>;

  /** Loads the kit tables a query names. */
  protected async loadReferenced(text: string): Promise<void> {
    const names = this.tables.filter((t) => new RegExp(`\\b${t}\\b`, "i").test(text));
    await this.load(...names);
  }

  protected loadTable(name: KitTableName): Promise<void> {
    if (!this.definition.tables[name])
      throw new DatasetError(
        msg.tableAbsent(name, `add tables.${name} to ${this.definition.file}`),
      );
    let loading = this.loaded.get(name);
    if (!loading) {
      loading = this.materialize(name);
      this.loaded.set(name, loading);
    }
    return loading;
  }

  protected queryError(error: unknown): Error {
    if (error instanceof DatasetError) return error;
    return new DatasetError(msg.queryFailed((error as Error).message.split("\n")[0]), {
      cause: error,
    });
  }
}

/**
 * The environment variable holding DuckDB's memory limit for datasets opened without one (`tns
 * report` gives each notebook worker its share of the run's budget this way), e.g. `"280MB"`.
 */
export const engineMemoryVariable = "TNS_ENGINE_MEMORY";

/**
 * The environment variable naming a folder where the notebooks of one report run share their
 * loaded tables (`tns report` sets it for its workers and removes the folder when done).
 */
export const tableCacheVariable = "TNS_DATASET_CACHE";

/**
 * The environment variable that overrides every dataset's engine (`--engine` sets it, so the
 * notebooks a report runs use the engine asked for), e.g. `"chdb"`.
 */
export const engineOverrideVariable = "TNS_ENGINE";
