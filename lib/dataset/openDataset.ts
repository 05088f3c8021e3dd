import type { DatasetDefinition } from "./DatasetDefinition.js";
import { Dataset } from "./Dataset.js";

/** Options for {@link openDataset}. */
export interface OpenDatasetOptions {
  /** DuckDB's memory limit; beyond it the engine spills to a temporary folder. Default "1GB". */
  memoryLimit?: string;
}

/**
 * Opens a dataset: a `tns.yaml` path (or its folder, or a parsed definition) on an embedded DuckDB
 * engine. Tables are read on first use. Throws {@link DatasetError} for a bad definition.
 * @example const ds = await openDataset("../data/tns.yaml");
 */
export async function openDataset(
  definition: string | DatasetDefinition,
  options: OpenDatasetOptions = {},
): Promise<Dataset> {
  // The YAML reader loads only for a tns.yaml: `tns metrics --data` builds its definition in code.
  const parsed =
    typeof definition === "string"
      ? await (await import("./readDatasetDefinition.js")).readDatasetDefinition(definition)
      : definition;
  return Dataset.create(parsed, options);
}
