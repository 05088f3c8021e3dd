import { join } from "node:path";
import type { ColumnTable } from "arquero";
import type { LoadOptions } from "./LoadOptions.js";
import { loadCsv } from "./loadCsv.js";
import { sampleSchemas, type SampleTableName } from "./sampleSchemas.js";
import * as msg from "./messages.js";

/** The sample tables as arquero tables, keyed like {@link sampleSchemas}. */
export type Dataset = Record<SampleTableName, ColumnTable>;

/**
 * Options for {@link loadDataset}.
 * - `tables`: which tables to load (default all seven).
 * - `extraColumns`, `zone`: as for {@link loadCsv} (defaults "keep", "Asia/Seoul").
 */
export interface LoadDatasetOptions<K extends SampleTableName> extends LoadOptions {
  tables?: readonly K[];
}

/**
 * Loads the kit's sample tables from `dataDir` (sellers.csv, listings.csv, model_scores.csv,
 * flags.csv, reviews.csv, audits.csv, appeals.csv) with {@link sampleSchemas}, in parallel.
 * @example const { listings, flags } = await loadDataset("data", { tables: ["listings", "flags"] });
 */
export async function loadDataset<K extends SampleTableName = SampleTableName>(
  dataDir: string,
  options: LoadDatasetOptions<K> = {},
): Promise<Pick<Dataset, K>> {
  const known = Object.keys(sampleSchemas) as SampleTableName[];
  const { tables = known as K[], ...loadOptions } = options;
  for (const name of tables) {
    if (!known.includes(name)) throw new RangeError(msg.unknownTable(String(name), known));
  }
  const loaded = await Promise.all(
    tables.map((name) => {
      const schema = sampleSchemas[name];
      return loadCsv(join(dataDir, `${schema.name}.csv`), schema, loadOptions);
    }),
  );
  return Object.fromEntries(tables.map((name, i) => [name, loaded[i]])) as Pick<Dataset, K>;
}
