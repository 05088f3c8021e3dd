import { extname } from "node:path";
import type { ColumnTable } from "arquero";
import type { TableSchema } from "./TableSchema.js";
import type { LoadOptions } from "./LoadOptions.js";
import { DataLoadError } from "./DataLoadError.js";
import { loadCsv } from "./loadCsv.js";
import { loadJsonl } from "./loadJsonl.js";
import { loadParquet } from "./loadParquet.js";
import * as msg from "./messages.js";

const loaders: Record<string, typeof loadCsv> = {
  ".csv": loadCsv,
  ".jsonl": loadJsonl,
  ".ndjson": loadJsonl,
  ".parquet": loadParquet,
};

/**
 * Loads a .csv, .jsonl/.ndjson or .parquet file (chosen by extension, any case) with the matching
 * loader; options are those of {@link loadCsv} (`extraColumns` default "keep", `zone` default
 * `DEFAULT_ZONE`).
 * @example const flags = await loadTable("data/flags.csv", sampleSchemas.flags);
 */
export async function loadTable(
  path: string,
  schema: TableSchema,
  options: LoadOptions = {},
): Promise<ColumnTable> {
  const load = loaders[extname(path).toLowerCase()];
  if (!load) throw new DataLoadError(msg.unsupportedExtension(path), { file: path });
  return load(path, schema, options);
}
