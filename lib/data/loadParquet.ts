import { DuckDBInstance, DuckDBTypeId } from "@duckdb/node-api";
import type { ColumnTable } from "arquero";
import type { TableSchema } from "./TableSchema.js";
import type { LoadOptions } from "./LoadOptions.js";
import { DataLoadError } from "./DataLoadError.js";
import { columnTable } from "./columnTable.js";
import { checkDataFile } from "./checkDataFile.js";
import { INVALID } from "./cellParser.js";
import { jsValueParser } from "./jsValueParser.js";
import { resolveColumns } from "./resolveColumns.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

// DuckDB hands these back as wall-clock time labelled UTC; they are re-read in the column's zone.
const NAIVE_TYPES = new Set<DuckDBTypeId>([
  DuckDBTypeId.TIMESTAMP,
  DuckDBTypeId.TIMESTAMP_S,
  DuckDBTypeId.TIMESTAMP_MS,
  DuckDBTypeId.TIMESTAMP_NS,
  DuckDBTypeId.DATE,
]);

/**
 * Loads a Parquet file into an arquero table through an in-memory DuckDB, then checks and
 * converts the declared columns like the CSV loader: string values follow the text rules, typed
 * values must match (BIGINT becomes a number, a naive TIMESTAMP is read in the column's zone).
 * Throws {@link DataLoadError} naming the file, row (1-based) and column of the first problem.
 * - `extraColumns`: "keep" (default, DuckDB JS values as-is), "drop" or "error".
 * - `zone`: zone for naive timestamps (default `DEFAULT_ZONE`).
 * @example const scores = await loadParquet("data/model_scores.parquet", sampleSchemas.modelScores);
 */
export async function loadParquet(
  path: string,
  schema: TableSchema,
  options: LoadOptions = {},
): Promise<ColumnTable> {
  await checkDataFile(path, "a Parquet file");
  const zone = options.zone ?? DEFAULT_ZONE;
  const { names, typeIds, source, rowCount } = await readParquet(path);
  const plan = resolveColumns(path, schema, names, options, (spec, index) =>
    jsValueParser(spec, zone, { naiveDates: NAIVE_TYPES.has(typeIds[index]) }),
  );
  const entries: [string, unknown[]][] = plan.columns.map(
    ({ name, index, spec, nullable, parse }) => {
      const raw = source[index];
      if (!parse) return [name, raw];
      const values = new Array<unknown>(raw.length);
      for (let i = 0; i < raw.length; i++) {
        const value = raw[i] === null || raw[i] === "" ? null : parse(raw[i]);
        if (value === INVALID || (value === null && !nullable)) {
          const at = { file: path, row: i + 1, column: name, value: raw[i] };
          throw new DataLoadError(
            value === null ? msg.nullNotAllowed(at) : msg.invalidValue(at, spec!.type, raw[i]),
            at,
          );
        }
        values[i] = value;
      }
      return [name, values];
    },
  );
  for (const name of plan.absent) entries.push([name, new Array(rowCount).fill(null)]);
  return columnTable(entries, path);
}

async function readParquet(path: string) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const sql = `SELECT * FROM read_parquet('${path.replaceAll("'", "''")}')`;
    const reader = await connection.runAndReadAll(sql);
    return {
      names: reader.columnNames(),
      typeIds: reader.columnTypes().map((type) => type.typeId),
      source: reader.getColumnsJS() as unknown[][],
      rowCount: reader.currentRowCount,
    };
  } catch (error) {
    throw new DataLoadError(
      msg.parquetUnreadable(path, (error as Error).message.split("\n")[0]),
      { file: path },
      { cause: error },
    );
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
