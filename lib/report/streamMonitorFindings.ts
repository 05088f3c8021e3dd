import type { Incident } from "../dataset/readIncidents.js";
import { formatValue } from "../format/formatValue.js";
import type { KpiValue } from "../kpi/KpiValue.js";
import { hoursAfter } from "../postmortem/incidentText.js";
import type { MonitorAlert } from "../stream/MonitorTypes.js";
import { alertIncident } from "../stream/alertIncident.js";
import type { DailyPrecision } from "../stream/dailyPrecision.js";
import type { DriftAlarms } from "../stream/driftAlarms.js";
import { eventSpan } from "../stream/eventSpan.js";
import type { EventsReplay } from "../stream/replayEvents.js";

/** What {@link streamMonitorFindings} reads besides the replay. */
export interface StreamMonitorFindingsInput {
  /** The replay's drift alarms read against the dataset's calibration-shift incident ({@link driftAlarms}). */
  drift: DriftAlarms;
  /** The dataset's incident log, to place each alarm in its incident. */
  incidents: readonly Incident[];
  /** The drift alarm's PSI threshold. */
  psiThreshold: number;
  /** The events left out, in words: "0 late, 0 quarantined (…)". */
  dropped: string;
  /** The stream's day of lowest precision ({@link lowestDailyPrecision}); no line without it. */
  lowest?: DailyPrecision;
  /** Streamed KPI values that differ from the batch tables' ({@link differingKpiValues}); no comparison line when undefined. */
  differing?: readonly KpiValue[];
  /** The zone whose clock alarm times are shown on: the dataset's `definition.zone`. Default `DEFAULT_ZONE`. */
  zone?: string;
}

const count = (n: number) => formatValue(n, "integer");

/**
 * The stream monitor's findings as markdown bullets: when the drift alarm caught the incident (or
 * every drift alarm without one), the other drift and rate alarms with their incidents, the day
 * of lowest precision, the events left out, and whether the stream equals the batch tables.
 * @example tslab.display.markdown(["**Findings**", "", ...streamMonitorFindings(replay, input)].join("\n"))
 */
export function streamMonitorFindings(
  replay: EventsReplay,
  input: StreamMonitorFindingsInput,
): string[] {
  const { monitor, stats, quarantined } = replay;
  const { drift, psiThreshold, lowest, differing } = input;
  const at = (ts: string) => formatValue(ts, "datetime", input.zone);
  const shift = drift.incident;
  const days = `${Math.round(eventSpan(monitor.windows)?.days ?? 0)} days`;
  const afterStart = (a: MonitorAlert) => {
    const incident = alertIncident(a, input.incidents);
    return incident
      ? ` (${incident.id}, ${hoursAfter(new Date(a.ts), new Date(incident.start))} after its start)`
      : "";
  };
  const alarmList = (alarms: readonly MonitorAlert[]) =>
    alarms.map((a) => `${a.subject} at ${at(a.ts)}${afterStart(a)}`).join("; ");
  const rate = monitor.alerts.filter((a) => a.kind === "rate");
  const leftOut = monitor.late + quarantined;
  const unreadable = stats.malformed + stats.invalid;
  const periods = [...new Set((differing ?? []).map((v) => v.period))].sort();
  const lines = [
    shift
      ? caughtLine(drift, shift, monitor.alerts, psiThreshold, at)
      : `- **Drift alarms:** ${drift.alarms.length ? alarmList(drift.alarms) : `none at PSI ${psiThreshold}`}.`,
    shift
      ? `- **Other drift alarms:** ${drift.others.length === 0 ? `none in ${days} at this threshold` : `${drift.others.length} (${drift.others.map((a) => at(a.ts)).join(", ")})`}.`
      : "",
    rate.length ? `- **Rate alarms:** ${alarmList(rate)}.` : "",
    lowest
      ? `- **Lowest daily precision** in the stream: ${formatValue(lowest.precision, "percent")} on ${lowest.day} (n = ${lowest.decided}, 95% CI ${formatValue(lowest.lower, "percent")}–${formatValue(lowest.upper, "percent")}).`
      : "",
    `- **Left out:** ${leftOut === 0 ? `no event: ${input.dropped}` : `${count(leftOut)} event${leftOut === 1 ? "" : "s"}: ${input.dropped}`}${unreadable ? `; ${unreadable} unreadable lines skipped` : ""}.`,
    differing
      ? `- **Stream = batch:** ${differing.length === 0 ? "every KPI value equals the batch value" : `the only differences are in ${periods.join(", ")}: there the stream and the batch tables do not hold the same rows`}; ${count(replay.duplicates.duplicates)} duplicate events were dropped before counting.`
      : "",
  ];
  return lines.filter(Boolean);
}

/** The drift line when the dataset documents a calibration shift: caught (how fast), or missed. */
function caughtLine(
  drift: DriftAlarms,
  shift: Incident,
  alerts: readonly MonitorAlert[],
  psiThreshold: number,
  at: (ts: string) => string,
): string {
  const first = drift.first;
  if (!first)
    return `- **Drift alarm:** no drift alarm fired after the start of ${shift.id} at PSI ${psiThreshold}.`;
  const start = new Date(shift.start);
  const switched = alerts.find((a) => a.kind === "model_change");
  const noted = switched
    ? ` The monitor had already noted the version switch at ${at(switched.ts)}, ${hoursAfter(new Date(switched.ts), start)} after the start, when ${switched.message.split(" ")[0]} raised its first flag.`
    : "";
  return `- **Drift alarm:** PSI reached ${first.value.toFixed(2)} at ${at(first.ts)}, **${drift.hoursAfter.toFixed(0)} hours after the start of ${shift.id}** (${shift.title}, ${at(shift.start)}).${noted}`;
}
