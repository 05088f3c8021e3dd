import { readdir, stat } from "node:fs/promises";
import { isAbsolute, join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import type { DatasetDefinition } from "./DatasetDefinition.js";
import { globFiles } from "./globFiles.js";
import { kitTableNames } from "./kitTables.js";
import { readDatasetDefinition } from "./readDatasetDefinition.js";
import { sqlFileReferences } from "./sqlFileReferences.js";

/** One thing a dataset definition reads: a file, or the text of a query whose files are not all named. */
export interface DatasetInput {
  /**
   * What the definition reads it as: "definition", "tables.<table>", "lists", "rules",
   * "candidates", "kpis" or "incidents"; several joined by ", " when one file serves more.
   */
  role: string;
  /** The file, absolute; undefined for a query (`sql`). */
  path?: string;
  /** A `sql:` table's query, listed when its text does not name every file it reads. */
  sql?: string;
}

/**
 * Every input a dataset definition reads, in a stable order: the definition file, each table's
 * files (globs expanded by the engine, so exactly the files a {@link Dataset} reads; a `sql:`
 * table's files as its reader literals name them, else the query itself), the lists folder's
 * `.txt` lists, and the rules, candidates, KPI and incident files. Named files that do not exist
 * are left out: the code that reads them says so.
 * @example const inputs = await datasetInputs("data/tns.yaml"); // [{ role: "definition", path: "/…/data/tns.yaml" }, …]
 */
export async function datasetInputs(
  definition: string | DatasetDefinition,
): Promise<DatasetInput[]> {
  const def = typeof definition === "string" ? await readDatasetDefinition(definition) : definition;
  const inputs: DatasetInput[] = [];
  const add = async (role: string, path: string | undefined) => {
    if (path !== undefined && (await isFile(path))) inputs.push({ role, path });
  };
  await add("definition", def.file);
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    for (const table of kitTableNames) {
      const source = def.tables[table];
      if (!source) continue;
      const role = `tables.${table}`;
      if (source.path !== undefined) {
        for (const path of await globFiles(connection, source.path)) await add(role, path);
        continue;
      }
      const sql = source.sql!;
      const { patterns, complete } = await sqlFileReferences(connection, sql);
      let found = 0;
      for (const pattern of patterns) {
        const absolute = isAbsolute(pattern) ? pattern : resolve(def.dir, pattern);
        for (const path of await globFiles(connection, absolute)) {
          await add(role, path);
          found++;
        }
      }
      if (!complete || found === 0) inputs.push({ role, sql });
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  if (def.lists !== undefined)
    for (const name of await listFiles(def.lists)) await add("lists", join(def.lists, name));
  await add("rules", def.rules);
  await add("candidates", def.candidates);
  await add("kpis", def.kpis);
  await add("incidents", def.incidents);
  return merged(inputs);
}

// One entry per file, in first-seen order, with every role it serves.
function merged(inputs: DatasetInput[]): DatasetInput[] {
  const byPath = new Map<string, DatasetInput>();
  const result: DatasetInput[] = [];
  for (const input of inputs) {
    const seen = input.path === undefined ? undefined : byPath.get(input.path);
    if (seen) {
      if (!seen.role.split(", ").includes(input.role)) seen.role += `, ${input.role}`;
      continue;
    }
    const copy = { ...input };
    if (copy.path !== undefined) byPath.set(copy.path, copy);
    result.push(copy);
  }
  return result;
}

// The named lists a rule file can use: the folder's `<name>.txt` files (as loadRuleFile reads them).
async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith(".txt")).sort();
  } catch {
    return [];
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
