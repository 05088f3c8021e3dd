import { existsSync } from "node:fs";
import { join } from "node:path";
import { openDataset } from "../dataset/openDataset.js";
import type { KitTableName } from "../dataset/kitTables.js";
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
 * - `extraColumns`, `zone`: as for {@link loadCsv} (defaults "keep", `DEFAULT_ZONE`).
 */
export interface LoadDatasetOptions<K extends SampleTableName> extends LoadOptions {
  tables?: readonly K[];
}

/**
 * Loads the kit's tables as arquero tables: from a dataset definition (a `tns.yaml`, or a folder
 * holding one) through the engine, with the dataset's mapping, encodings and zone; otherwise from a
 * folder of the sample's CSV files (sellers.csv, listings.csv, …) with {@link sampleSchemas}.
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
  if (/\.ya?ml$/i.test(dataDir) || existsSync(join(dataDir, "tns.yaml"))) {
    // A dataset definition: the tables come through the engine, mapped onto the kit's names.
    const ds = await openDataset(dataDir);
    try {
      const loaded: Record<string, ColumnTable> = {};
      for (const name of tables)
        loaded[name] = await ds.table(sampleSchemas[name].name as KitTableName);
      return loaded as Pick<Dataset, K>;
    } finally {
      ds.close();
    }
  }
  const loaded = await Promise.all(
    tables.map((name) => {
      const schema = sampleSchemas[name];
      return loadCsv(join(dataDir, `${schema.name}.csv`), schema, loadOptions);
    }),
  );
  return Object.fromEntries(tables.map((name, i) => [name, loaded[i]])) as Pick<Dataset, K>;
}
