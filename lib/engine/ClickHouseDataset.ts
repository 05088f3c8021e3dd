import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ColumnTable } from "arquero";
import { Dataset, type DatasetColumn, type ScanOptions } from "../dataset/Dataset.js";
import type { DatasetDefinition } from "../dataset/DatasetDefinition.js";
import { DatasetError } from "../dataset/DatasetError.js";
import { DuckDbDataset } from "../dataset/DuckDbDataset.js";
import { kitValue, queryColumns, type QueryColumns } from "../dataset/QueryColumns.js";
import { kitColumns, type KitTableName } from "../dataset/kitTables.js";
import { clickHouseDialect } from "./clickHouseDialect.js";
import type { ClickHouseResult, ClickHouseSession } from "./ClickHouseSession.js";
import { columnValues, resultColumns } from "./clickHouseValues.js";
import { clickHouseServerOptions } from "./clickHouseServerOptions.js";
import { EngineError } from "./EngineError.js";

let databases = 0;

/**
 * A {@link Dataset} on ClickHouse: `chdb` (ClickHouse embedded in the process) over the
 * definition's local files, or `clickhouse` (a server or cluster) over tables the server already
 * holds. With chdb, each kit table is read and checked once by the embedded DuckDB reader (same
 * encodings, mappings and messages) and handed over as Parquet into a MergeTree table numbered
 * by `tns_row`; on a server, each kit table is the definition's `sql` with the kit's names and
 * types (and a `tns_row`: see `kitSelect`), expanded into every query that names it, so rows
 * never leave the cluster. Queries return the same JS values as on DuckDB.
 * @example const ds = await ClickHouseDataset.create({ ...definition, engine: "chdb" });
 */
export class ClickHouseDataset extends Dataset {
  readonly engine: "chdb" | "clickhouse";
  readonly dialect = clickHouseDialect;
  private readonly session: ClickHouseSession;
  private readonly workDir: string;
  /** The kit tables of a server dataset, as SQL over the server's own tables. */
  private readonly views = new Map<string, string>();
  /** The DuckDB reader of a chdb dataset's local files, opened on first use. */
  private reader?: Promise<DuckDbDataset>;
  private closed = false;

  private constructor(
    definition: DatasetDefinition,
    engine: "chdb" | "clickhouse",
    session: ClickHouseSession,
    workDir: string,
  ) {
    super(definition);
    this.engine = engine;
    this.session = session;
    this.workDir = workDir;
  }

  /** Opens the engine a definition names (see `openDataset`). */
  static async create(
    definition: DatasetDefinition,
    options: { memoryLimit?: string } = {},
  ): Promise<ClickHouseDataset> {
    const engine = definition.engine === "clickhouse" ? "clickhouse" : "chdb";
    const workDir = mkdtempSync(join(tmpdir(), "tns-clickhouse-"));
    let session: ClickHouseSession;
    try {
      if (engine === "chdb") {
        const { chdbSession } = await import("./chdbSession.js");
        session = await chdbSession(`tns_${process.pid}_${++databases}`);
        await session.run(`SET session_timezone = ${clickHouseDialect.literal(definition.zone)}`);
        if (options.memoryLimit)
          await session.run(
            `SET max_memory_usage = ${clickHouseDialect.literal(options.memoryLimit)}`,
          );
      } else {
        const { clickHouseServerSession } = await import("./clickHouseServerSession.js");
        session = await clickHouseServerSession(clickHouseServerOptions(definition));
      }
    } catch (error) {
      rmSync(workDir, { recursive: true, force: true });
      throw error;
    }
    return new ClickHouseDataset(definition, engine, session, workDir);
  }

  async describe(relation: string): Promise<DatasetColumn[]> {
    const result = await this.run(`SELECT * FROM ${relation} LIMIT 0`);
    return resultColumns(result.meta).filter((c) => c.name !== "tns_row");
  }

  async query(text: string): Promise<ColumnTable> {
    const result = await this.run(text);
    const { columnsToTable } = await import("../dataset/duckDbValues.js");
    return columnsToTable(...toColumns(result));
  }

  async queryColumns(text: string): Promise<QueryColumns> {
    return queryColumns(...toColumns(await this.run(text)));
  }

  async *scan(text: string, options: ScanOptions = {}): AsyncGenerator<ColumnTable> {
    const { chunkRows = 100_000 } = options;
    await this.loadReferenced(text);
    const { columnsToTable } = await import("../dataset/duckDbValues.js");
    let pending: ClickHouseResult | undefined;
    try {
      for await (const chunk of this.session.stream(this.expand(text))) {
        pending = pending ? { meta: chunk.meta, rows: pending.rows.concat(chunk.rows) } : chunk;
        while (pending.rows.length >= chunkRows) {
          const head = { meta: pending.meta, rows: pending.rows.slice(0, chunkRows) };
          pending = { meta: pending.meta, rows: pending.rows.slice(chunkRows) };
          yield columnsToTable(...toColumns(head));
        }
      }
    } catch (error) {
      throw this.queryError(error);
    }
    if (pending?.rows.length) yield columnsToTable(...toColumns(pending));
  }

  async attachFile(
    name: string,
    path: string,
    options: { encoding?: string; materialize?: boolean } = {},
  ): Promise<void> {
    if (this.engine === "clickhouse")
      throw new EngineError(
        `engine clickhouse: --data ${path} is a local file and the server reads its own tables; use --engine chdb (or duckdb) for a local file, or load it into the server and name it in the tns.yaml`,
      );
    const reader = await this.duckDbReader();
    await reader.attachFile(name, path, options);
    this.read.push(...reader.sources.filter((s) => (s.table as string) === name));
    await this.copyFromReader(name, name);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    void this.session.close().catch(() => undefined);
    void this.reader?.then((r) => r.close()).catch(() => undefined);
    rmSync(this.workDir, { recursive: true, force: true });
  }

  protected async materialize(name: KitTableName): Promise<void> {
    const source = this.definition.tables[name]!;
    if (this.engine === "chdb") {
      const reader = await this.duckDbReader();
      await reader.load(name);
      this.read.push(...reader.sources.filter((s) => s.table === name));
      await this.copyFromReader(name, name);
      return;
    }
    if (source.sql === undefined)
      throw new DatasetError(
        `${this.definition.file}: tables.${name} has a path, but engine clickhouse reads the server's own tables; write tables.${name}.sql: SELECT … FROM <database>.<table> (or use engine: chdb for local files)`,
      );
    this.read.push({ table: name, files: [], sql: source.sql });
    const raw = `(${source.sql})`;
    let columns: DatasetColumn[];
    try {
      columns = resultColumns((await this.session.query(`SELECT * FROM ${raw} LIMIT 0`)).meta);
    } catch (error) {
      throw new DatasetError(
        `${this.definition.file}: tables.${name}.sql does not run on ${this.definition.clickhouse?.url}: ${(error as Error).message.split("\n")[0]}; fix the query`,
      );
    }
    this.views.set(name, `(SELECT ${this.kitSelect(name, columns).join(", ")} FROM ${raw})`);
  }

  /** The DuckDB reader that reads and checks a chdb dataset's local files. */
  private duckDbReader(): Promise<DuckDbDataset> {
    this.reader ??= DuckDbDataset.create(this.definition, { engine: "duckdb" });
    return this.reader;
  }

  /** Copies a relation the DuckDB reader has loaded into a MergeTree table in row order. */
  private async copyFromReader(relation: string, table: string): Promise<void> {
    const reader = await this.duckDbReader();
    const file = join(this.workDir, `${table}.parquet`);
    await reader.exportParquet(clickHouseDialect.ident(relation), file);
    const t = clickHouseDialect.ident(table);
    try {
      await this.session.run(`DROP TABLE IF EXISTS ${t}`);
      await this.session.run(
        `CREATE TABLE ${t} ENGINE = MergeTree ORDER BY tns_row SETTINGS allow_nullable_key = 1 AS SELECT * FROM file(${clickHouseDialect.literal(file)}, Parquet)`,
      );
    } catch (error) {
      throw this.queryError(error);
    } finally {
      rmSync(file, { force: true });
    }
  }

  /** The SELECT list giving a server table the kit's column names and types. */
  private kitSelect(name: KitTableName, columns: DatasetColumn[]): string[] {
    const { ident } = clickHouseDialect;
    const source = this.definition.tables[name]!;
    const names = columns.map((c) => c.name);
    const mapped = new Set(Object.values(source.columns));
    const select: string[] = [];
    const order: string[] = [];
    for (const [kitName, column] of Object.entries(kitColumns(name))) {
      const from =
        source.columns[kitName] ??
        (names.includes(kitName) && !mapped.has(kitName) ? kitName : undefined);
      if (from !== undefined && !names.includes(from))
        throw new DatasetError(
          `${this.definition.file}: tables.${name}.columns.${kitName}: the query has no column ${from} (it has ${names.join(", ")}); map an existing column`,
        );
      if (from === undefined && column.required)
        throw new DatasetError(
          `${this.definition.file}: tables.${name} needs ${kitName} (${column.meaning}); map it under tables.${name}.columns`,
        );
      const type = TYPES[column.kind];
      if (from !== undefined) order.push(ident(from));
      select.push(
        from === undefined
          ? `CAST(NULL AS Nullable(${type})) AS ${ident(kitName)}`
          : `CAST(${ident(from)} AS Nullable(${type})) AS ${ident(kitName)}`,
      );
    }
    for (const c of names)
      if (!mapped.has(c) && !Object.hasOwn(kitColumns(name), c) && c !== "tns_row")
        select.push(ident(c));
    // A server table has no file order: the query's own tns_row gives one (an ingestion sequence,
    // say); otherwise rows are numbered in the order of their kit columns, a sort the server
    // makes only in the queries that read the order (examples, first rows, ties).
    select.push(
      names.includes("tns_row")
        ? `toInt64(${ident("tns_row")}) AS tns_row`
        : `toInt64(row_number() OVER (ORDER BY ${order.join(", ")}) - 1) AS tns_row`,
    );
    return select;
  }

  /**
   * A server query with the kit tables it names spelt out as WITH clauses (in a statement, on its
   * query: `CREATE … AS WITH …`, `INSERT INTO … SELECT`; never in the rows of `INSERT … VALUES`).
   */
  private expand(text: string): string {
    if (this.views.size === 0 || VALUES.test(text)) return text;
    const used = [...this.views].filter(([t]) => new RegExp(`\\b${t}\\b`, "i").test(text));
    if (used.length === 0) return text;
    const ctes = used.map(([t, sql]) => `${clickHouseDialect.ident(t)} AS ${sql}`).join(", ");
    const at = STATEMENT.test(text) ? text.search(/\b(WITH|SELECT)\b/i) : 0;
    if (at < 0) return text;
    const [head, query] = [text.slice(0, at), text.slice(at)];
    const own = /^\s*WITH\s/i.exec(query);
    return own
      ? `${head}WITH ${ctes}, ${query.slice(own[0].length)}`
      : `${head}WITH ${ctes} ${query}`;
  }

  private async run(text: string): Promise<ClickHouseResult> {
    await this.loadReferenced(text);
    try {
      // A server's client appends FORMAT to a query, which INSERT … VALUES would read as its
      // input: statements go as commands and answer nothing.
      if (STATEMENT.test(text)) {
        await this.session.run(this.expand(text));
        return { meta: [], rows: [] };
      }
      return await this.session.query(this.expand(text));
    } catch (error) {
      throw this.queryError(error);
    }
  }
}

/** Statements that change tables or settings and return no rows. */
const STATEMENT = /^\s*(CREATE|INSERT|DROP|ALTER|TRUNCATE|RENAME|SET)\b/i;
const VALUES = /^\s*INSERT\s+INTO\s+[^\s(]+\s*(\([^)]*\)\s*)?VALUES\b/i;

const TYPES = {
  string: "String",
  number: "Float64",
  integer: "Int64",
  boolean: "Bool",
  timestamp: "DateTime64(6, 'UTC')",
};

/** A result's column names and JS column arrays (64-bit integers as numbers, times as Dates). */
function toColumns(result: ClickHouseResult): [string[], unknown[][]] {
  const names = result.meta.map((m) => m.name);
  const columns = result.meta.map((m, k) =>
    columnValues(
      m.type,
      result.rows.map((row) => kitValue(row[k])),
    ),
  );
  return [names, columns];
}
