import { existsSync, statSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import type { DatasetDefinition, TableSource } from "./DatasetDefinition.js";
import { DatasetError } from "./DatasetError.js";
import { kitTableNames, type KitTableName } from "./kitTables.js";
import * as msg from "./messages.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** Options for {@link folderDefinition}. */
export interface FolderDefinitionOptions {
  /** IANA zone of timestamps without an offset. Default `DEFAULT_ZONE`. */
  zone?: string;
}

/**
 * A dataset definition for a folder in the sample layout (what `--data-dir` names): each kit table
 * whose `<table>.csv` is present (events: `events.jsonl`), read with kit column names as they are,
 * plus `kpis.yaml`, `rules/production-rules.yaml`, `lists/` and `incidents.json` when present.
 * Throws {@link DatasetError} when the folder holds none of the tables.
 * @example const ds = await openDataset(folderDefinition("data"));
 */
export function folderDefinition(
  dir: string,
  options: FolderDefinitionOptions = {},
): DatasetDefinition {
  const root = resolve(dir);
  const file = (name: string) => (existsSync(join(root, name)) ? join(root, name) : undefined);
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new DatasetError(msg.notAFolder(dir));
  const tables: Partial<Record<KitTableName, TableSource>> = {};
  for (const name of kitTableNames) {
    const path = file(name === "events" ? "events.jsonl" : `${name}.csv`);
    if (path) tables[name] = { path, columns: {}, encoding: "utf-8", numbers: "plain" };
  }
  if (Object.keys(tables).length === 0) throw new DatasetError(msg.emptyFolder(dir, kitTableNames));
  return {
    file: dir,
    dir: root,
    zone: options.zone ?? DEFAULT_ZONE,
    engine: "duckdb",
    tables,
    lists: file("lists"),
    rules: file(join("rules", "production-rules.yaml")),
    kpis: file("kpis.yaml"),
    incidents: file("incidents.json"),
    name: basename(root),
  };
}
