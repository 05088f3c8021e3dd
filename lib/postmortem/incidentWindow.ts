import type { Incident } from "../dataset/readIncidents.js";
import type { PeriodRange } from "../rca/PeriodRange.js";
import { periodStart } from "../time/periodStart.js";
import { DEFAULT_ZONE } from "../time/defaultZone.js";

/** An incident's window and the baseline days before it, as instants and as root-cause ranges. */
export interface IncidentWindow {
  start: Date;
  end: Date;
  baselineStart: Date;
  baselineDays: number;
  /** The dataset's zone, which days and times are shown in. */
  zone: string;
  baseline: PeriodRange;
  current: PeriodRange;
}

/** Options for {@link incidentWindow}. */
export interface IncidentWindowOptions {
  /** Days before the incident's start that form the baseline. Default 14. */
  baselineDays?: number;
  /** Zone of the day labels. Default `DEFAULT_ZONE`. */
  zone?: string;
}

const DAY = 86_400_000;

/**
 * The window of an incident (its start to its end, end excluded) and the `baselineDays` before it,
 * with day labels in the dataset's zone.
 * @example incidentWindow(incident, { baselineDays: 14 }).baseline.label // "2026-09-01..2026-09-14"
 */
export function incidentWindow(
  incident: Incident,
  options: IncidentWindowOptions = {},
): IncidentWindow {
  const { baselineDays = 14, zone = DEFAULT_ZONE } = options;
  if (!(baselineDays > 0))
    throw new RangeError(
      `baselineDays ${baselineDays} is not a positive number of days; use e.g. 14`,
    );
  const start = new Date(incident.start);
  const end = new Date(incident.end);
  const baselineStart = new Date(+start - baselineDays * DAY);
  const day = (ms: number) => periodStart(ms, "day", { zone })!;
  return {
    start,
    end,
    baselineStart,
    baselineDays,
    zone,
    baseline: {
      from: +baselineStart,
      to: +start,
      label: `${day(+baselineStart)}..${day(+start - 1)}`,
    },
    current: { from: +start, to: +end, label: `${incident.start}..${incident.end}` },
  };
}
