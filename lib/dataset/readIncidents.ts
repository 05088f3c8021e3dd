import { readFile } from "node:fs/promises";
import { DatasetError } from "./DatasetError.js";
import { stripByteOrderMark } from "../data/stripByteOrderMark.js";

/** One documented incident of a dataset's incident log (other fields are kept as they are). */
export interface Incident {
  id: string;
  kind: string;
  title: string;
  /** ISO 8601 start and end (with an offset). */
  start: string;
  end: string;
  /** Where it happened: dimension → value(s). */
  segment?: Record<string, string | string[]>;
  [field: string]: unknown;
}

/**
 * The incidents of a dataset's incident log (`incidents:` in tns.yaml, a JSON array), in file
 * order; `[]` when the dataset names none, so reports show their findings without an incident.
 * Throws {@link DatasetError} naming the file and entry when an incident lacks id, start or end.
 * @example const incidents = await readIncidents((await datasetFiles("../data/tns.yaml")).incidents);
 */
export async function readIncidents(path: string | undefined): Promise<Incident[]> {
  if (path === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(stripByteOrderMark(await readFile(path, "utf8")));
  } catch (error) {
    throw new DatasetError(
      `incident log ${path}: ${(error as Error).message}; write a JSON array of incidents`,
    );
  }
  if (!Array.isArray(parsed))
    throw new DatasetError(`incident log ${path}: expected a JSON array of incidents`);
  return parsed.map((entry: unknown, i) => {
    const incident = entry as Partial<Incident> | null;
    const bad = (key: string, what: string) =>
      new DatasetError(
        `incident log ${path}, entry ${i + 1}: ${key} is missing or not ${what}; give every incident an id, start and end`,
      );
    if (typeof incident?.id !== "string") throw bad("id", "text");
    for (const key of ["start", "end"] as const)
      if (typeof incident[key] !== "string" || Number.isNaN(Date.parse(incident[key])))
        throw bad(key, "an ISO 8601 time");
    return { kind: "", title: "", ...incident } as Incident;
  });
}
