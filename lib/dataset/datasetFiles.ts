import { readDatasetDefinition } from "./readDatasetDefinition.js";
import type { DatasetDefinition } from "./DatasetDefinition.js";

/** The files that go with a dataset besides its tables, resolved to absolute paths. */
export interface DatasetFiles {
  definition: DatasetDefinition;
  rules?: string;
  lists?: string;
  kpis?: string;
  incidents?: string;
  /** The events table's path (a JSON Lines stream), when the dataset has one. */
  events?: string;
}

/**
 * The rule file, lists folder, KPI file, incident log and event stream a dataset definition names
 * (each undefined when it names none), for notebooks and commands that read them directly.
 * @example const { kpis, incidents } = await datasetFiles("../data/tns.yaml");
 */
export async function datasetFiles(dataset: string): Promise<DatasetFiles> {
  const definition = await readDatasetDefinition(dataset);
  return {
    definition,
    rules: definition.rules,
    lists: definition.lists,
    kpis: definition.kpis,
    incidents: definition.incidents,
    events: definition.tables.events?.path,
  };
}
