import type { DatasetDefinition } from "./DatasetDefinition.js";
import type { Dataset } from "./Dataset.js";
import { engineOverrideVariable } from "./Dataset.js";
import { DuckDbDataset } from "./DuckDbDataset.js";
import { checkEngineName } from "../engine/checkEngineName.js";
import type { EngineName } from "../engine/EngineName.js";

/** Options for {@link openDataset}. */
export interface OpenDatasetOptions {
  /** DuckDB's memory limit; beyond it the engine spills to a temporary folder. Default "1GB". */
  memoryLimit?: string;
  /**
   * The engine to run on instead of the definition's (`--engine`). Default: the TNS_ENGINE
   * environment variable, else the definition's `engine`.
   */
  engine?: EngineName;
}

/**
 * Opens a dataset: a `tns.yaml` path (or its folder, or a parsed definition) on its engine — the
 * embedded DuckDB by default, ClickHouse embedded (`chdb`) or on a server (`clickhouse`). Tables
 * are read on first use. Throws {@link DatasetError} for a bad definition and `EngineError` for an
 * engine that cannot be reached.
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
  const override = process.env[engineOverrideVariable] || undefined;
  const engine =
    options.engine ??
    (override === undefined ? parsed.engine : checkEngineName(override, engineOverrideVariable));
  if (engine === "chdb" || engine === "clickhouse") {
    // Loaded only when asked for: the embedded ClickHouse is a 500 MB library.
    const { ClickHouseDataset } = await import("../engine/ClickHouseDataset.js");
    return ClickHouseDataset.create({ ...parsed, engine }, options);
  }
  return DuckDbDataset.create(parsed, { ...options, engine });
}
