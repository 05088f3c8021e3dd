import type { DatasetDefinition } from "./DatasetDefinition.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/**
 * A definition with no tables, for an engine that commands fill with plain files
 * (`Dataset.attachFile`) when they are given `--data <file>` instead of `--dataset`.
 * @example const ds = await openDataset(adHocDefinition());
 */
export function adHocDefinition(zone = DEFAULT_ZONE): DatasetDefinition {
  return {
    file: "(command line)",
    dir: process.cwd(),
    zone,
    engine: "duckdb",
    tables: {},
    name: "command line",
  };
}
