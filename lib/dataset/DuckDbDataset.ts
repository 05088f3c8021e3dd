import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { DuckDBInstance, JSDuckDBValueConverter, type DuckDBConnection } from "@duckdb/node-api";
import type { ColumnTable } from "arquero";
import { closestName } from "../data/closestName.js";
import { duckDbDialect } from "../engine/duckDbDialect.js";
import {
  Dataset,
  engineMemoryVariable,
  tableCacheVariable,
  type DatasetColumn,
  type ScanOptions,
} from "./Dataset.js";
import type { DatasetDefinition, SourceFormatName, TableSource } from "./DatasetDefinition.js";
import { DatasetError } from "./DatasetError.js";
import { queryColumns, type QueryColumns } from "./QueryColumns.js";
import { globFiles } from "./globFiles.js";
import { kitColumnSql, kitMacrosSql } from "./kitColumnSql.js";
import { kitColumns, type KitTableName } from "./kitTables.js";
import { sourceFormat, sourceReaderSql } from "./sourceReaderSql.js";
import { ident, literal } from "./sqlText.js";
import { transcodeToUtf8 } from "./transcodeToUtf8.js";
import { translateDuckDbError } from "./translateDuckDbError.js";
import * as msg from "./messages.js";

/**
 * A {@link Dataset} on an embedded DuckDB (engine `duckdb`, and `in-process`, which reads through
 * it): tables are read into a work folder's database, spilled there beyond the memory limit, and
 * shared between the notebooks of one report run through a table cache.
 * @example const ds = await DuckDbDataset.create(definition);
 */
export class DuckDbDataset extends Dataset {
  readonly engine: "duckdb" | "in-process";
  readonly dialect = duckDbDialect;
  private readonly connection: DuckDBConnection;
  private readonly instance: DuckDBInstance;
  private readonly workDir: string;
  /** The report run's shared table cache (TNS_DATASET_CACHE), if any. */
  private readonly cacheDir = process.env[tableCacheVariable] || undefined;
  /** Schemas of the attached cache files, in the order attached. */
  private readonly attached: string[] = [];
  private closed = false;

  /** Use {@link openDataset}. */
  constructor(
    definition: DatasetDefinition,
    instance: DuckDBInstance,
    connection: DuckDBConnection,
    workDir: string,
    engine: "duckdb" | "in-process" = "duckdb",
  ) {
    super(definition);
    this.engine = engine;
    this.instance = instance;
    this.connection = connection;
    this.workDir = workDir;
  }

  /** Opens the engine for a definition (see {@link openDataset}). */
  static async create(
    definition: DatasetDefinition,
    options: { memoryLimit?: string; engine?: "duckdb" | "in-process" } = {},
  ): Promise<DuckDbDataset> {
    const workDir = mkdtempSync(join(tmpdir(), "tns-dataset-"));
    const instance = await DuckDBInstance.create(join(workDir, "engine.duckdb"), {
      memory_limit: options.memoryLimit ?? process.env[engineMemoryVariable] ?? "512MB",
      temp_directory: join(workDir, "spill"),
      preserve_insertion_order: "true",
    });
    const connection = await instance.connect();
    await connection.run(`SET TimeZone = ${literal(definition.zone)}`);
    await connection.run(`SET file_search_path = ${literal(definition.dir)}`);
    await connection.run(kitMacrosSql);
    const dataset = new DuckDbDataset(definition, instance, connection, workDir, options.engine);
    cleanupOnExit.add(dataset);
    return dataset;
  }

  async describe(relation: string): Promise<DatasetColumn[]> {
    const described = await this.queryColumns(`DESCRIBE SELECT * FROM ${relation}`);
    const names = described.array("column_name") as string[];
    const types = described.array("column_type") as string[];
    return names.map((name, i) => ({ name, type: types[i] }));
  }

  async query(text: string): Promise<ColumnTable> {
    await this.loadReferenced(text);
    try {
      const reader = await this.connection.runAndReadAll(text);
      const { columnsToTable } = await arqueroTables();
      return columnsToTable(reader.columnNames(), reader.getColumnsJS());
    } catch (error) {
      throw this.queryError(error);
    }
  }

  async queryColumns(text: string): Promise<QueryColumns> {
    await this.loadReferenced(text);
    try {
      const reader = await this.connection.runAndReadAll(text);
      return queryColumns(reader.columnNames(), reader.getColumnsJS());
    } catch (error) {
      throw this.queryError(error);
    }
  }

  async *scan(text: string, options: ScanOptions = {}): AsyncGenerator<ColumnTable> {
    const { chunkRows = 100_000 } = options;
    await this.loadReferenced(text);
    let result;
    try {
      result = await this.connection.stream(text);
    } catch (error) {
      throw this.queryError(error);
    }
    const names = result.columnNames();
    const { columnsToTable } = await arqueroTables();
    let columns: unknown[][] = names.map(() => []);
    let rows = 0;
    for (;;) {
      const chunk = await result.fetchChunk();
      if (!chunk || chunk.rowCount === 0) break;
      const values = chunk.convertColumns(JSDuckDBValueConverter) as unknown[][];
      for (let k = 0; k < names.length; k++) for (const v of values[k]) columns[k].push(v);
      rows += chunk.rowCount;
      if (rows >= chunkRows) {
        yield columnsToTable(names, columns);
        columns = names.map(() => []);
        rows = 0;
      }
    }
    if (rows > 0) yield columnsToTable(names, columns);
  }

  async attachFile(
    name: string,
    path: string,
    options: { encoding?: string; materialize?: boolean } = {},
  ): Promise<void> {
    const source: TableSource = {
      path,
      columns: {},
      encoding: (options.encoding ?? "utf-8").toLowerCase(),
      numbers: "plain",
    };
    const { reader, files } = await this.sourceReader(name, source);
    this.read.push({ table: name as KitTableName, files });
    const kind = options.materialize ? "TABLE" : "VIEW";
    try {
      await this.connection.run(
        `CREATE OR REPLACE ${kind} ${ident(name)} AS SELECT * FROM ${reader}`,
      );
    } catch (error) {
      throw translateDuckDbError(error, {
        definition: path,
        table: name,
        files: files.map((f) => f.path),
      });
    }
  }

  /**
   * Writes a relation over the loaded tables to a Parquet file, with a `tns_row` column numbering
   * the rows from 0 in their order, as `rowid` does (how chdb receives tables this engine has read and checked).
   * @example await ds.exportParquet("listings", "/tmp/listings.parquet");
   */
  async exportParquet(relation: string, path: string): Promise<void> {
    await this.loadReferenced(relation);
    try {
      await this.connection.run(
        `COPY (SELECT row_number() OVER () - 1 AS tns_row, * FROM ${relation}) TO ${literal(path)} (FORMAT parquet)`,
      );
    } catch (error) {
      throw this.queryError(error);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    cleanupOnExit.delete(this);
    try {
      this.connection.closeSync();
      this.instance.closeSync();
    } finally {
      rmSync(this.workDir, { recursive: true, force: true });
    }
  }

  protected async materialize(name: KitTableName): Promise<void> {
    const source = this.definition.tables[name]!;
    const found = await this.sourceFiles(name, source);
    this.read.push({ table: name, files: found.files, sql: source.sql });
    const cacheDir = this.cacheDir;
    if (!cacheDir) return this.build(name, source, found, ident(name));
    // A table cache shared by the notebooks of one report run: the first to need a table reads
    // its sources into its own database file; the others attach that file read-only.
    const key = tableCacheKey(this.definition, name, source, found.files);
    const path = join(cacheDir, `${name}-${key}.duckdb`);
    if (!existsSync(path)) {
      const building = `${path}.${process.pid}.tmp`;
      const alias = ident(`tns_build_${name}`);
      await this.connection.run(`ATTACH ${literal(building)} AS ${alias}`);
      try {
        await this.build(name, source, found, `${alias}.${ident(name)}`);
        await this.connection.run(`CHECKPOINT ${alias}`);
      } finally {
        await this.connection.run(`DETACH ${alias}`);
      }
      renameSync(building, path); // atomic: a reader sees no file or a whole one
    }
    // Attached read-only and found by name through the search path: a real table, rowid and all.
    const alias = `tns_cache_${name}`;
    await this.connection.run(`ATTACH ${literal(path)} AS ${ident(alias)} (READ_ONLY)`);
    this.attached.push(`${alias}.main`);
    const own = (
      await this.connection.runAndReadAll("SELECT current_database()")
    ).getRowsJS()[0][0];
    await this.connection.run(
      `SET search_path = ${literal([`${String(own)}.main`, ...this.attached].join(","))}`,
    );
  }

  private async build(
    name: KitTableName,
    source: TableSource,
    found: { paths: string[]; format?: SourceFormatName; files: { path: string; bytes: number }[] },
    target: string,
  ): Promise<void> {
    const file = this.definition.file;
    const { files } = found;
    const reader = await this.readerFor(name, source, found);
    let names: string[];
    let types: string[];
    try {
      const described = await this.connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`);
      [names, types] = described.getColumnsJS() as string[][];
    } catch (error) {
      throw translateDuckDbError(error, {
        definition: file,
        table: name,
        files: files.map((f) => f.path),
      });
    }
    const select = this.selectList(name, source, names, types);
    try {
      await this.connection.run(
        `CREATE TABLE ${target} AS SELECT ${select.map((s) => s.sql).join(", ")} FROM ${reader}`,
      );
    } catch (error) {
      const where = { definition: file, table: name, files: files.map((f) => f.path) };
      let bad: DatasetError | undefined;
      if (/Conversion Error|tns: not a/.test((error as Error).message)) {
        try {
          bad = await this.firstBadValue(name, source, reader, select, files[0]?.path ?? file);
        } catch {
          bad = undefined;
        }
      }
      throw bad ?? translateDuckDbError(error, where);
    }
  }

  private async sourceReader(name: string, source: TableSource) {
    const found = await this.sourceFiles(name, source);
    return { reader: await this.readerFor(name, source, found), files: found.files };
  }

  /** The files a source names (globs expanded, with sizes) and their format; nothing is read. */
  private async sourceFiles(name: string, source: TableSource) {
    const file = this.definition.file;
    const files: { path: string; bytes: number }[] = [];
    if (source.sql !== undefined) return { paths: [] as string[], format: undefined, files };
    const pattern = source.path!;
    const paths = await globFiles(this.connection, pattern);
    if (paths.length === 0) throw new DatasetError(msg.noFiles(file, name, pattern));
    const format = source.format ?? sourceFormat(paths[0]);
    if (!format) throw new DatasetError(msg.unsupportedSource(file, name, paths[0]));
    for (const path of paths) files.push({ path, bytes: statSync(path).size });
    return { paths, format, files };
  }

  /** The SQL that reads a source, after decoding files that are not UTF-8 into the work folder. */
  private async readerFor(
    name: string,
    source: TableSource,
    found: { paths: string[]; format?: SourceFormatName },
  ): Promise<string> {
    if (source.sql !== undefined) return `(${source.sql})`;
    const { paths, format } = found;
    let readPaths = paths;
    if (source.encoding !== "utf-8" && format !== "parquet") {
      readPaths = [];
      for (const [i, path] of paths.entries()) {
        const target = join(this.workDir, `${name}-${i}-${basename(path).replace(/\.gz$/i, "")}`);
        await transcodeToUtf8(path, target, source.encoding);
        readPaths.push(target);
      }
    }
    return sourceReaderSql(readPaths, format!, source);
  }

  private selectList(name: KitTableName, source: TableSource, names: string[], types: string[]) {
    const file = this.definition.file;
    const kit = kitColumns(name);
    for (const [kitName, column] of Object.entries(source.columns))
      if (!names.includes(column))
        throw new DatasetError(
          msg.missingSourceColumn(
            file,
            name,
            kitName,
            column,
            names,
            closestName(column, names, { maxDistance: 3 }),
          ),
        );
    const mappedSources = new Set(Object.values(source.columns));
    const select: { kit: string; source?: string; type?: string; sql: string }[] = [];
    for (const [kitName, column] of Object.entries(kit)) {
      const from =
        source.columns[kitName] ??
        (names.includes(kitName) && !mappedSources.has(kitName) ? kitName : undefined);
      if (from === undefined) {
        if (column.required)
          throw new DatasetError(
            msg.missingKitColumn(
              file,
              name,
              kitName,
              column.meaning,
              names,
              candidates(kitName, names),
            ),
          );
        select.push({
          kit: kitName,
          sql: `CAST(NULL AS ${SQL_TYPE[column.kind]}) AS ${ident(kitName)}`,
        });
        continue;
      }
      const type = types[names.indexOf(from)];
      select.push({
        kit: kitName,
        source: from,
        type,
        sql: `${kitColumnSql(from, type, column, source.numbers)} AS ${ident(kitName)}`,
      });
    }
    // Source columns the mapping does not use stay available under their own names (segments, filters).
    for (const column of names)
      if (!mappedSources.has(column) && !Object.hasOwn(kit, column))
        select.push({ kit: column, sql: ident(column) });
    return select;
  }

  private async firstBadValue(
    name: KitTableName,
    source: TableSource,
    reader: string,
    select: { kit: string; source?: string; type?: string }[],
    path: string,
  ): Promise<DatasetError | undefined> {
    const kit = kitColumns(name);
    for (const s of select) {
      const column = kit[s.kit];
      if (!column || !s.source || column.kind === "string") continue;
      const test = kitColumnSql(s.source, s.type!, column, source.numbers, false);
      const sql = `SELECT rn, CAST(${ident(s.source)} AS VARCHAR) AS v FROM (SELECT row_number() OVER () AS rn, * FROM ${reader}) WHERE ${ident(s.source)} IS NOT NULL AND trim(CAST(${ident(s.source)} AS VARCHAR)) <> '' AND ${test} IS NULL LIMIT 1`;
      const found = (await this.connection.runAndReadAll(sql)).getRowsJS();
      if (found.length)
        return new DatasetError(
          msg.badValue(
            path,
            Number(found[0][0]),
            s.kit,
            s.source,
            String(found[0][1]),
            column.kind,
          ),
        );
    }
    return undefined;
  }
}

/**
 * The arquero conversion, imported on first use: commands that only read columns (`tns metrics`)
 * never pay for loading arquero.
 */
const arqueroTables = () => import("./duckDbValues.js");

/** Identifies a loaded table: the definition, the table's source and mapping, and its files' sizes and times. */
function tableCacheKey(
  definition: DatasetDefinition,
  name: string,
  source: TableSource,
  files: readonly { path: string; bytes: number }[],
): string {
  const stamp = files.map((f) => [f.path, f.bytes, statSync(f.path).mtimeMs]);
  return createHash("sha256")
    .update(JSON.stringify([definition.file, definition.zone, name, source, stamp]))
    .digest("hex")
    .slice(0, 16);
}

const SQL_TYPE = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "BIGINT",
  boolean: "BOOLEAN",
  timestamp: "TIMESTAMPTZ",
};

function candidates(kitName: string, names: readonly string[]): string[] {
  const words = kitName.split("_").filter((w) => w.length > 2 && w !== "krw");
  const close = closestName(kitName, names, { maxDistance: 4 });
  const related = names.filter(
    (n) =>
      words.some((w) => n.toLowerCase().includes(w)) ||
      (kitName.endsWith("_id") && /id$/i.test(n)) ||
      (kitName.endsWith("_at") && /(_at|time|ts|date)$/i.test(n)),
  );
  return [...new Set([...(close ? [close] : []), ...related])].slice(0, 3);
}

const cleanupOnExit = new Set<DuckDbDataset>();
process.once("exit", () => {
  for (const dataset of cleanupOnExit) {
    try {
      dataset.close();
    } catch {
      // the process is ending; a temp folder left behind is removed by the OS
    }
  }
});
