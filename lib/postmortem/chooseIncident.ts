import { DatasetError } from "../dataset/DatasetError.js";
import type { Incident } from "../dataset/readIncidents.js";

/** Options for {@link chooseIncident}. */
export interface ChooseIncidentOptions {
  /** The incident's id; empty: the latest incident of `kind`, else the latest. Default "". */
  id?: string;
  /** The kind preferred when no id is given (e.g. "evasion"). Default: any kind. */
  kind?: string;
}

/**
 * The incident a post-mortem is about: the one with the given id, else the latest (by start) of the
 * preferred kind, else the latest of all; undefined for an empty incident log. Throws
 * {@link DatasetError} naming the ids there are when the id is not in the log.
 * @example chooseIncident(await readIncidents(files.incidents), { kind: "evasion" })?.id // "INC-2026-002"
 */
export function chooseIncident(
  incidents: readonly Incident[],
  options: ChooseIncidentOptions = {},
): Incident | undefined {
  const { id = "", kind = "" } = options;
  if (id) {
    const found = incidents.find((i) => i.id === id);
    if (!found)
      throw new DatasetError(
        `incidentId ${JSON.stringify(id)} is not in the dataset's incident log; choose one of ${incidents.map((i) => i.id).join(", ") || "(none: the log is empty)"}`,
      );
    return found;
  }
  const latest = (list: readonly Incident[]) =>
    list.reduce<Incident | undefined>(
      (best, i) => (!best || Date.parse(i.start) >= Date.parse(best.start) ? i : best),
      undefined,
    );
  return latest(incidents.filter((i) => kind && i.kind === kind)) ?? latest(incidents);
}
