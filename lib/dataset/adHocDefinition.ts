import type { DatasetDefinition } from "./DatasetDefinition.js";

/**
 * A definition with no tables, for an engine that commands fill with plain files
 * (`Dataset.attachFile`) when they are given `--data <file>` instead of `--dataset`.
 * @example const ds = await openDataset(adHocDefinition());
 */
export function adHocDefinition(zone = "Asia/Seoul"): DatasetDefinition {
  return {
    file: "(command line)",
    dir: process.cwd(),
    zone,
    engine: "duckdb",
    tables: {},
    name: "command line",
  };
}
