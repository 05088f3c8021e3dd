import { periodStart } from "../time/periodStart.js";
import type { Dataset } from "./Dataset.js";
import type { Incident } from "./readIncidents.js";
import { addDays } from "../time/addDays.js";

/** Options for {@link periodOfInterest}. */
export interface PeriodOfInterestOptions {
  /** First day (`YYYY-MM-DD`, the dataset's zone); with `end`, used as given. Default none. */
  start?: string;
  /** Last day, inclusive. Default none. */
  end?: string;
  /** The dataset's incidents (see `readIncidents`); the first of `kind` sets the period. Default []. */
  incidents?: readonly Incident[];
  /** The incident kind to look for (e.g. "evasion"). Default: any kind. */
  kind?: string;
  /** Without parameters or incident: the latest `days` days of the data. Default 14. */
  days?: number;
  /** The time column of the listings the latest days are taken from. Default "created_at". */
  time?: string;
}

/** A period of days (inclusive, the dataset's zone) and where it came from. */
export interface PeriodOfInterest {
  start: string;
  end: string;
  /** "parameters", "incident <id>" or "the latest N days of the data". */
  source: string;
  incident?: Incident;
}

/**
 * The days a report looks at: the given start and end, else the window of the first incident of
 * the dataset of the given kind (its end is exclusive), else the latest days of the listings.
 * @example const wave = await periodOfInterest(ds, { incidents, kind: "evasion" }); // { start: "2026-09-15", end: "2026-09-29", … }
 */
export async function periodOfInterest(
  ds: Dataset,
  options: PeriodOfInterestOptions = {},
): Promise<PeriodOfInterest> {
  const { start, end, incidents = [], kind, days = 14, time = "created_at" } = options;
  if (start && end) return { start, end, source: "parameters" };
  const zone = ds.definition.zone;
  const incident = incidents.find((i) => kind === undefined || i.kind === kind);
  if (incident)
    return {
      start: periodStart(incident.start, "day", { zone })!,
      end: periodStart(Date.parse(incident.end) - 1, "day", { zone })!,
      source: `incident ${incident.id}`,
      incident,
    };
  const latest = await ds.query(
    `SELECT ${ds.dialect.day(`max(${ds.dialect.ident(time)})`)} AS day FROM listings`,
  );
  const last = latest.get("day", 0) as string;
  return {
    start: addDays(last, 1 - days),
    end: last,
    source: `the latest ${days} days of the data`,
  };
}
